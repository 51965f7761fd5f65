// The forty-second round's readings of THREATEN, ASSAULT and MOBILIZE (branch threat42). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a verbal noun after دفع … إلى is the act of the state pushed (intent carrier)", () => {
  // Before: the noun of sending, carried by no word of intent, was read as a topic and gave nothing.
  assert.deepEqual(coded("ودفع التوتر على الحدود اليونان إلى إرسال قوات إلى الجزر القريبة من تركيا."), [
    "MOBILIZE GRC>TUR asserted",
  ]);
  // The same noun with no push before it stays a topic told in passing.
  assert.deepEqual(coded("وتناول النقاش ملف إرسال قوات يونانية إلى الجزر القريبة من تركيا."), []);
});
