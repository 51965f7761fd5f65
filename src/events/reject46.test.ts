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

test("a denial of a report (تقرير … الذي نفاه) answers no state: the claim is the report's", () => {
  const deal = "ووقعت أنقرة اتفاقا لشراء منظومة دفاع جوي من موسكو.";
  // Before: the denial took the event just told (the deal with Russia) as the charge it answered.
  assert.deepEqual(coded(`${deal} وتحدث تقرير الصحيفة – الذي نفاه الوزير التركي – عن عمولات دفعت للوسطاء.`), [
    "SUPPORT TUR>RUS asserted",
  ]);
  // A charge a state made, summed up by `وهو ما`, is still answered.
  assert.deepEqual(coded("وقالت روسيا إن أوكرانيا تقف وراء التفجير، وهو ما نفته كييف."), [
    "REJECT UKR>RUS asserted",
    "ACCUSE RUS>UKR asserted",
  ]);
});

test("the teller of a claim a denial answers is no state governed by a preposition, nor its conjunct", () => {
  // Before: `والعراق`, the second place after في, was read as the claim's teller.
  assert.deepEqual(
    coded(
      "وذكرت مجلة دير شبيغل أن شركة إيرانية هربت النفط عبر موانئ في سوريا والعراق، وهو ما نفته الحكومة الإيرانية.",
    ),
    [],
  );
  // The من of `كل من` opens the list of the tellers: every state listed is the denial's other side.
  assert.deepEqual(coded("واتهمت كل من السويد والنرويج موسكو بالتجسس، وهو ما نفته روسيا."), [
    "ACCUSE NOR+SWE>RUS asserted",
    "REJECT RUS>NOR+SWE asserted",
  ]);
});
