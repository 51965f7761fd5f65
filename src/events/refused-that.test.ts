// Round 62 (branch vow62): a refusal to allow "that", the act of a state told before it, is a warning.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a quoted refusal to allow 'that' after a state's act is a warning to that state", () => {
  const text =
    'وقال وزير الدفاع الإسرائيلي في مؤتمر صحفي: "إيران تحاول بناء قواعد عسكرية قرب حدودنا، ولن نسمح بذلك".';
  const lines = eventLines(text);
  assert.ok(lines.includes("THREATEN ISR>IRN asserted"), lines.join("; "));
  assert.ok(!lines.some((l) => l.startsWith("REJECT")));
});

test("a refusal to allow 'that' to happen (بحدوث ذلك) reads the same", () => {
  const text =
    'وقال وزير الخارجية الإسرائيلي إن إيران تبني قواعد عسكرية قرب الحدود. وأضاف الوزير الإسرائيلي: "إيران تحاول البقاء في سوريا، ولن نسمح بحدوث ذلك".';
  const lines = eventLines(text);
  assert.ok(lines.includes("THREATEN ISR>IRN asserted"), lines.join("; "));
});

test("a refusal to allow something named, not pointed back to, stays a refusal", () => {
  const text = 'وقال وزير الخارجية الإسرائيلي: "إيران تطالب بالمشاركة، ولن نسمح بمشاركة إيران في المحادثات".';
  assert.ok(!eventLines(text).some((l) => l.startsWith("THREATEN")));
});
