// What a measure or a deal provides for is its content, no act of its own (provision.ts, branch precision61).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the content of sanctions told after تقضي is no second sanction", () => {
  // Before: a second SANCTION GBR+IRN>GBR (the freeze the sanctions provide for, its sides read from the clause).
  assert.deepEqual(
    eventLines(
      "وكانت لندن فرضت الأسبوع الماضي عقوبات على وزيري الدفاع والمالية الإيرانيين. وتقضي العقوبات بتجميد أي أصول يملكها الوزيران في بريطانيا وتمنع البريطانيين من التعامل معهما.",
      "modality",
    ),
    ["SANCTION GBR>IRN asserted"],
  );
});

test("a freeze told as done stays a sanction", () => {
  assert.deepEqual(eventLines("وجمدت بريطانيا أصول وزيرين إيرانيين.", "modality"), [
    "SANCTION GBR>IRN asserted",
  ]);
});
