// The fifty-sixth round's readings of charge words (branch accuse56). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("blame laid on a state (أنحى، ألقى … باللائمة، بالمسؤولية على) is read past a subject of several words", () => {
  // Before: the blame word had to stand within three (بالمسؤولية) or five (باللائمة) words of the verb,
  // so a subject told with its post, nisba and name left it out of reach.
  assert.deepEqual(eventLines("وأنحى وزير الدفاع الأمريكي بالمسؤولية على روسيا في الهجوم."), [
    "ACCUSE USA>RUS asserted",
  ]);
  assert.deepEqual(
    eventLines("وأنحى وزير الخارجية الياباني تارو كونو باللائمة على كوريا الشمالية في تعثر المحادثات."),
    ["ACCUSE JPN>PRK asserted"],
  );
  assert.deepEqual(
    eventLines("وألقى رئيس الوزراء الهندي ناريندرا مودي باللوم على باكستان في الهجوم الأخير."),
    ["ACCUSE IND>PAK asserted"],
  );
  // Officials in the subject are no blame word: the verb's own sense (to lean, to throw) gives no charge.
  assert.deepEqual(eventLines("وألقى المسؤولون الفرنسيون كلمات في الحفل الذي أقيم في القاهرة."), []);
});
