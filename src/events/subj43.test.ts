// The forty-third round's readings of subjects told through a relative pronoun with an auxiliary
// between it and the verb (docs/EVENTS.md, "Forty-third pass", branch subj43). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a past that went on after a relative pronoun (الذي كان يطالب) has the antecedent as subject", () => {
  // Before: no subject was read, as the auxiliary stood between the pronoun and the verb.
  assert.deepEqual(coded("وانتقد المعارض الوزير الياباني الذي كان يطالب الصين بالإفراج عن صيادين محتجزين."), [
    "REQUEST JPN>CHN asserted",
  ]);
  // Washington's demands, told as a noun, are its own REQUEST (fifty-ninth pass, wish59).
  assert.deepEqual(coded("وأشاد البرلمان بالحكومة الكندية التي كانت ترفض مطالب واشنطن التجارية."), [
    "REJECT CAN>USA asserted",
    "REQUEST USA>CAN asserted",
  ]);
  // With no auxiliary the antecedent was already the subject, and stays so.
  assert.deepEqual(coded("وانتقد المعارض الوزير الياباني الذي طالب الصين بالإفراج عن صيادين محتجزين."), [
    "REQUEST JPN>CHN asserted",
  ]);
});

test("a perfect right after كان in a relative clause is left as it was", () => {
  // التي كان وصل إليها: the pronoun on إليها makes the antecedent the place reached, not the subject.
  assert.deepEqual(coded("وعاد وفد المراقبين إلى جنيف من موسكو التي كان وصل إليها في مطلع الشهر."), []);
});

test("a talk going on in a relative aside is the setting of the act told, no meeting", () => {
  assert.deepEqual(
    coded(
      "وقال رئيس الوزراء الهندي - الذي كان يتحدث إلى الصحفيين في طوكيو - إن شركة الطيران وقعت عقدا مع مصر.",
    ),
    [],
  );
  // A meeting told as done in the aside stays a meeting.
  assert.deepEqual(
    coded("وقال رئيس الوزراء الهندي، الذي التقى نظيره الياباني في طوكيو، إن البلدين سيعززان التجارة."),
    ["CONSULT IND>JPN asserted"],
  );
});
