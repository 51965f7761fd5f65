// What a measure or a deal provides for is its content, no act of its own (provision.ts, branch precision61).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the content of sanctions told after تقضي is no second sanction", () => {
  // Before: a second SANCTION FRA+SYR>FRA (the freeze the sanctions provide for, its sides read from the clause).
  assert.deepEqual(
    eventLines(
      "وكانت باريس قد فرضت الشهر الماضي عقوبات على وزيرين سوريين. وتقضي هذه العقوبات بتجميد ما يملكه الوزيران من ممتلكات داخل فرنسا ومنع الفرنسيين من التعامل معهما.",
      "modality",
    ),
    ["SANCTION FRA>SYR asserted"],
  );
});

test("a freeze told as done stays a sanction", () => {
  assert.deepEqual(eventLines("وجمدت بريطانيا أصول وزيرين إيرانيين.", "modality"), [
    "SANCTION GBR>IRN asserted",
  ]);
});
