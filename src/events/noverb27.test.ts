// The twenty-seventh pass on acts told without a verb of their type (docs/EVENTS.md, "Twenty-seventh
// pass: acts told without a verb of their type"): denials whose object is the charge's own word, and
// the other wordings measured there. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a denial of interference or of another state's words answers its accuser", () => {
  assert.deepEqual(
    coded("وتتهم الولايات المتحدة روسيا بالتأثير في الانتخابات. ونفت موسكو تدخلها في الانتخابات الأمريكية."),
    ["ACCUSE USA>RUS asserted", "REJECT RUS>USA asserted"],
  );
  assert.deepEqual(coded("ونفت الحكومة التركية ما قاله وزير الخارجية اليوناني عن انتهاك أجوائها."), [
    "REJECT TUR>GRC asserted",
  ]);
  // Guard: a state that denies what its own official said answers no other state.
  assert.deepEqual(coded("ونفت الحكومة المصرية ما قاله المتحدث باسمها في مؤتمر صحفي."), []);
});
