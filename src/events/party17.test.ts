// Parties of triggers already found (docs/EVENTS.md, "Sixteenth pass: parties of triggers already
// found"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a city that names an agreement (اتفاقية باريس) is no party", () => {
  assert.deepEqual(coded("وقال متحدث باسم الحكومة البنمية إن بلاده تدعم اتفاقية باريس للمناخ."), []);
  // Guard: the same city as the place of a visit still stands for nothing but a place; the meeting keeps
  // its sides.
  assert.deepEqual(coded("ووصل الرئيس البنمي إلى باريس يوم الاثنين للقاء نظيره الفرنسي."), [
    "CONSULT PAN>FRA asserted",
  ]);
});

test("a party inside a fronted phrase closed by a comma is not the subject of the verb after it", () => {
  assert.deepEqual(
    coded("وفي محاولة لتبديد قلق لندن، دعت فرنسا الاتحاد الأوروبي إلى تشديد الإجراءات ضد سوريا."),
    ["REQUEST FRA>IGO asserted"],
  );
  assert.deepEqual(
    coded("وخلال زيارته لواشنطن، سيلتقي وزير الخارجية البريطاني مع نائب الرئيس الأمريكي مايك بنس."),
    ["CONSULT GBR>USA asserted", "AGREE GBR>USA future"],
  );
  // With it: the state whose sovereignty the condemned act harmed is its victim, not the one blamed.
  assert.deepEqual(
    coded("وفي أول رد فعل لطهران على الغارات، أدانت إيران الانتهاك الصارخ لسيادة العراق."),
    [],
  );
  // Guards: a sentence that does not open with a preposition keeps its subject before the commas; a state
  // named as the object of a condemnation is still the one blamed.
  assert.deepEqual(
    coded("وأعرب وزير الخارجية الإيراني، محمد جواد ظريف، الأحد، عن رفضه للعقوبات الأمريكية على طهران."),
    ["REJECT IRN>USA asserted"],
  );
  assert.deepEqual(coded("وأدانت إيران الولايات المتحدة بسبب العقوبات."), ["ACCUSE IRN>USA asserted"]);
});

test("a verb after a summing ما: the sentence's subject when ما is its object, none when ما is its subject", () => {
  assert.deepEqual(
    coded("فموسكو ومنذ بداية الحرب تعد كل من يقاتل الحكومة السورية إرهابيا، وهو ما اتفقت عليه مع إيران."),
    ["AGREE RUS>IRN asserted"],
  );
  assert.deepEqual(coded("وعارضت باريس الحرب على العراق بشدة، وهو ما دعا إلى توتر كبير مع واشنطن."), []);
  // Guard: a subject of its own after the verb is the verb's subject. The denial is a REJECT of the
  // accuser (docs/gold-format.md, "Denials", 1 December; the twenty-seventh pass no longer lets the
  // armed group before `وهو ما` stand as its subject).
  assert.deepEqual(coded("وتتهم السعودية إيران بتسليح الحوثيين، وهو ما تنفيه طهران."), [
    "ACCUSE SAU>IRN asserted",
    "REJECT IRN>SAU asserted",
  ]);
});

test("a group of unnamed states holds the subject's place as a party of no state", () => {
  assert.deepEqual(
    coded(
      "وتحدث الرئيس الروسي عن القضية خلال زيارته إلى تركيا. ورفضت الدول الغربية المقترح الروسي في اجتماع المنظمة.",
    ),
    ["CONSULT RUS>TUR asserted"],
  );
  assert.deepEqual(
    coded(
      "ودعا مجلس الأمن الدولي الرياض إلى فتح تحقيق في القصف، واتفقت الدول الأعضاء على مراجعة خلاصات التحقيق الذي وعد الجيش السعودي بإجرائه.",
    ),
    ["REQUEST IGO>SAU asserted"],
    "the call names the state asked; the Saudi army of the relative clause only owns the promised inquiry (request61)",
  );
  // Guard: the member states of a body named after them stand for that body.
  assert.deepEqual(coded("وانتقد ترامب الدول الأعضاء في الناتو بسبب نفقاتها العسكرية."), [
    "ACCUSE USA>IGO asserted",
  ]);
});
