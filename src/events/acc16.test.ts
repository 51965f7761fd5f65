// Recall of ACCUSE (docs/EVENTS.md, "Fifteenth pass: accusations whose parties were lost").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("`the latter` (الأخيرة، الأخير) stands for the party named last before it", () => {
  assert.deepEqual(coded("وتوترت العلاقات بين السعودية وكندا بعد انتقاد الأخيرة لاعتقال ناشطين سعوديين."), [
    "ACCUSE CAN>SAU asserted",
  ]);
  // Guards: after a definite word or a name it is the adjective `last`, no party.
  assert.deepEqual(coded("وانتقدت فرنسا تصريحات ترامب الأخيرة بشأن التجارة."), ["ACCUSE FRA>USA asserted"]);
  assert.deepEqual(coded("وانتقد الناشطون الحكومة في الآونة الأخيرة."), []);
});

test("a participle's object pronoun that agrees with no party is aimed at the owner of what the clause acted on", () => {
  assert.deepEqual(
    coded('وعلق المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، على كلمة نتنياهو واصفا إياها بأنها "استفزاز".'),
    ["ACCUSE IRN>ISR asserted"],
  );
  // Guard: the owner is a person of no state, so the description is no interstate event.
  assert.deepEqual(
    coded(
      'وعلق المتحدث باسم الخارجية الإيرانية، بهرام قاسمي، على مقالة الكاتب جون سميث واصفا إياها بأنها "استفزاز".',
    ),
    [],
  );
});

test("a trigger after a connective closed by a comma (في غضون ذلك،) tells a new act", () => {
  assert.deepEqual(coded("وفي غضون ذلك، اتهمت تركيا اليونان بانتهاك مجالها الجوي فوق بحر إيجه."), [
    "ACCUSE TUR>GRC asserted",
  ]);
  // Guard: right after ذلك with no comma, the noun refers back to an accusation told before.
  assert.deepEqual(coded("وقد رفضت اليونان ذلك الاتهام التركي."), ["REJECT GRC>TUR asserted"]);
});

test("a counter-charge told by a verb is not folded into the charge between the same states", () => {
  assert.deepEqual(
    coded(
      "وبدأت الأزمة بعد انتقادات هولندية لأحكام الإعدام في إيران، الأمر الذي اعتبرته طهران تدخلا في شؤونها.",
    ),
    ["ACCUSE NLD>IRN asserted", "ACCUSE IRN>NLD asserted"],
  );
  // Guard: the same charge told twice by the same accuser stays one event.
  assert.deepEqual(coded("واتهمت إيران هولندا بالتدخل في شؤونها، واصفة ذلك بأنه تدخل سافر."), [
    "ACCUSE IRN>NLD asserted",
  ]);
});
