// The party right after a denial verb that follows a comma and و is its subject, not its object: one
// denies a charge, never a state (continued-clause.ts `elided`; docs/EVENTS.md, "Where issue 6 stands
// (main after the twenty-ninth passes)"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state right after a و-denial verb after a comma denies the charge told before it", () => {
  assert.deepEqual(coded("تتهم الكويت العراق بدعم المسلحين، ونفت بغداد أي ضلوع لها."), [
    "ACCUSE KWT>IRQ asserted",
    "REJECT IRQ>KWT asserted",
  ]);
  assert.deepEqual(coded("اتهمت اليونان تركيا بانتهاك مجالها الجوي، وتنفي الحكومة التركية أي تورط في ذلك."), [
    "ACCUSE GRC>TUR asserted",
    "REJECT TUR>GRC asserted",
  ]);
  // Near miss: another verb after a comma and و keeps the clause's subject and takes the state as object.
  assert.deepEqual(
    coded("وتحدث وزير الخارجية الصيني عن الأزمة في المؤتمر الصحفي، وطالب الولايات المتحدة بالكف عن التصعيد."),
    ["REQUEST CHN>USA asserted"],
  );
});

function coded(text: string): string[] {
  return eventLines(text, "negation");
}
