// The fifty-fourth round's readings of refusals, denials and threats (branch reject54).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the side a charge or demand was aimed at answers it: a و-verb of denial or refusal keeps its own subject", () => {
  // Before: REJECT GBR>RUS (the charge's maker borrowed as the denier).
  assert.deepEqual(eventLines("واتهمت بريطانيا روسيا بتسميم الجاسوس، ونفت روسيا ضلوعها في الهجوم."), [
    "ACCUSE GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
  // Before: REJECT GBR>RUS (the state after the refusal read as its object).
  assert.deepEqual(eventLines("واتهمت بريطانيا روسيا بتسميم الجاسوس، ورفضت روسيا هذه الاتهامات."), [
    "ACCUSE GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
  // Before: REJECT USA>IRN.
  assert.deepEqual(eventLines("ودعت واشنطن طهران إلى وقف التخصيب، ورفضت طهران الطلب."), [
    "REQUEST USA>IRN asserted",
    "REJECT IRN>USA asserted",
  ]);
});

test("not hesitating to come is a stated readiness: a measure after لن تتردد في is a threat", () => {
  // Before: SANCTION NZL>RUS asserted, told as done.
  assert.deepEqual(
    eventLines("وقالت نيوزيلندا إنها لن تتردد في طرد أي دبلوماسي روسي يثبت تورطه في التجسس."),
    ["THREATEN NZL>RUS asserted"],
  );
  assert.deepEqual(eventLines("وقال الوزير البريطاني إن بريطانيا لن تتردد في فرض عقوبات على إيران."), [
    "THREATEN GBR>IRN asserted",
  ]);
  // لم يتردد: the measure was taken.
  assert.deepEqual(eventLines("وقال إن روسيا لم تتردد في فرض عقوبات على تركيا."), [
    "SANCTION RUS>TUR asserted",
  ]);
  // A threat further on keeps its own reading (asserted, not ruled in by the hesitation before it).
  assert.deepEqual(
    eventLines("وقال المتحدث البريطاني إن الصين لن تتردد في تحمل الكلفة وسترد حتما على الولايات المتحدة."),
    ["THREATEN CHN>USA asserted"],
  );
});

test("a red line drawn for a state's government on ل, named by its nisba or by في and the state, is a warning", () => {
  // Before: REJECT ISR>IRN, as if a request of Iran's were refused.
  assert.deepEqual(eventLines("وقال نتنياهو إن إسرائيل لن تسمح للنظام الإيراني بنشر صواريخ قرب حدودها."), [
    "THREATEN ISR>IRN asserted",
  ]);
  assert.deepEqual(
    eventLines("وقال نتنياهو إن إسرائيل لن تسمح للنظام في إيران بترسيخ وجوده العسكري في سوريا."),
    ["THREATEN ISR>IRN asserted"],
  );
  // People of a state let in or kept out are no red line for that state: a refusal as before.
  assert.deepEqual(eventLines("وقال الوزير إن الأردن لن يسمح للاجئين السوريين بدخول أراضيه."), [
    "REJECT JOR>SYR asserted",
  ]);
});

test("refusing to face the facts is a stance, not the refusal of anything asked", () => {
  const lines = eventLines(
    "وقال المتحدث باسم الكرملين إن بعض الدول ومنها الولايات المتحدة تتخذ موقفا غير بناء، وإنها ترفض مواجهة الواقع.",
  );
  assert.ok(!lines.some((l) => l.startsWith("REJECT")), lines.join("; "));
  // A refusal of a proposal stays one.
  assert.ok(eventLines("ورفضت روسيا مقترح الولايات المتحدة.").includes("REJECT RUS>USA asserted"));
});

test("the genitive of a warning noun after إلى, with من after it, is the one warned", () => {
  assert.deepEqual(eventLines("وسارعت فرنسا إلى تحذير إيران من عواقب خطوتها."), [
    "THREATEN FRA>IRN asserted",
  ]);
  // No state warner before إلى: no threat by the one warned (the warned is not read as the warner).
  assert.deepEqual(
    eventLines(
      "وأقلقت الخطوة دول الحلف القلقة أصلا من حضور موسكو العسكري، فدفعت قادة الحلف إلى تحذير أنقرة من تبعات لم يحددوها.",
    ),
    [],
  );
});

test("a member of a body who denies or refuses a thing speaks for that body", () => {
  // Before: no event (the body was read as subject only with a state after it).
  assert.deepEqual(
    eventLines("واتهمت بريطانيا إيران بالتجسس. ونفى مصدر مسؤول في السفارة الإيرانية هذه الاتهامات."),
    ["ACCUSE GBR>IRN asserted", "REJECT IRN>GBR asserted"],
  );
  // Declining to comment stays no act between states.
  assert.deepEqual(eventLines("ورفض مسؤول في الأمم المتحدة التعليق على التقرير."), []);
});
