// The twenty-first pass on accusations (docs/EVENTS.md, "Twenty-first pass: accusations told as
// judgements and deeds"): an act called destabilising or malign with its owner right before it, the
// quoted evaluations in reported speech and with a genitive owner, and wrongdoings told as done in a
// state speaker's words. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an act called destabilising or malign charges the state named right before it", () => {
  assert.deepEqual(
    coded("وقال وزير الدفاع الأمريكي جيمس ماتيس إن أنشطة إيران المزعزعة للاستقرار تهدد الخليج."),
    ["ACCUSE USA>IRN asserted"],
  );
  assert.deepEqual(
    coded('وقال وزير الخارجية البريطاني: "سنعمل مع شركائنا على الحد من السلوك الروسي الخبيث في أوروبا".'),
    ["ACCUSE GBR>RUS asserted"],
  );
  // Guard: in the reporter's own words the phrase describes, no one charges.
  assert.deepEqual(coded("وتشمل العقوبات الجديدة الشركات التي تمول أنشطة إيران المزعزعة للاستقرار."), []);
  // Guard: no state right before the adjective (software, a disease): no event.
  assert.deepEqual(coded("وقال وزير الاتصالات المصري إن البرمجيات الخبيثة تستهدف البنوك."), []);
  // Guard: the speaker's own state is never its own accused.
  assert.deepEqual(coded("وقال المتحدث باسم الخارجية الإيرانية إن سلوك إيران المزعزع للاستقرار مزعوم."), []);
});

test("a quoted evaluation with a state's nisba or genitive after it charges that state in reported speech too", () => {
  assert.deepEqual(
    coded("وقال وزير الخارجية السوري وليد المعلم إن العدوان الإسرائيلي على مطار دمشق لن يمر دون رد."),
    ["ACCUSE SYR>ISR asserted"],
  );
  assert.deepEqual(
    coded('وقال المتحدث باسم الخارجية الإيرانية: "صمت العالم يشجع عدوان إسرائيل على جيرانها".'),
    ["ACCUSE IRN>ISR asserted"],
  );
  // Guard: any such act (أي) is none charged: the threat only.
  assert.deepEqual(coded("وقال وزير الدفاع الإسرائيلي إن بلاده سترد على أي عدوان إيراني."), [
    "THREATEN ISR>IRN asserted",
  ]);
});

test("a wrongdoing told as done in a state speaker's words charges the state that did it", () => {
  assert.deepEqual(
    coded("وقال الرئيس الإيراني حسن روحاني إن الولايات المتحدة تسعى إلى زعزعة استقرار المنطقة."),
    ["ACCUSE IRN>USA asserted"],
  );
  assert.deepEqual(coded("وقالت الخارجية الأمريكية إن إيران تدعم الإرهاب في المنطقة."), [
    "ACCUSE USA>IRN asserted",
  ]);
  assert.deepEqual(
    coded(
      "وقال الرئيس الفرنسي إيمانويل ماكرون إن لديه أدلة على أن الحكومة السورية استخدمت الأسلحة الكيميائية في دوما.",
    ),
    ["ACCUSE FRA>SYR asserted"],
  );
  assert.deepEqual(coded("وقالت الخارجية الروسية إن الضربات الأمريكية تزعزع استقرار المنطقة."), [
    "ACCUSE RUS>USA asserted",
  ]);
  // Guard: fighting the wrongdoing tells no one did it.
  assert.deepEqual(
    coded("وقال وزير الخارجية السعودي إن المملكة ستعمل مع الولايات المتحدة لمكافحة تمويل الإرهاب."),
    [],
  );
  // Guard: a charge verb between tells another's charge, read by the trigger rules, not the speaker's.
  assert.deepEqual(coded("وقال وزير الخارجية القطري إن الدول الأربع تتهم قطر زورا بدعم الإرهاب."), []);
  // Guard: a denial of one's own state's deed charges no one.
  assert.deepEqual(coded("وقال المتحدث باسم الكرملين إن روسيا لم تستخدم الأسلحة الكيميائية."), []);
  // Guard: with no state before it the deed has no doer.
  assert.deepEqual(coded("وقال المسؤول الأمريكي إن دعم الإرهاب يهدد المنطقة."), []);
  // Guard: a quotation's speaker after a preposition speaks for no state.
  assert.deepEqual(
    coded('وتم نقل الأموال إلى العراق بعد أن قيل إن "قطر لها تاريخ طويل في تمويل الإرهاب".'),
    [],
  );
});

test("a hostile adjective of a state's act, right after its owner, charges that state", () => {
  assert.deepEqual(
    coded(
      'وقال وزير الخارجية السعودي عادل الجبير: "على إيران أن تتخلى عن سياستها العدوانية وأنشطة إيران الإرهابية في المنطقة".',
    ),
    ["ACCUSE SAU>IRN asserted"],
  );
  // Guard: a genitive owner stands in the same sentence: a full stop between ends the phrase (the
  // standing with Turkey is support, no charge).
  assert.deepEqual(
    coded(
      'وقال وزير الخارجية الأمريكي: "نقف مع تركيا في مواجهة التهديدات الإرهابية. تركيا شريك مهم في التحالف".',
    ),
    ["SUPPORT USA>TUR asserted"],
  );
});
