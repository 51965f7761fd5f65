// The fifty-seventh round's readings of requests told with no request verb (branch duty57; section
// "Fifty-seventh pass: …"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state that expects or awaits an act from another state asks it (تتوقع من، تنتظر من)", () => {
  // Before: no event: only a verb of wanting (تريد من) read the state after من as the one asked.
  assert.deepEqual(coded("وقالت الحكومة العراقية إن بغداد تنتظر من تركيا سحب قواتها من الشمال."), [
    "REQUEST IRQ>TUR asserted",
  ]);
  assert.deepEqual(coded("وأكد وزير الخارجية المصري أن مصر تتوقع من الولايات المتحدة مزيدا من الدعم."), [
    "REQUEST EGY>USA asserted",
  ]);
  // The first person is left out: a speaker who says he cannot expect it asks nothing.
  assert.deepEqual(coded("وقال المتحدث الإيراني: لا يمكننا أن نتوقع من واشنطن تلبية مطالبنا."), []);
  // With no one who expects, no act.
  assert.deepEqual(coded("وتتوقع من الحكومة الألمانية أن تعلن موقفها غدا."), []);
});

test("لا بد على، من الضروري على are duties laid on the state after على, as يجب على", () => {
  // Before: no event: only يجب، ينبغي، يتعين، يتوجب were read with على.
  assert.deepEqual(coded("وقال وزير الخارجية الفرنسي إنه لا بد على إيران أن تحترم التزاماتها."), [
    "REQUEST FRA>IRN asserted",
  ]);
  assert.deepEqual(coded("وقال وزير الخارجية الفرنسي إنه من الضروري على إيران أن تحترم التزاماتها."), [
    "REQUEST FRA>IRN asserted",
  ]);
  // With no على, nothing is laid on a state.
  assert.deepEqual(coded("وقال وزير الخارجية الفرنسي إنه لا بد من حل سياسي في سوريا."), []);
});
