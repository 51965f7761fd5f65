// Twentieth pass, ACCUSE recall (branch acc21, docs/EVENTS.md "Twentieth pass: accusations told as blame
// borne, rebukes and complaints"). Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const states = (text: string) => eventLines(text, "states");

test("acc21: a state said to bear the responsibility for an outcome, or some of it, is blamed by the speaker", () => {
  assert.deepEqual(
    states("وقال وزير الخارجية الإيراني إن الولايات المتحدة تتحمل مسؤولية الهجوم على السفارة."),
    ["ACCUSE IRN>USA"],
  );
  assert.deepEqual(states("وقالت موسكو إن واشنطن تتحمل بعض المسؤولية عن تدهور الأوضاع."), ["ACCUSE RUS>USA"]);
  assert.deepEqual(
    states("وقالت الخارجية الفرنسية إن سوريا تتحمل في نهاية المطاف مسؤولية الاستهداف المتكرر للمدنيين."),
    ["ACCUSE FRA>SYR"],
  );
});

test("acc21 guard: a responsibility for a task to be done is a duty, not blame", () => {
  assert.deepEqual(
    states("وقالت المستشارة الألمانية إن روسيا تتحمل مسؤولية الاضطلاع بدور في حل الأزمة."),
    [],
  );
});

test("acc21: a state that rebukes another accuses it", () => {
  assert.deepEqual(states("ووبخت اليابان كوريا الجنوبية، الخميس، بسبب تصريحات وزيرها."), ["ACCUSE JPN>KOR"]);
});

test("acc21 guard: a rebuke between persons with no state is no event", () => {
  assert.deepEqual(states("وتوبخ المعلمة تلميذا تأخر عن الحصة."), []);
});

test("acc21: a complaint a state files against another is an accusation", () => {
  assert.deepEqual(states("وتقدمت كندا بشكوى رسمية ضد الولايات المتحدة أمام منظمة التجارة العالمية."), [
    "ACCUSE CAN>USA",
  ]);
});

test("acc21 guard: a complaint filed with no state against it, or by a private person, is no event", () => {
  assert.deepEqual(states("وقدم رجل أعمال شكوى ضد شريكه إلى الشرطة الفرنسية."), []);
  assert.deepEqual(states("وتقدمت الصين بشكوى إلى منظمة التجارة العالمية."), []);
});

test("acc21: a state that calls another's leader or words foolish or a liar accuses it", () => {
  assert.deepEqual(states('ووصفت كوريا الشمالية تصريحات وزير الخارجية الأمريكي بأنها "حمقاء".'), [
    "ACCUSE PRK>USA",
  ]);
  assert.deepEqual(states('ووصف المتحدث الإيراني رئيس الوزراء الإسرائيلي بأنه "كذاب".'), ["ACCUSE IRN>ISR"]);
});

test("acc21: an objection a state voices to another's act is an accusation", () => {
  assert.deepEqual(states("وعبرت اليابان عن اعتراضها على قرار كوريا الجنوبية."), ["ACCUSE JPN>KOR"]);
});

test("acc21 guard: regret voiced over what befell people names no state to blame", () => {
  assert.deepEqual(states("وأعربت الحكومة عن أسفها لما حدث للمسافرين."), []);
});
