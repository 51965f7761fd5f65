// The fifty-third round's readings of sanctions and coercion (branch sanction53). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

const typed = (text: string) =>
  analyzeText(text).events.map(
    (e) =>
      `${e.type} ${e.actor.map((p) => p.country).join("+")}>${e.recipient.map((p) => p.country).join("+")}`,
  );

test("a blockade imposed, told as a noun after a verb of starting or doing, is the measure", () => {
  // Before: بفرض was read as the verb after a preposition and dropped.
  assert.deepEqual(typed("وقامت إريتريا بفرض حصار بري وبحري على جيبوتي بعد الاشتباكات."), ["COERCE ERI>DJI"]);
  // An economic blockade is an embargo: a SANCTION, not the coercion of a siege.
  assert.deepEqual(typed("وشرعت تشاد والنيجر بفرض حصار اقتصادي على ليبيا منذ الصيف الماضي."), [
    "SANCTION TCD+NER>LBY",
  ]);
  // The verb keeps its reading; a blockade only spoken of, with no state imposing it, is no act.
  assert.deepEqual(typed("وتفرض إريتريا حصارا على جيبوتي منذ أشهر."), ["COERCE ERI>DJI"]);
  assert.deepEqual(typed("وقال المحلل إن فرض حصار على جيبوتي لن يغير شيئا."), []);
});

test("an expulsion that names no envoys' state sends away envoys of the state the article's last expulsion named", () => {
  // Before: the lines of the list gave no event, as their clauses name no recipient.
  const list = [
    "لندن، الاثنين (رويترز) - أعلنت الحكومة النمساوية طرد ثلاثة من الدبلوماسيين الإيرانيين.",
    "- بلجيكا: ستطرد دبلوماسيين اثنين.",
    "- السويد: قامت بطرد دبلوماسي واحد.",
  ].join("\n");
  assert.deepEqual(typed(list), ["SANCTION AUT>IRN", "SANCTION BEL>IRN", "SANCTION SWE>IRN"]);
  // An expulsion told alone names no recipient and gives no event.
  assert.deepEqual(typed("- بلجيكا: ستطرد دبلوماسيين اثنين."), []);
  // The expelling state's own envoys are never carried over: an answer does not say whom it answers here.
  const answer = [
    "لندن، الاثنين (رويترز) - قررت الحكومة النمساوية طرد ثلاثة دبلوماسيين إيرانيين.",
    "وردت إيران بطرد ثلاثة دبلوماسيين.",
  ].join("\n");
  assert.deepEqual(typed(answer), ["SANCTION AUT>IRN"]);
  // Nor is a pair that expels each other's envoys given one of its own states.
  assert.deepEqual(
    eventLines(
      "قررت الحكومة النمساوية طرد ثلاثة دبلوماسيين إيرانيين. وطردت كل من الدولتين بعد ذلك دبلوماسيين آخرين.",
    ).filter((l) => l.includes(">IRN")).length,
    1,
  );
});

test("the nisba of the envoys an expulsion sends away is whose they are, never the expeller", () => {
  // Before: with a group of states as the subject (no side), the nisba after the envoys was read as the actor
  // and the state of a solidarity phrase as the recipient.
  assert.deepEqual(
    typed(
      "وقالت المصادر إن 9 دول من دول المنطقة قررت إبعاد دبلوماسيين إيرانيين من أراضيها تضامنا مع الموقف النمساوي.",
    ),
    [],
  );
  // A state named as the subject keeps the act, and the nisba stays the recipient.
  assert.deepEqual(typed("وقررت الحكومة البلجيكية إبعاد دبلوماسيين إيرانيين من أراضيها."), [
    "SANCTION BEL>IRN",
  ]);
  assert.deepEqual(typed("وطردت الحكومة الإيرانية دبلوماسيين نمساويين."), ["SANCTION IRN>AUT"]);
});
