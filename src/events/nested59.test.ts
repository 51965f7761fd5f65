// A strike or a measure named inside a reaction (branch nested59): the noun (cue nested_reacted_act:
// الضربة، الغارات، العقوبات) taken as the object of a condemnation, backing or refusal, with a state or its
// nisba right after it and its target named, is its doer's act of its own beside the reaction; with no
// target named, or taken by an act that is no reaction (فرض العقوبات), it stays the object it was.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const both: Array<[string, string[]]> = [
  [
    "وأدانت الصين يوم الأحد الضربة الأمريكية على سوريا.",
    ["ACCUSE CHN>USA asserted", "ASSAULT USA>SYR asserted"],
  ],
  [
    "وأيدت كندا الغارات البريطانية على سوريا في بيان رسمي.",
    ["SUPPORT CAN>GBR asserted", "ASSAULT GBR>SYR asserted"],
  ],
  ["ونددت روسيا بالعقوبات الأمريكية على فنزويلا.", ["ACCUSE RUS>USA asserted", "SANCTION USA>VEN asserted"]],
];

for (const [text, want] of both) {
  test(`nested59: ${text}`, () => {
    const got = eventLines(text);
    for (const line of want) assert.ok(got.includes(line), `${line} not in ${JSON.stringify(got)}`);
  });
}

test("nested59: a strike condemned with no target named is no strike on the condemner", () => {
  const got = eventLines("وأدانت روسيا الضربة الأمريكية بشدة.");
  assert.deepEqual(
    got.filter((l) => l.startsWith("ASSAULT")),
    [],
  );
});

test("nested59: sanctions imposed again are one measure, not a nested one", () => {
  const got = eventLines("وأدت إعادة فرض العقوبات الأمريكية على إيران إلى تراجع عملتها.");
  assert.equal(got.filter((l) => l.startsWith("SANCTION USA>IRN")).length, 1, JSON.stringify(got));
});
