// The thirty-first pass on the second act of a sentence that already gives one (docs/EVENTS.md,
// "Thirty-first pass: the second act of a sentence that already gives one"). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a و-verb with the subject of the act before and no object state of its own acts on that act's object", () => {
  // The object told as a noun with the other state's pronoun.
  assert.deepEqual(coded("وقطعت البحرين علاقاتها التجارية مع قطر وطردت سفيرها من المنامة."), [
    "SANCTION BHR>QAT asserted",
    "SANCTION BHR>QAT asserted",
  ]);
  // The object after a preposition, as a pronoun.
  assert.deepEqual(coded("واستدعت الخارجية المصرية السفير التركي في القاهرة، وطلبت منه توضيحات عاجلة."), [
    "ACCUSE EGY>TUR asserted",
    "REQUEST EGY>TUR asserted",
  ]);
});

test("guards: a bare noun after the verb, a three-letter stem, a relative clause before", () => {
  // Its own object: the international community is no state of the act before.
  assert.deepEqual(coded("وأدانت الأردن الهجوم الإسرائيلي على غزة، ودعت المجتمع الدولي إلى التحرك."), [
    "ACCUSE JOR>ISR asserted",
  ]);
  // A verbal noun after و in a list of goods, not a second act.
  assert.deepEqual(coded("وهدد الرئيس الأمريكي بفرض رسوم على السيارات الصينية وقطع غيارها."), [
    "THREATEN USA>CHN asserted",
  ]);
});
