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

test("a name of no known state, with its office between commas, speaks for that office in the sentences after", () => {
  const named = "قال فرانك مولر، المسؤول في وزارة الخارجية الألمانية، إن الوضع على الحدود يثير القلق.";
  // Before: the name is in no list, the ministry is governed by في, and the quoted demand had no actor.
  assert.deepEqual(coded(`${named} وأضاف: "نطالب روسيا بسحب قواتها من المنطقة".`), [
    "REQUEST DEU>RUS asserted",
  ]);
  assert.deepEqual(coded(`${named} وأضاف أن على روسيا أن تسحب قواتها من المنطقة.`), [
    "REQUEST DEU>RUS asserted",
  ]);
  // A field of study or a city in the apposition is no office of a state: the demand stays without an actor.
  const scholar = "قال فرانك مولر، الباحث في الشؤون الروسية، إن الوضع على الحدود يثير القلق.";
  assert.deepEqual(coded(`${scholar} وأضاف: "نطالب روسيا بسحب قواتها من المنطقة".`), []);
  const reporter = "قال فرانك مولر، مراسل الإذاعة في برلين، إن الوضع على الحدود يثير القلق.";
  assert.deepEqual(coded(`${reporter} وأضاف: "نطالب روسيا بسحب قواتها من المنطقة".`), []);
});
