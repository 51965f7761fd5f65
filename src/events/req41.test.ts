// The forty-first round's reading of a demand for a halt to fighting (branch req41): the state where the
// fighting is, named right after the halt asked for, is the one asked. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a call for a truce in a named state is addressed to that state", () => {
  // Before: the call named no addressee and gave no event.
  assert.deepEqual(coded("وأصدر مجلس الأمن الدولي بيانا يدعو إلى تهدئة فورية في ليبيا."), [
    "REQUEST IGO>LBY asserted",
  ]);
  assert.deepEqual(coded("ودعت ألمانيا إلى وقف إطلاق النار في اليمن دون تأخير."), [
    "REQUEST DEU>YEM asserted",
  ]);
});

test("a halt told far from the demand, inside a draft it describes, names no addressee", () => {
  // The halt belongs to the draft's relative clause, not to what Moscow asks.
  assert.deepEqual(coded("وتطالب موسكو بتغيير فقرات كثيرة من نص المشروع الذي يدعو إلى هدنة في ليبيا."), []);
  // A call for investment in a state names no one asked: investment is no halt to fighting.
  assert.deepEqual(coded("ودعت ألمانيا إلى زيادة الاستثمار في اليمن."), []);
});
