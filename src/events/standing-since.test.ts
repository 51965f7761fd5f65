// A counted span after منذ right after a participle of a standing state (`المحتجز منذ عامين`) tells how long
// that state has lasted, not when the sentence's act was done (since-count.ts; branch precision65).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a refusal is not dated by the detention's span", () => {
  assert.deepEqual(
    datedLines(
      "وتفاقمت الأزمة بعد أن رفضت تركيا إطلاق سراح القس الأمريكي، المحتجز منذ عامين بتهم تتعلق بالإرهاب.",
      "2018-08-25",
    ).filter((l) => l.startsWith("REJECT")),
    ["REJECT TUR>USA 2018-08-25"],
  );
});

test("an act told with its own counted span keeps it", () => {
  assert.deepEqual(datedLines("واعتقلت السلطات التركية القس الأمريكي منذ قرابة عامين.", "2018-08-25"), [
    "COERCE TUR>USA 2016",
  ]);
});
