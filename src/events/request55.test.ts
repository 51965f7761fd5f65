// The fifty-fifth round's readings of requests (branch request55; section "Fifty-fifth pass: …").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a duty quoted through a report verb is the cited speaker's demand, not the outlet's (report_verb)", () => {
  // Before: no event: the duty's speaker was looked for right after the report verb, where the outlet stands.
  assert.deepEqual(
    coded("ونقلت وكالة الأنباء الرسمية عن وزير الخارجية الصيني قوله إن على اليابان وقف استفزازاتها."),
    ["REQUEST CHN>JPN asserted"],
  );
  assert.deepEqual(
    coded(
      "ونقل التلفزيون الرسمي عن رئيس الوزراء الهندي قوله إن على باكستان أن تتخذ إجراءات ضد الجماعات المسلحة.",
    ),
    ["REQUEST IND>PAK asserted"],
  );
  // A speech verb's عن is about, not whom it cites: the speaker stays the one after the verb.
  assert.deepEqual(coded("وقال وزير الخارجية التركي عن الاتفاق إن على الولايات المتحدة احترام التزاماتها."), [
    "REQUEST TUR>USA asserted",
  ]);
});
