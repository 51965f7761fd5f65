// The fiftieth round's readings of meetings, visits and calls (docs/EVENTS.md, "Fiftieth pass", branch
// consult50). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("أبلغ X Y with a word of the telephone after it is a call between their states", () => {
  // Before: a leader telling another by phone gave no event.
  assert.deepEqual(
    eventLines("وأبلغ رئيس الوزراء الياباني المستشارة الألمانية، في اتصال هاتفي، بأن طوكيو ترحب بالخطة."),
    ["CONSULT JPN>DEU asserted"],
  );
  assert.deepEqual(eventLines("وأبلغت الرئيسة الفنلندية نظيرها الإستوني عبر الهاتف قلقها من الوضع."), [
    "CONSULT FIN>EST asserted",
  ]);
  // Verbs of addressing and briefing read the same way.
  assert.deepEqual(eventLines("وخاطب الرئيس البرازيلي نظيره الأرجنتيني عبر الهاتف بشأن أزمة الحدود."), [
    "CONSULT BRA>ARG asserted",
  ]);
  assert.deepEqual(eventLines("وأطلع وزير الخارجية الكيني نظيره الأوغندي هاتفيا على نتائج جولته."), [
    "CONSULT KEN>UGA asserted",
  ]);
  // Telling the press, with no call, stays no meeting.
  assert.deepEqual(eventLines("وأبلغ وزير الخارجية الياباني الصحفيين بأن الزيارة تأجلت."), []);
  assert.deepEqual(eventLines("وخاطب الرئيس البرازيلي البرلمان الأرجنتيني في بوينس آيرس."), []);
});

test("a meeting told after a call of the same pair on another day is a second act", () => {
  const text =
    "وكان مكتب الرئاسة أعلن، الأحد الماضي، أن الرئيس الكيني أبلغ الرئيس الإثيوبي، في اتصال هاتفي، بأن نيروبي تدعم الوساطة.\n" +
    "وقال وزير الخارجية الإثيوبي، خلال لقاء مع وفد من البرلمان الكيني، إن بلاده تريد حلا سريعا.";
  // Before: the meeting was folded into the call and lost.
  assert.deepEqual(datedLines(text, "2019-03-14"), [
    "CONSULT KEN>ETH 2019-03-10",
    "CONSULT ETH>KEN 2019-03-14",
  ]);
  // The call told again by a verb of discussing, with no meeting noun, stays one call.
  const again =
    "وكان مكتب الرئاسة أعلن، الأحد الماضي، أن الرئيس الكيني أبلغ الرئيس الإثيوبي، في اتصال هاتفي، بأن نيروبي تدعم الوساطة.\n" +
    "وبحث الرئيس الكيني مع الرئيس الإثيوبي سبل إنهاء الأزمة.";
  assert.deepEqual(datedLines(again, "2019-03-14"), ["CONSULT KEN>ETH 2019-03-10"]);
});

test("two meetings of a pair on two days between other persons on both sides are two meetings", () => {
  const text =
    "وقال وزير المالية الهولندي يان دي فريس للصحفيين بعد يوم واحد من لقائه بوزير المالية الكندي بيتر كلارك.\n" +
    "وعقد وزير الخارجية الكندي مارك ليفين اجتماعا في لاهاي مع رئيس الوزراء الهولندي مارك روته.";
  // Before: the second meeting was folded into the first.
  assert.deepEqual(datedLines(text, "2019-06-12"), [
    "CONSULT NLD>CAN 2019-06-11",
    "CONSULT CAN>NLD 2019-06-12",
  ]);
  // The same persons told again on the next day stay one meeting.
  const again =
    "وقال وزير المالية الهولندي يان دي فريس للصحفيين بعد يوم واحد من لقائه بوزير المالية الكندي بيتر كلارك.\n" +
    "وعقد دي فريس اجتماعا في لاهاي مع كلارك.";
  assert.deepEqual(datedLines(again, "2019-06-12"), ["CONSULT NLD>CAN 2019-06-11"]);
});

test("a talk or meeting noun whose relative clause says it took place بينه وبين X is between the pronoun's person and X", () => {
  // Before: the relative clause cut the noun from its sides, and the talk gave no event.
  assert.deepEqual(
    eventLines(
      "وقال رئيس الوزراء الكندي جاستن ترودو إن الحديث الذي دار بينه وبين الرئيس المكسيكي كان صريحا.",
    ),
    ["CONSULT CAN>MEX asserted"],
  );
  assert.deepEqual(
    eventLines(
      "وقالت المستشارة الألمانية أنغيلا ميركل إن اللقاء الذي جمع بينها وبين الرئيس الصيني كان مثمرا.",
    ),
    ["CONSULT DEU>CHN asserted"],
  );
  // A dispute that arose between them is no meeting.
  assert.deepEqual(
    eventLines("وقال رئيس الوزراء الكندي جاستن ترودو إن الخلاف الذي نشأ بينه وبين الرئيس المكسيكي كبير."),
    [],
  );
});
