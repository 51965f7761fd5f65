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

test("a condemned act that names its agent with من قبل accuses that agent, not the act's victim", () => {
  // Before: the agent, after the charge's ب, was dropped as a party inside the charge, and the victim was
  // read as the accused.
  assert.deepEqual(eventLines("وأدانت تركيا اعتقال صحفي تركي من قبل السلطات المصرية."), [
    "ACCUSE TUR>EGY asserted",
  ]);
  assert.deepEqual(
    eventLines("ونددت الأردن على لسان وزير الخارجية باستخدام القوة المفرطة من قبل الجانب الإسرائيلي."),
    ["ACCUSE JOR>ISR asserted"],
  );
  assert.deepEqual(
    eventLines("وأكد البيان إدانة الكويت الشديدة لاستهداف المدنيين اليمنيين من قبل القوات الأمريكية."),
    ["ACCUSE KWT>USA asserted"],
  );
  // The agent right after the charge word is the charge's own (the condemnation by Russia): no act between.
  assert.deepEqual(eventLines("وجاءت إدانته من قبل روسيا بتسريب الوثائق."), []);
});
