// The forty-second round's lead readings (docs/EVENTS.md, "Forty-second pass: the lead's …", branch lead42).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a verb after ثم is the next act of the clause before and keeps its subject", () => {
  assert.deepEqual(eventLines("والتقى وفد ياباني الرئيس الصيني في بكين، ثم سافر إلى سيول."), [
    "CONSULT JPN>CHN asserted",
    "CONSULT JPN>KOR asserted",
  ]);
  // A verb after ثم with its own subject after it keeps that subject.
  assert.deepEqual(eventLines("والتقى وفد ياباني الرئيس الصيني في بكين، ثم زار رئيس الوزراء الهندي سيول."), [
    "CONSULT JPN>CHN asserted",
    "CONSULT IND>KOR asserted",
  ]);
});

test("دانت is a condemnation as أدانت is", () => {
  assert.deepEqual(eventLines("ودانت الخارجية المصرية الهجوم الإسرائيلي على قطاع غزة."), [
    "ACCUSE EGY>ISR asserted",
  ]);
  // دان is a first name too: it stays no trigger.
  assert.deepEqual(eventLines("وقال مدير الاستخبارات الأمريكية دان كوتس إن روسيا تواصل حملاتها."), []);
});

test("receiving refugees is no meeting", () => {
  assert.deepEqual(eventLines("وتواصل الأردن استقبال اللاجئين القادمين من سوريا."), []);
  assert.deepEqual(eventLines("وجاء ذلك خلال استقبال الرئيس المصري نظيره الفرنسي في القاهرة."), [
    "CONSULT EGY>FRA asserted",
  ]);
});

test("a reaction in a sentence that turns to another matter answers nothing told before it", () => {
  const before = "وطردت كينيا السفير الأوغندي من نيروبي يوم الثلاثاء.";
  assert.deepEqual(
    eventLines(`${before} وفي سياق منفصل، أدانت الحكومة الكينية الهجوم الذي شنه مسلحون على قرية حدودية.`),
    ["SANCTION KEN>UGA asserted"],
  );
  // With no such phrase, the condemnation answers the expulsion's other side, as before.
  assert.deepEqual(eventLines(`${before} وأدانت الحكومة الأوغندية هذه الخطوة.`), [
    "SANCTION KEN>UGA asserted",
    "ACCUSE UGA>KEN asserted",
  ]);
});

test("the state after بها in a relative clause of doing is the doer of the act condemned", () => {
  assert.deepEqual(eventLines("واستنكرت الجزائر الخطوة الأحادية التي قام بها المغرب على الحدود."), [
    "ACCUSE DZA>MAR asserted",
  ]);
  // The state after a verb of undergoing suffered the act: it is not the one condemned.
  assert.deepEqual(eventLines("واستنكرت الجزائر الحملة التي تعرضت لها تونس."), []);
});

test("an act said not to follow (لا يعني أن) is negated", () => {
  assert.deepEqual(
    eventLines("وقال المتحدث إن الحوار مع بكين لا يعني أن طوكيو ستعيد العلاقات العسكرية مع الصين."),
    ["AGREE JPN>CHN future neg"],
  );
  // Said to follow, the act stays as told.
  assert.deepEqual(
    eventLines("وقال المتحدث إن الحوار مع بكين يعني أن طوكيو ستعيد العلاقات العسكرية مع الصين."),
    ["AGREE JPN>CHN future"],
  );
});
