// Modality and duals, eleventh pass (docs/EVENTS.md, "Eleventh pass: modality and duals").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("an act after a verb of liking or wishing is wanted, not done", () => {
  // An attack only wished for is no attack at all (force19: event-types.tsv done_only).
  assert.deepEqual(coded("وقال المحلل إن بعض الساسة يحبون أن يروا روسيا تقصف أوكرانيا."), []);
  // Guard: the same act told plainly is asserted.
  assert.deepEqual(coded("وقال المحلل إن روسيا تقصف أوكرانيا منذ أسابيع."), ["ASSAULT RUS>UKR asserted"]);
});

test("being keen on talks is an intent, not talks held", () => {
  assert.deepEqual(coded("وقال مسؤول في الخارجية إن فرنسا ستحرص على الحوار مع الجزائر بشأن ملف الهجرة."), [
    "AGREE FRA>DZA future",
  ]);
});

test("talks that stopped were not held", () => {
  assert.deepEqual(coded("وتوقفت المفاوضات بين السودان وجنوب السودان عقب اندلاع المعارك في الخرطوم."), [
    "CONSULT SDN>SSD asserted neg",
  ]);
  // Guard: talks that went on were held.
  assert.deepEqual(coded("وتواصلت المفاوضات بين السودان وجنوب السودان في أديس أبابا."), [
    "CONSULT SDN>SSD asserted",
  ]);
});

test("a convergence of views is no agreement", () => {
  assert.deepEqual(
    coded("وأكد رئيس الأركان الأردني عمق العلاقات بين الأردن ومصر وتوافق الرؤى تجاه الأزمة في ليبيا.").filter(
      (e) => e.startsWith("AGREE"),
    ),
    [],
  );
  // Guard: an agreement on an act is still one.
  assert.deepEqual(
    coded("وأعلن الوزير توافق الأردن ومصر على تشكيل لجنة مشتركة لمراقبة الحدود.").filter((e) =>
      e.startsWith("AGREE"),
    ),
    ["AGREE EGY+JOR> asserted"],
  );
});

test("a meeting a future verb tells of is to come", () => {
  // The verb right before the meeting noun.
  assert.deepEqual(coded("وستتركز المحادثات بين مصر والسودان على ملف مياه النيل."), ["AGREE EGY>SDN future"]);
  // The verb in a relative clause right after it.
  assert.deepEqual(coded("وقال الوزير إن القمة التي ستعقد بين مصر والسودان فرصة لحل الخلاف."), [
    "AGREE EGY>SDN future",
  ]);
  // Guard: an indefinite meeting noun takes its genitive there (`قمة سنوية`), no verb.
  assert.deepEqual(coded("وعقدت قمة سنوية بين مصر والسودان في القاهرة أمس."), ["CONSULT EGY>SDN asserted"]);
});

test("an act carried by a future light verb in the imperfect (ستقوم ب) is to come", () => {
  assert.deepEqual(
    coded("وقال وزير الخارجية الروسي إن بلاده ستقوم بطرد دبلوماسيين أستراليين ردا على الخطوة."),
    ["SANCTION RUS>AUS future"],
  );
  // Guard: the perfect is an act done.
  assert.deepEqual(
    coded("وقال وزير الخارجية الروسي إن بلاده قامت بطرد دبلوماسيين أستراليين ردا على الخطوة."),
    ["SANCTION RUS>AUS asserted"],
  );
});
