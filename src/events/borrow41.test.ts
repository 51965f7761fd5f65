// The forty-first round's limit on sides borrowed from far back (docs/EVENTS.md, "Forty-first pass",
// branch borrow41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

const charge = "واتهمت الإمارات إيران بدعم المتمردين في اليمن يوم الأحد.";
const aside = "وجاءت التصريحات خلال مؤتمر صحفي في أبوظبي.";

test("an event two sentences back lends no state to a reaction whose sentence names other states", () => {
  // Before: the charge against Norway and Sweden also went to the Emirates, told two sentences before.
  assert.deepEqual(
    coded(
      `${charge} ${aside} وقالت وكالة الأنباء الرسمية إن طهران استدعت سفيري النرويج والسويد، واتهمت دولتيهما بإيواء معارضين.`,
    ),
    ["ACCUSE ARE>IRN asserted", "ACCUSE IRN>NOR+SWE asserted"],
  );
  // A reaction whose sentence names no other state still answers the charge told two sentences before.
  assert.deepEqual(coded(`${charge} ${aside} وانتقدت طهران هذه التصريحات.`), [
    "ACCUSE ARE>IRN asserted",
    "ACCUSE IRN>ARE asserted",
  ]);
});

test("a refusal two sentences after a sanction, naming no other state, still answers the sanctioner", () => {
  const told = "وفرضت كندا عقوبات على فنزويلا يوم الثلاثاء. وتشمل العقوبات مسؤولين كبارا.";
  assert.deepEqual(coded(`${told} ورفضت فنزويلا القرار.`), [
    "SANCTION CAN>VEN asserted",
    "REJECT VEN>CAN asserted",
  ]);
});
