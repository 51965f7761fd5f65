// Detentions told of a named person with a state (held-person.ts) or of nationals held with لدى or in the
// plural participle (held.ts), branch force54: the arrest row's needed
// word is a person noun or a count (المواطن، القس، 14); a person's name with a state stands for it, past the
// verb's subject. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a named person of another state held after the verb's subject is a COERCE on that state", () => {
  // Before: no person noun or count after the verb, so the arrest row did not fit and nothing was read.
  assert.deepEqual(coded("واعتقلت الشرطة الأمريكية وزير الخارجية الروسي سيرغي لافروف في المطار."), [
    "COERCE USA>RUS asserted",
  ]);
  assert.deepEqual(
    coded("وقالت الصحيفة إن السلطات السعودية احتجزت رئيس الوزراء اللبناني سعد الحريري أسبوعين."),
    ["COERCE SAU>LBN asserted"],
  );
});

test("a name with no subject of a state before it, or past a comma, is no one held", () => {
  // The subject names no state: the name would be read as the doer, so no act is read.
  assert.deepEqual(coded("واحتجزت السلطات لافروف منذ عامين في تركيا."), []);
  // A passive with the name right after the verb.
  assert.deepEqual(coded("واحتجز سعد الحريري في الرياض أسبوعين."), []);
  // A name past a comma is a source, not the object.
  assert.deepEqual(coded("واعتقلت الشرطة الفرنسية، بحسب سعد الحريري، ثلاثة رجال."), []);
});

test("nationals held by a state told with لدى, or in the plural participle, are held by that state", () => {
  // Before: the held row read only a singular participle before في.
  assert.deepEqual(coded("وطالب الوزير بالإفراج عن الصحفي الأسترالي المحتجز لدى مصر منذ شهور."), [
    "COERCE EGY>AUS asserted",
  ]);
  assert.deepEqual(coded("وأثار الوزير قضية المواطنين الكنديين المعتقلين في الصين."), [
    "COERCE CHN>CAN asserted",
  ]);
  // The detainee's own state holds him: no act between states.
  assert.deepEqual(coded("وأثار الناشطون قضية المدونين السعوديين المعتقلين في السعودية."), []);
});
