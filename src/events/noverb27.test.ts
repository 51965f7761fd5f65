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

test("holding a state responsible in the present is a charge, unless the blame is for acts to come", () => {
  assert.deepEqual(coded("وقال المتحدث إن باكستان تحمل الهند المسؤولية الكاملة عن القصف على الحدود."), [
    "ACCUSE PAK>IND asserted",
  ]);
  assert.deepEqual(coded("ويحمّل وزير الخارجية التركي الولايات المتحدة مسؤولية تدهور العلاقات."), [
    "ACCUSE TUR>USA asserted",
  ]);
  // Guard: with س, or with أي after it, the blame is laid for an act to come (a threat's content).
  assert.deepEqual(coded("وقال المتحدث إن واشنطن ستحمل بكين مسؤولية أي هجوم إلكتروني."), []);
  assert.deepEqual(coded("وقال الوزير إن فرنسا تحمل روسيا المسؤولية عن أي اعتداء على قواتها."), []);
  // Guard: one's own responsibilities are borne, not laid on another (`تتحمل مسؤولياتها`).
  assert.deepEqual(coded("وقالت الحكومة اللبنانية إنها تتحمل مسؤولياتها تجاه اللاجئين السوريين."), []);
  // Guard: with one side named around the verb, the other would be borrowed from elsewhere.
  assert.deepEqual(
    coded("وترى الشركة الألمانية أن القرار يضر بها، كما تحمل حكومة بلادها المسؤولية عن الخسائر."),
    [],
  );
});
