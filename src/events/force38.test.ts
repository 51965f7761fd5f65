// The thirty-eighth pass's readings of force and pressure (notes section "Thirty-eighth pass", branch
// force38). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** Each event of the text, put out at `published`, as `TYPE ACTOR>RECIPIENT DATE`. */
function dated(text: string, published = "Wed, 15 Aug 2018 12:00:00 GMT"): string[] {
  return analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.date}`;
  });
}

test("a counted span after منذ dates an act told in the perfect", () => {
  // Before: COERCE IRN>GBR 2018-08-15, the day of publication.
  assert.deepEqual(dated("واعتقلت إيران الباحثة البريطانية في مطار طهران منذ 3 أشهر بتهمة التجسس."), [
    "COERCE IRN>GBR 2018-05",
  ]);
  // A word of about before the count is part of the span.
  assert.deepEqual(dated("واعتقلت السلطات المصرية الصحفي الكندي في القاهرة منذ قرابة عامين."), [
    "COERCE EGY>CAN 2016",
  ]);
  // An imperfect tells a state that began then: منذ stays "since", the act has the report's day.
  assert.deepEqual(dated("وتحاصر القوات الروسية الموانئ الأوكرانية منذ قرابة عامين."), [
    "COERCE RUS>UKR 2018-08-15",
  ]);
});

test("منذ before a named time, or a span after a word that opens an earlier act, does not date the act", () => {
  // منذ أوائل العام الجاري names a time, not how long ago.
  assert.deepEqual(dated("وقطعت البحرين علاقاتها مع قطر منذ أوائل العام الجاري."), [
    "SANCTION BHR>QAT 2018-08-15",
  ]);
  // The span after ردا على tells the time of the act answered, not of the strike.
  assert.deepEqual(dated("وقصفت إسرائيل مواقع في سوريا ردا على هجوم في الجولان منذ أسبوع."), [
    "ASSAULT ISR>SYR 2018-08-15",
  ]);
});

test("a word of about between قبل and its count keeps the span a date", () => {
  assert.deepEqual(dated("وكانت السعودية قد طردت السفير الكندي قبل نحو شهرين."), [
    "SANCTION SAU>CAN 2018-06",
  ]);
});

test("a death told with the fire that caused it: the killer after the fire word, the dead before it", () => {
  // Before: no event (the verb read as active, its subject the dead).
  assert.deepEqual(dated("قتل جنديان سوريان بنيران الجيش التركي قرب الحدود الشمالية."), [
    "ASSAULT TUR>SYR 2018-08-15",
  ]);
  // Past the lead, with its day in its clause.
  assert.deepEqual(
    dated(
      "وتوترت الأوضاع على الحدود هذا الأسبوع. ولقي صياد فلسطيني حتفه برصاص البحرية الإسرائيلية يوم الاثنين.",
    ),
    ["ASSAULT ISR>PSE 2018-08-13"],
  );
  // A death told with no fire word names no killer.
  assert.deepEqual(dated("قتل جنديان سوريان قرب الحدود التركية."), []);
});

test("a tally since a start, or a death of no day told past the lead, is no act of one day", () => {
  assert.deepEqual(
    dated(
      "وتوترت الأوضاع على الحدود هذا الأسبوع. وقتل 50 فلسطينيا برصاص القوات الإسرائيلية منذ بدء الاحتجاجات.",
    ),
    [],
  );
  const said =
    "وتوترت الأوضاع على الحدود هذا الأسبوع. وقال مسؤولون إن 12 فلسطينيا قتلوا برصاص القوات الإسرائيلية";
  assert.deepEqual(dated(`${said}.`), []);
  // The same death with its day is that day's act.
  assert.deepEqual(dated(`${said} يوم الجمعة.`), ["ASSAULT ISR>PSE 2018-08-10"]);
});

test("state forces right after قتلت kill the party after them", () => {
  assert.deepEqual(dated("قتلت القوات التركية 3 جنود سوريين قرب عفرين."), ["ASSAULT TUR>SYR 2018-08-15"]);
  // No forces after the verb: a passive, whose subject is the dead.
  assert.deepEqual(dated("قتلت امرأة سورية في قصف قرب عفرين."), []);
  // A tally since a start is no act of one day, in the lead too.
  assert.deepEqual(dated("ومنذ يونيو قتلت القوات التركية 30 جنديا سوريا قرب عفرين."), []);
});

test("an act right after منذ is a clause of its own, its subject after it", () => {
  // Before: ASSAULT GRC+TUR>TUR, the states of the main clause read as the downing's actors.
  assert.deepEqual(
    dated(
      "ولم تقع اشتباكات مباشرة بين اليونان وتركيا منذ أسقطت المقاتلات التركية طائرة يونانية فوق بحر إيجه عام 1996.",
    ),
    ["ASSAULT TUR>GRC 1996"],
  );
  // A counted span after منذ is no clause: the act before it keeps its sides.
  assert.deepEqual(dated("وأسقطت المقاتلات التركية طائرة يونانية فوق بحر إيجه منذ 3 أشهر."), [
    "ASSAULT TUR>GRC 2018-05",
  ]);
});
