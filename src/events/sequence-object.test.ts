// A state right after a verb of preceding or following is its object; a verb joined by و right after it shares
// the subject before the verb of sequence (sequence-object.ts; branch precision65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("the state that went first cancels, not the one it preceded", () => {
  assert.deepEqual(coded("وكانت النرويج قد سبقت فرنسا وألغت صفقة سلاح مع مصر."), ["REJECT NOR>EGY asserted"]);
  assert.deepEqual(coded("وكانت الدنمارك قد سبقت هولندا وجمدت صادرات الأسلحة إلى السعودية العام الماضي."), [
    "SANCTION DNK>SAU asserted",
  ]);
});

test("a verb with no verb of sequence before keeps the party before it", () => {
  assert.deepEqual(coded("وكانت النرويج قد ألغت صفقة سلاح مع مصر."), ["REJECT NOR>EGY asserted"]);
});
