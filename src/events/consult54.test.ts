// The fifty-fourth round's readings of meetings, calls and contacts (branch consult54).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a noun of contact with a state's side after مع، ب or بين is a consultation", () => {
  assert.deepEqual(eventLines("وكشف الرئيس البرازيلي عن اتصال مع رئيس الوزراء الياباني بشأن التجارة."), [
    "CONSULT BRA>JPN asserted",
  ]);
  assert.deepEqual(eventLines("وقال وزير الخارجية الهندي إن نيودلهي على اتصال بطوكيو لمتابعة القضية."), [
    "CONSULT IND>JPN asserted",
  ]);
});

test("a contact the holder is said to have none of is negated, not possible", () => {
  // Before: `أي` left the contact possible (conditional).
  assert.deepEqual(
    eventLines("وقال وزير الخارجية الهندي سوبرامانيام جايشانكار إن بلاده ليس لها أي اتصال بالبرازيل."),
    ["CONSULT IND>BRA asserted neg"],
  );
  assert.deepEqual(
    eventLines("وقال بيان الخارجية الهندية: ليس للهند أي اتصال مع الحكومة اليابانية بشأن الصفقة."),
    ["CONSULT IND>JPN asserted neg"],
  );
});

test("a channel of contact is named, not held", () => {
  assert.deepEqual(eventLines("وقال الوزير إن الهند واليابان تعانيان من نقص قنوات الاتصال بين البلدين."), []);
  // A verb after a word of means tells a meeting (`وسيلة نلتقي خلالها`): no channel noun.
  assert.deepEqual(
    eventLines("وقال وزير الخارجية الهندي إن لجنة المشاورات مع اليابان ستكون وسيلة نلتقي خلالها كل عام."),
    eventLines("وقال وزير الخارجية الهندي إن لجنة المشاورات مع اليابان ستكون آلية نلتقي خلالها كل عام."),
  );
});

test("after a word of time, the one met follows لقاء and the clause's subject is the actor", () => {
  // Before: the genitive was read as the actor and the meeting had no other side.
  assert.deepEqual(
    eventLines("وأدلى الرئيس البرازيلي بتصريحات متفائلة بعد لقاء رئيس الوزراء الياباني في طوكيو."),
    ["CONSULT BRA>JPN asserted"],
  );
  assert.deepEqual(eventLines("وأكد وزير الخارجية الهندي أن الخلاف محدود قبل لقاء نظيره الياباني."), [
    "CONSULT IND>JPN asserted",
  ]);
  // A genitive of two states is the meeting's own two sides, not the speaker's.
  assert.deepEqual(
    eventLines("وقال الوزير الهندي بعد لقاء الرئيسين البرازيلي والياباني إن الأجواء إيجابية."),
    ["CONSULT BRA+JPN> asserted"],
  );
});

test("a meeting held in the past relative clause after its noun is dated there, not by a month ahead", () => {
  // Before: the summit took the month to come of the clause before it.
  const lines = datedLines(
    "أعلن متحدث باسم الرئاسة البرازيلية، الأحد، أن اليابان ستفتح سوقها أمام اللحوم البرازيلية في يوليو المقبل، في خطوة أعلنها رئيس الوزراء الياباني للرئيس البرازيلي خلال القمة التي عقدت بين الطرفين.",
    "2018-06-10",
  );
  assert.ok(
    lines.some((l) => l.startsWith("CONSULT") && l.includes("2018-06")),
    lines.join("\n"),
  );
  // A weekday inside the relative clause of the talk dates it.
  const talk = datedLines(
    "وأوضح الرئيس البرازيلي ميشال تامر في بيان أن الحديث الذي دار بينه وبين رئيس الوزراء الياباني شينزو آبي، الإثنين، كان وديا.",
    "2018-06-13",
  );
  assert.ok(
    talk.some((l) => l.startsWith("CONSULT") && l.includes("2018-06-11")),
    talk.join("\n"),
  );
});
