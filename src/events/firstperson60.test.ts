// The sixtieth round's reading of first person verbs of condemning and backing inside a quote (branch
// firstperson60, cue we_praise in lexicons/cues.tsv; ندعم and نساند in the SUPPORT row of triggers.tsv).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a quoted first person backing verb is the speaker's support of the state after it", () => {
  // Before: ندعم and نساند were no trigger at all.
  assert.deepEqual(eventLines('وقال وزير الخارجية المغربي: "ندعم تونس في مواجهة الأزمة الاقتصادية"'), [
    "SUPPORT MAR>TUN asserted",
  ]);
  assert.deepEqual(eventLines('وقالت وزيرة الخارجية الكندية: "نحن نساند الأردن بلا تردد"'), [
    "SUPPORT CAN>JOR asserted",
  ]);
  // The state in the object (جهود قطر) is the one backed.
  assert.deepEqual(eventLines('وقال وزير الخارجية الإيطالي: "ندعم جهود قطر للوساطة"'), [
    "SUPPORT ITA>QAT asserted",
  ]);
});

test("a quoted first person condemnation, after a speech verb that names no speaker, is the speaker of the sentence before", () => {
  // Before: no event (the speaker was not carried to a verb left unread as first person).
  assert.deepEqual(
    eventLines(
      'وقال وزير الخارجية العماني: "نتابع التطورات بقلق بالغ". وأضاف: "ندين بشدة الاعتداءات الإسرائيلية المتكررة"',
    ),
    ["ACCUSE OMN>ISR asserted"],
  );
  // Before: the bombing's doer accused the state bombed. Now the speaker accuses the doer (the state
  // bombed still stands beside it as a recipient in this shape: a known limit, not asserted here).
  assert.match(
    eventLines(
      'وقال وزير الخارجية العماني: "نتابع التطورات بقلق بالغ". وأضاف: "ندين بشدة القصف الإسرائيلي على لبنان"',
    ).join("\n"),
    /ACCUSE OMN>ISR/,
  );
  assert.deepEqual(
    eventLines(
      'وقال وزير الخارجية الكويتي: "نراقب الوضع عن كثب". وتابع: "نستنكر التصريحات الإيرانية الأخيرة"',
    ),
    ["ACCUSE KWT>IRN asserted"],
  );
});

test("a quoted first person verb with no speaker found is no event", () => {
  assert.deepEqual(eventLines('وأضاف: "ندعم لبنان في محنته"'), []);
  assert.deepEqual(eventLines('وتابع: "نشجب الهجوم الروسي على أوديسا"'), []);
});

test("a quoted accusation of a third party names that party, not the one its victims belong to", () => {
  // ندين … الهجمات الحوثية على السعودية: the speaker condemns the attack, the state hit is no one accused.
  assert.doesNotMatch(
    eventLines(
      'وقالت الخارجية الأمريكية في بيان: "ندين بشدة الهجمات الحوثية على عدة مدن في المملكة العربية السعودية"',
    ).join("\n"),
    /ACCUSE USA>SAU/,
  );
});

test("a quoted first person stand beside a state is the speaker's support of it", () => {
  // Before: نقف إلى جانب and نتضامن مع were no trigger (نقف مع was).
  assert.deepEqual(eventLines('وقال رئيس الوزراء اليوناني: "نقف إلى جانب قبرص في هذه الظروف"'), [
    "SUPPORT GRC>CYP asserted",
  ]);
  assert.deepEqual(eventLines('وقالت وزيرة الخارجية الإسبانية: "نتضامن مع المغرب بعد الزلزال"'), [
    "SUPPORT ESP>MAR asserted",
  ]);
  assert.deepEqual(eventLines('وأضاف: "نقف إلى جانب قبرص"'), []);
});
