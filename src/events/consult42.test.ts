// The forty-second round's readings of visits that are not visits (docs/EVENTS.md, "Forty-second pass",
// branch consult42). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("words addressed to a leader (توجه بالحديث إلى) are no trip to him", () => {
  // Before: the verb of heading took the leader spoken to for the state visited.
  assert.deepEqual(coded("وتوجه رئيس الوزراء الياباني بالشكر إلى الرئيس الهندي على موقفه."), []);
  // Heading to a capital is still a visit.
  assert.deepEqual(coded("وتوجه رئيس الوزراء الياباني إلى نيودلهي صباح الجمعة."), [
    "CONSULT JPN>IND asserted",
  ]);
});

test("a visit to a place that is no state visits no state named later in the sentence", () => {
  // Before: the state of the leader warned in the sentence was taken for the one visited.
  assert.deepEqual(coded("وخلال زيارة إلى منطقة الحدود، حذر وزير الدفاع الهندي الجيش الباكستاني."), [
    "THREATEN IND>PAK asserted",
  ]);
  // A visit to a capital named after the noun is still a visit to its state.
  assert.deepEqual(
    coded("وخلال زيارة إلى العاصمة الإيرانية طهران، قال الوزير التركي إن بلاده تدعم الاتفاق."),
    ["CONSULT TUR>IRN asserted"],
  );
});

test("the state left, after the traveller's name and a comma, is no visitor", () => {
  // Before: the state left (Egypt) was read as the visitor when the traveller's own state was not read.
  assert.deepEqual(coded("وغادر السفير أحمد الخطيب، مصر على متن طائرة خاصة متجهة إلى الأردن مساء أمس."), []);
  // A traveller whose state is told still visits the state he heads for.
  assert.deepEqual(coded("وغادر وزير الخارجية المصري، القاهرة متجها إلى الأردن مساء أمس."), [
    "CONSULT EGY>JOR asserted",
  ]);
});

test("a destination told as the summit's seat (مقر القمة) is the venue, not a host visited", () => {
  // Before: both leaders were read as visiting the host state.
  assert.deepEqual(coded("ووصل الرئيسان الفرنسي والمصري إلى المغرب مقر القمة مساء الخميس."), []);
  // Without the seat words the arrival is a visit to the state.
  assert.deepEqual(coded("ووصل الرئيس الفرنسي إلى المغرب مساء الخميس."), ["CONSULT FRA>MAR asserted"]);
});
