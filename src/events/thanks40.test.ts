// The fortieth round's readings of praise (docs/EVENTS.md, "Fortieth pass: praise, thanks and welcome",
// branch thanks40). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("أثنى على is praise of the state after على; ثنى عن (to turn from) stays none", () => {
  // Before: أثنى was no trigger, and the praise was lost.
  assert.deepEqual(coded("وأثنى وزير الخارجية اليوناني على الموقف القبرصي في الأزمة."), [
    "SUPPORT GRC>CYP asserted",
  ]);
  // Without على the verb is another word: nothing is coded.
  assert.deepEqual(coded("وقال الوزير إن التهديدات لن تثني الحكومة المغربية عن خططها."), []);
});

test("praise by a person who holds no state post is no state's act", () => {
  // A known office holder's praise stays coded.
  assert.deepEqual(coded("وأثنى ترامب على اليابان في كلمته أمام الصحفيين."), ["SUPPORT USA>JPN asserted"]);
  // A private person given only a nationality (a novelist here) speaks for no state.
  assert.deepEqual(
    coded("وكان الروائي البرازيلي باولو مينديز قد أثنى على الشعب الياباني في روايته الأخيرة."),
    [],
  );
});

test("a doer named at the very end of the relative clause of praise is read (no crash at the text's end)", () => {
  // Before: reading the punctuation after the last word ran past the text and threw.
  assert.deepEqual(coded("وأشادت الوزيرة الكندية بالجهود التي تبذلها النرويج"), ["SUPPORT CAN>NOR asserted"]);
  // A doer of the praising state's own is no recipient: nothing is coded.
  assert.deepEqual(coded("وأشادت الوزيرة الكندية بالجهود التي تبذلها كندا"), []);
});
