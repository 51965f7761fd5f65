// The thirty-sixth pass's rules on false events with a wrong side or type. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a private person's call or charge is no state's act", () => {
  // Before: REQUEST JOR>ISR (the ministry the writer addresses read as the actor).
  assert.deepEqual(
    coded("وطالب الكاتب والصحفي الأردني وزارة الخارجية الأردنية بالرد على تصريحات السفير الإسرائيلي."),
    [],
  );
  assert.deepEqual(
    coded("ودعا الناشط المصري المعروف، الأحد، وزارة الخارجية البريطانية إلى التدخل للإفراج عن زملائه."),
    [],
  );
});

test("guards: a minister's call, a government's demand for a private person", () => {
  assert.deepEqual(coded("ودعا وزير الخارجية المصري نظيره البريطاني إلى التدخل للإفراج عن الصحفيين."), [
    "REQUEST EGY>GBR asserted",
  ]);
  assert.deepEqual(coded("وطالبت الحكومة الأردنية إسرائيل بالإفراج عن المواطن الأردني المعتقل لديها."), [
    "REQUEST JOR>ISR asserted",
  ]);
});

test("what a commentator says a state will do is his forecast, no event", () => {
  // Before: SANCTION RUS>UKR future, SANCTION USA>IRN conditional.
  assert.deepEqual(
    coded("وقال أحد المحللين في معهد للدراسات الاستراتيجية إن روسيا ستفرض عقوبات على أوكرانيا."),
    [],
  );
  assert.deepEqual(
    coded("وقال وزير الدفاع الأمريكي السابق إن الولايات المتحدة قد تنسحب من الاتفاق مع إيران."),
    [],
  );
});

test("guards: a minister's announcement, an act a commentator tells as done", () => {
  assert.deepEqual(coded("وقال وزير الخارجية الروسي إن بلاده ستفرض عقوبات على أوكرانيا."), [
    "SANCTION RUS>UKR future",
  ]);
  assert.deepEqual(
    coded("وقال الخبير في الشؤون الإيرانية إن الولايات المتحدة فرضت عقوبات جديدة على إيران."),
    ["SANCTION USA>IRN asserted"],
  );
});

test("a party told of a refusal is not the one who refuses", () => {
  // Before: REJECT JOR>IRQ (the government informed read as the refusal's agent).
  assert.deepEqual(
    coded(
      "وقالت الخارجية العراقية إنها استدعت السفير الأردني لإبلاغه، وإعلام الحكومة الأردنية برفض ما جرى في المباراة.",
    ),
    ["ACCUSE IRQ>JOR asserted", "REJECT IRQ>JOR asserted"],
  );
  // Guard: a government that announces its own refusal refuses.
  assert.deepEqual(
    coded("وقالت الخارجية العراقية إن الحكومة الأردنية أعلنت رفضها لما جرى في المباراة مع العراق."),
    ["REJECT JOR>IRQ asserted"],
  );
});

test("an act another is urged not to do is the request's content, no event", () => {
  // Before: SANCTION USA>IRN asserted neg beside the request.
  const urged = coded(
    "وناشد المستشار النمساوي الرئيس دونالد ترامب عدم الانسحاب من الاتفاق النووي الموقع مع إيران.",
  );
  assert.equal(
    urged.some((line) => line.startsWith("SANCTION")),
    false,
  );
  // Guard: a state's own act it will not do is told, negated.
  assert.deepEqual(coded("وأكد رئيس الوزراء الإيطالي أمس أن روما لن تنسحب من الاتفاق النووي مع طهران."), [
    "SANCTION ITA>IRN asserted neg",
  ]);
});

test("the people a demand asks protection for are not the ones it asks", () => {
  // Before: REQUEST FRA>SYR beside the veto.
  assert.deepEqual(
    coded("ورفضت روسيا مشروع قرار تقدمت به فرنسا يطالب بتوفير حماية دولية للسوريين في إدلب."),
    ["REJECT RUS>FRA asserted"],
  );
  // Guard: the addressee named before the aid asked for.
  assert.deepEqual(coded("وطالبت الأردن الولايات المتحدة بتقديم مساعدات عاجلة للاجئين."), [
    "REQUEST JOR>USA asserted",
  ]);
});
