// The twenty-fifth pass on the modality of found events (docs/EVENTS.md, "Twenty-fifth pass:
// conditional, negated and planned acts"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a definite possible adjective after another noun is that noun's, not the meeting's", () => {
  assert.deepEqual(
    coded(
      "وقال المتحدث إن الوزير الفرنسي عبر عن قلق بلاده من التصعيد المحتمل خلال اجتماعه مع السفير الإيراني.",
    ),
    ["CONSULT FRA>IRN asserted"],
  );
  // Guard: the sentence's own modal (`من المحتمل أن`) still makes the meeting possible.
  assert.deepEqual(coded("ومن المحتمل أن يجتمع الوزير الفرنسي مع السفير الإيراني."), [
    "CONSULT FRA>IRN conditional",
  ]);
});

test("the modal of a charge summed up by وهو ما does not reach the denial after it", () => {
  assert.deepEqual(coded("وقالت أنقرة إن الرياض ربما تكون مسؤولة، وهو ما نفته السعودية."), [
    "REJECT SAU>TUR asserted",
  ]);
  // Guard: a modal after ما is the denial's own.
  assert.deepEqual(coded("واتهمت أنقرة الرياض بالمسؤولية عن الحادث، وهو ما ربما تنفيه السعودية."), [
    "ACCUSE TUR>SAU asserted",
    "REJECT SAU>TUR conditional",
  ]);
});

test("حالة من names a state, not a case: the act after it is told as done", () => {
  assert.deepEqual(coded("وتمر العلاقات بين البلدين بحالة من الجمود منذ استدعت الجزائر سفيرها من باريس."), [
    "SANCTION DZA>FRA asserted",
  ]);
  // Guard: في حال and في حالة before an act still state a condition.
  assert.deepEqual(coded("وفي حال استدعت الجزائر سفيرها من باريس، فإن العلاقات ستتدهور."), [
    "SANCTION DZA>FRA conditional",
  ]);
  assert.deepEqual(coded("وفي حالة استدعت الجزائر سفيرها من باريس، فإن العلاقات ستتدهور."), [
    "SANCTION DZA>FRA conditional",
  ]);
});

test("a modal word does not reach across a comma into a clause opened by و", () => {
  assert.deepEqual(
    coded("وقال الوزير العراقي إن بلاده مستعدة لتسهيل عبور الشاحنات، ودعا الأردن إلى زيادة صادراته."),
    ["REQUEST IRQ>JOR asserted"],
  );
  // Guard: a schedule with a phrase between its commas still governs the act.
  assert.deepEqual(coded("ومن المقرر، بحسب مصادر دبلوماسية، أن يلتقي الرئيس الصيني نظيره الروسي."), [
    "AGREE CHN>RUS future",
  ]);
});
