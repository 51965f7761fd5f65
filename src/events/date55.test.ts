// The fifty-fifth round's readings of dates (branch past55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, datedLines } from "../../test/helpers.ts";

const day = "2019-03-14"; // a Thursday

test("a relative clause's date with no comma before the act is not the act's once قد opens the predicate", () => {
  assert.deepEqual(
    datedLines(
      "ونقلت الصحيفة عن مصادر إن الصواريخ التي اشترتها اليونان قبل عشرين عاما قد استخدمت أثناء التدريبات الجوية المشتركة بين الجيش المصري واليوناني.",
      day,
    ),
    ["COOPERATE EGY>GRC 2019-03-14"],
  );
  // The act told inside the relative clause keeps that clause's date.
  assert.deepEqual(
    datedLines("وقال الوزير إن اليونان التي وقعت عام 2016 اتفاقية تعاون مع مصر قد استفادت كثيرا.", day),
    ["SUPPORT GRC>EGY 2016"],
  );
});

/** Each event of the text, put out at `published` (a header time), as `TYPE ACTOR>RECIPIENT DATE`. */
function dated(text: string, published: string): string[] {
  return analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.date}`;
  });
}

test("past the lead of an early page, a person's charge or demand told as done is of the news's day", () => {
  const early = "Sun, 15 Apr 2018 04:30:00 GMT";
  const lead = "وقالت الشرطة مساء السبت إن الطرق أغلقت. وأغلقت المدارس. وتوقفت الرحلات. وأغلقت المتاجر. ";
  assert.deepEqual(dated(`${lead}واتهم رئيس الوزراء الهندي ناريندرا مودي باكستان بدعم المسلحين.`, early), [
    "ACCUSE IND>PAK 2018-04-14",
  ]);
  // A state or a body told as the actor past the lead keeps the page's day: often a stand of days before.
  assert.deepEqual(dated(`${lead}واتهمت الهند باكستان بدعم المسلحين.`, early), ["ACCUSE IND>PAK 2018-04-15"]);
  // The same page put out in the afternoon keeps its own day.
  assert.deepEqual(
    dated(
      `${lead}واتهم رئيس الوزراء الهندي ناريندرا مودي باكستان بدعم المسلحين.`,
      "Sun, 15 Apr 2018 14:30:00 GMT",
    ),
    ["ACCUSE IND>PAK 2018-04-15"],
  );
});

test("an act told after في and a decade (في التسعينيات، في أواخر الثمانينيات) is background, undated", () => {
  assert.deepEqual(datedLines("وفي أواخر الثمانينيات، زار الرئيس المصري الولايات المتحدة.", day), [
    "CONSULT EGY>USA null",
  ]);
  assert.deepEqual(
    datedLines("وفي التسعينيات، ساهم السفير في تطبيع علاقات اليابان مع كوريا الجنوبية.", day),
    ["SUPPORT JPN>KOR null"],
  );
  // With no decade the act is of the page's day.
  assert.deepEqual(datedLines("وزار الرئيس المصري الولايات المتحدة.", day), ["CONSULT EGY>USA 2019-03-14"]);
});
