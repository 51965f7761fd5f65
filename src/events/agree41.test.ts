// The forty-first round's reading of AGREE sides (docs/EVENTS.md, "Forty-first pass", branch agree41).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a dual after the two states its sentence names is those two, a counterpart among them", () => {
  const before = "وانتقدت اليابان الصين بشدة.";
  // Before: the dual kept the pair of the units before it, where the counterpart `ونظيره الشمالي` held
  // no state yet, and the pledge went to China and South Korea.
  assert.deepEqual(
    coded(
      `${before} واجتمع وزير الدفاع الكوري الجنوبي ونظيره الشمالي الخميس، وتعهدا بخفض التوتر العسكري بين البلدين.`,
    ),
    ["ACCUSE JPN>CHN asserted", "CONSULT KOR+PRK> asserted", "AGREE KOR+PRK> asserted"],
  );
  // With no dual, the elided dual subject already stood for the two who met.
  assert.deepEqual(
    coded(
      `${before} واجتمع وزير الدفاع الكوري الجنوبي ونظيره الشمالي الخميس، وتعهدا بخفض التوتر العسكري على الحدود.`,
    ),
    ["ACCUSE JPN>CHN asserted", "CONSULT KOR+PRK> asserted", "AGREE KOR+PRK> asserted"],
  );
  // A sentence that names one state only (its speaker's) keeps the pair of the event before it.
  assert.deepEqual(
    coded(
      "وزار وزير الخارجية المصري الأردن أمس. وقال وزير الخارجية الأمريكي إن واشنطن تدعم التعاون بين البلدين.",
    ),
    ["CONSULT EGY>JOR asserted", "SUPPORT USA>EGY+JOR asserted"],
  );
});
