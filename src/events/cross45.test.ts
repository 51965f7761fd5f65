// The forty-fifth round's readings of sides named in the sentence before (branch cross45; the pass section
// is in /work/notes/section-cross45.md until the lead merges it). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a speech verb with no subject continues the state that opened the sentence before with its verb", () => {
  // Before: the charge's subject was no speaker (no speech verb near it), and the refusal had no actor.
  assert.deepEqual(coded("انتقدت كوبا الحصار الأمريكي بشدة. وقالت إنها لن تتفاوض مع واشنطن تحت الضغط."), [
    "ACCUSE CUB>USA asserted",
    "REJECT CUB>USA asserted",
  ]);
  // A masculine speech verb does not agree with the feminine verb of the state: the speaker is someone else.
  assert.deepEqual(coded("انتقدت كوبا الحصار الأمريكي بشدة. وقال إنه لن يتفاوض مع واشنطن تحت الضغط."), [
    "ACCUSE CUB>USA asserted",
  ]);
  // A verb after an opening phrase tells background: its subject is not carried.
  assert.deepEqual(coded("وفي عام 2015، انتقدت كوبا الحصار الأمريكي. وقالت إنها لن تتفاوض مع واشنطن."), [
    "ACCUSE CUB>USA asserted",
  ]);
});
