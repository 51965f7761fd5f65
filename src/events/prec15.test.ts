// Precision, fifteenth pass (docs/EVENTS.md, "Fourteenth pass: retellings and acts talked of").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("an act retold by its verbal noun, with no date of its own, is the act told before", () => {
  assert.deepEqual(
    coded(
      "طالب وزير الخارجية الفرنسي إيران بالتوقف عن تهديداتها. وجاءت دعوة الوزير الفرنسي لإيران قبل اجتماع الدول الموقعة على الاتفاق.",
    ),
    ["REQUEST FRA>IRN asserted"],
  );
  assert.deepEqual(
    coded(
      "اتهمت بريطانيا روسيا بتدبير الهجوم. ويتساءل كثيرون عن سبب استعجال بريطانيا في اتهام روسيا بالتورط في العملية.",
    ),
    ["ACCUSE GBR>RUS asserted"],
  );
  assert.deepEqual(
    coded("استدعت تركيا السفير السعودي في أنقرة. وجاء استدعاء تركيا للسفير السعودي بعد اختفاء الصحفي."),
    ["ACCUSE TUR>SAU asserted"],
  );
});

test("a verbal noun with a word of a further happening, or carried by a light verb, is a new act", () => {
  // Guard: the second summoning is another happening.
  assert.deepEqual(
    coded(
      "استدعت تركيا السفير السعودي في أنقرة. وجاء استدعاء تركيا للسفير السعودي للمرة الثانية بعد اختفاء الصحفي.",
    ),
    ["ACCUSE TUR>SAU asserted", "ACCUSE TUR>SAU asserted"],
  );
  // Guard: charges a light verb tells (`وجهت … اتهامات`) are told as made, not referred to.
  assert.deepEqual(
    coded("اتهمت بريطانيا روسيا بالوقوف وراء الهجوم. ووجهت بريطانيا إلى روسيا اتهامات بخرق الاتفاقية."),
    ["ACCUSE GBR>RUS asserted", "ACCUSE GBR>RUS asserted"],
  );
});

test("an act whose possibility is weighed is not done", () => {
  assert.deepEqual(coded("وأمر الرئيس الأمريكي بدراسة إمكانية فرض رسوم جمركية على الصين."), [
    "SANCTION USA>CHN conditional",
  ]);
  // Guard: the act itself.
  assert.deepEqual(coded("وفرضت الولايات المتحدة رسوما جمركية على الصين."), ["SANCTION USA>CHN asserted"]);
});

test("an act talked of or discussed is proposed, not done", () => {
  assert.deepEqual(coded("وأكد دبلوماسي أن من المبكر الحديث عن فرض عقوبات أمريكية على الرياض."), [
    "SANCTION USA>SAU proposed",
  ]);
  // Guard: a talk with reporters on a trip tells the trip.
  assert.deepEqual(
    coded("وقال وزير الدفاع الأمريكي في حديث مع الصحفيين أثناء زيارته إلى عمان إن بلاده ملتزمة بأمن الخليج."),
    ["CONSULT USA>OMN asserted"],
  );
});
