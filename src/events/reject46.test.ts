// The forty-sixth round's readings of refusals, denials and sanctions whose object is a clause (docs/EVENTS.md,
// "Forty-sixth pass", branch reject46). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a denial that the denier 'is behind' or 'has' something (أن تكون وراء) answers the charge told before", () => {
  const charge = "واتهمت كندا فنزويلا بدعم شبكات التهريب على حدودها.";
  // Before: the denial's object was a clause, no word its row needs, and the denial was no event.
  assert.deepEqual(coded(`${charge} لكن كاراكاس نفت أن تكون وراء هذه الشبكات.`), [
    "ACCUSE CAN>VEN asserted",
    "REJECT VEN>CAN asserted",
  ]);
  assert.deepEqual(coded(`${charge} ونفت فنزويلا أن يكون لها أي صلة بالمهربين.`), [
    "ACCUSE CAN>VEN asserted",
    "REJECT VEN>CAN asserted",
  ]);
  // With no charge told, the same denial answers no one.
  assert.deepEqual(coded("ونفت فنزويلا أن تكون وراء هذه الشبكات."), []);
});

test("a denial of a claim about another (أن تكون الحكومة قد …) takes no state inside the claim as its side", () => {
  // The state inside the claim is not the accuser: before, it could be read as the denial's recipient.
  assert.deepEqual(coded("ونفت الجزائر أن تكون الحكومة المالية قد طلبت مساعدة عسكرية من فرنسا."), []);
  assert.deepEqual(coded("ونفى وزير الخارجية الليبي أن تكون مصر على علم مسبق بالعملية."), []);
});
