// The fifty-fifth round's readings of meetings, calls and talks (branch consult55).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a people's plural after a possessed plural of counterparts names their state", () => {
  // Before: `الروس`، `الأتراك` after `نظرائهم` were a people, no party, and the call had no other side.
  assert.deepEqual(eventLines("واتصل العسكريون البرازيليون بنظرائهم الروس مساء الأحد لتفادي أي حادث."), [
    "CONSULT BRA>RUS asserted",
  ]);
  assert.deepEqual(eventLines("والتقى الدبلوماسيون اليابانيون نظراءهم الأتراك في أنقرة يوم الخميس."), [
    "CONSULT JPN>TUR asserted",
  ]);
  // Alone, the people's plural is still a people (`الروس` of a street), not a state.
  assert.deepEqual(eventLines("والتقى الدبلوماسيون اليابانيون بالسياح الروس في المطار."), []);
});

test("the masculine plural of a verb of talks or a call is a consultation", () => {
  // Before: the generator leaves out `اتصلوا`، `اجتمعوا`، `تحدثوا`، `تشاوروا`، `تفاوضوا`.
  assert.deepEqual(
    eventLines("لكن الضباط البرازيليين في القاعدة اتصلوا بنظرائهم الأرجنتينيين للسؤال عن الطائرة."),
    ["CONSULT BRA>ARG asserted"],
  );
  assert.deepEqual(
    eventLines("وكان رؤساء البرازيل والأرجنتين وتشيلي قد اجتمعوا الأحد في العاصمة التشيلية."),
    ["CONSULT ARG+BRA+CHL> asserted"],
  );
  assert.deepEqual(eventLines("وقال الوزير إن كبار مسؤولي الخارجية اليابانية تحدثوا مع الهند حول الأزمة."), [
    "CONSULT JPN>IND asserted",
  ]);
  assert.deepEqual(eventLines("وأضاف أن المسؤولين البرازيليين تفاوضوا مع نظرائهم الأرجنتينيين طوال الليل."), [
    "CONSULT BRA>ARG asserted",
  ]);
});

test("the plural of بحث and ناقش needs its partner after مع", () => {
  // `يبحثون اعتماد`: officials weighing a step among themselves; `ناقشوا سرا`: each side's own deliberation.
  assert.deepEqual(
    eventLines("وقال مسؤولون يابانيون إنهم يبحثون اعتماد البرازيل والأرجنتين سوقين بديلتين."),
    [],
  );
  assert.deepEqual(eventLines("وقال إن المسؤولين اليابانيين ناقشوا مع نظرائهم البرازيليين ملف التجارة."), [
    "CONSULT JPN>BRA asserted",
  ]);
});

test("a verb of meeting or call after a title is no name", () => {
  // Before: `اتصل`، `اجتمع`، `تشاور` after `وزير الدفاع البرازيلي` were read as his name.
  assert.deepEqual(eventLines("وقال المتحدث إن وزير الدفاع البرازيلي اتصل بنظيره الأرجنتيني صباح الأحد."), [
    "CONSULT BRA>ARG asserted",
  ]);
  assert.deepEqual(
    eventLines("وقال المتحدث إن وزير الدفاع البرازيلي اجتمع مع نظيره الأرجنتيني صباح الأحد."),
    ["CONSULT BRA>ARG asserted"],
  );
  assert.deepEqual(
    eventLines("وقال المتحدث إن وزير الدفاع البرازيلي تشاور مع نظيره الأرجنتيني صباح الأحد."),
    ["CONSULT BRA>ARG asserted"],
  );
});

test("a visit's relative clause past its phrase dates it", () => {
  // Before: the pronoun had to follow the noun, and the visit took the day of the sentence's other act.
  assert.deepEqual(
    datedLines(
      "وصل رئيس الوزراء الياباني، الجمعة، إلى الهند، بالتزامن مع انتهاء زيارة الرئيس البرازيلي جايير بولسونارو إلى الهند، التي بدأت في 20 مارس الماضي.",
      "2019-04-05",
    ),
    ["CONSULT JPN>IND 2019-04-05", "CONSULT BRA>IND 2019-03-20"],
  );
  assert.deepEqual(
    datedLines("وجاء القرار بعد زيارة وزير الخارجية الهندي إلى اليابان التي جرت في 3 مارس.", "2019-04-05"),
    ["CONSULT IND>JPN 2019-03-03"],
  );
  // A relative clause of another verb leaves the visit dated as before.
  assert.deepEqual(
    datedLines("وكتب الرئيس البرازيلي الخميس عن زيارته إلى اليابان التي وصفها بالناجحة.", "2019-04-05"),
    ["CONSULT BRA>JPN 2019-04-04"],
  );
});

test("a call with no partner of its own, told as the setting of an act, is held between that act's sides", () => {
  // Before: `في اتصال هاتفي` had no recipient (or took the counterpart as its caller) and gave no event.
  assert.deepEqual(eventLines("وهنأ الرئيس البرازيلي نظيره الأرجنتيني على فوزه في اتصال هاتفي مساء الأحد."), [
    "SUPPORT BRA>ARG asserted",
    "CONSULT BRA>ARG asserted",
  ]);
  // A call with no act told before it stays no event.
  assert.deepEqual(eventLines("وقال الرئيس البرازيلي إنه يأمل في اتصال هاتفي قريب."), []);
});

test("a date after another meeting's verb of being held is not the visit's", () => {
  // Before: the visit took the date of the meeting it spoke of, 7 May.
  assert.deepEqual(
    datedLines(
      "وتحدث وزير الخارجية الهندي، في مستهل زيارته لطوكيو، عن اجتماع يعقد في السابع من مايو بين الهند واليابان.",
      "2019-04-05",
    ),
    ["CONSULT IND>JPN 2019-04-05"],
  );
  // The meeting's own schedule still dates it.
  assert.deepEqual(
    datedLines(
      "وقال المتحدث إن اجتماعا بين الرئيس البرازيلي ونظيره الأرجنتيني من المقرر أن ينعقد في مايو المقبل.",
      "2019-04-05",
    ),
    ["AGREE BRA>ARG 2019-05"],
  );
});
