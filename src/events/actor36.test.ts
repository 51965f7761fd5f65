// The thirty-sixth pass's rules on the wrong actor or none: envoys' seats, the other Korea. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an envoy's seat after إلى, or after a word of the post's standing, is no object", () => {
  // Before: ACCUSE USA>IGO, ACCUSE IRN>IGO, ACCUSE USA>IGO (the seat read as the one charged), no event.
  assert.deepEqual(
    coded("وانتقدت سفيرة الولايات المتحدة إلى الأمم المتحدة، نيكي هيلي، إيران يوم الأربعاء."),
    ["ACCUSE USA>IRN asserted"],
  );
  assert.deepEqual(coded("واتهم السفير الإيراني إلى الاتحاد الأوروبي، حسين فرهادي، فرنسا بتدبير الحملة."), [
    "ACCUSE IRN>FRA asserted",
  ]);
  assert.deepEqual(
    coded("وانتقدت السفيرة الأمريكية السابقة لدى الأمم المتحدة سياسة الهجرة يوم الثلاثاء."),
    [],
  );
  assert.deepEqual(coded("واتهم مندوب روسيا لدى مجلس الأمن، فاسيلي نيبينزيا، واشنطن بالتحضير لعدوان."), [
    "ACCUSE RUS>USA asserted",
  ]);
});

test("guards: a body addressed after the seat, a state's envoy to a state", () => {
  assert.deepEqual(coded("وطالب السفير الروسي لدى الأمم المتحدة مجلس الأمن بعقد جلسة طارئة."), [
    "REQUEST RUS>IGO asserted",
  ]);
  assert.deepEqual(coded("وطالب السفير الأمريكي في أنقرة تركيا بالإفراج عن القس يوم السبت."), [
    "REQUEST USA>TUR asserted",
  ]);
});

test("the body an envoy is posted to is not the speaker whose subject a later verb carries", () => {
  // Before: ACCUSE IGO>FRA+IRN and ACCUSE IGO>CHN+USA (the Security Council or the UN as the accuser).
  assert.deepEqual(
    coded("وأكد مندوب طهران في مجلس الأمن أن بلاده تتعرض لحملة تشويه، واتهم فرنسا بالانحياز لإسرائيل."),
    ["ACCUSE IRN>FRA asserted"],
  );
  assert.deepEqual(
    coded("وقال سفير الصين لدى الأمم المتحدة إن بلاده تعارض العقوبات، واتهم واشنطن بالتصعيد."),
    ["ACCUSE CHN>USA asserted"],
  );
});

test("a counterpart told by the other Korea's direction nisba is that Korea", () => {
  // Before: no event (in articles, a partner taken from elsewhere: CONSULT KOR>USA), AGREE KOR>USA.
  assert.deepEqual(coded("وقد التقى الرئيس الكوري الجنوبي ونظيره الشمالي في بانمونجوم يوم الجمعة."), [
    "CONSULT KOR+PRK> asserted",
  ]);
  assert.deepEqual(coded("وقالت سول إن نظيرتها الشمالية وافقت على عقد مفاوضات مع واشنطن."), [
    "AGREE PRK>USA asserted",
  ]);
});

test("guards: a counterpart with a name after it, a direction nisba with no Korea named", () => {
  assert.deepEqual(coded("والتقى الرئيس الكوري الجنوبي نظيره الأمريكي دونالد ترامب في واشنطن."), [
    "CONSULT KOR>USA asserted",
  ]);
  assert.deepEqual(coded("واتصل الرئيس التركي بنظيره الشمالي."), []);
});

test("an international body's envoy's seat after إلى or ل, and his own nisba after it, are no party", () => {
  // Before: REQUEST IGO>IRQ (the seat read as the one addressed). The second had ACCUSE IGO>YEM in the
  // corpus's wording, and IGO>MRT (the envoy's nisba) once only the seat was dropped.
  assert.deepEqual(coded("ودعا مبعوث الجامعة العربية إلى العراق إلى ضبط النفس في المدن الجنوبية."), []);
  assert.deepEqual(
    coded("ووصف موفد الأمم المتحدة السابق لليمن الموريتاني إسماعيل ولد الشيخ أحمد بأنه منحاز."),
    [],
  );
});

test("guards: the envoy's body stays a side; a state named after the envoy is the object", () => {
  assert.deepEqual(coded("والتقى الرئيس السوري مبعوث الأمم المتحدة إلى سوريا في دمشق."), [
    "CONSULT SYR>IGO asserted",
  ]);
  assert.deepEqual(coded("وطالب مبعوث الأمم المتحدة الخاص إيران بالإفراج عن المعتقلين."), [
    "REQUEST IGO>IRN asserted",
  ]);
});
