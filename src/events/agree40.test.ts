// The fortieth round's readings of cooperative acts (branch agree40, section "Fortieth pass: deals told
// as made before"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2018-07-11";

test("a deal its relative clause tells as made (الاتفاق الذي وقعته) is background, undated", () => {
  // Before: the page's day dated a deal made before the news.
  // The deal told as signed is the signing, SUPPORT (docs/gold-format.md "Signings"; branch deal48).
  assert.deepEqual(datedLines("وينص الاتفاق الذي وقعته ألمانيا وإيطاليا مع ليبيا على ضبط الهجرة.", day), [
    "SUPPORT DEU+ITA>LBY null",
  ]);
  assert.deepEqual(datedLines("وتأتي الطائرات ضمن صفقة الأسلحة التي أبرمتها فرنسا وقطر.", day), [
    "COOPERATE FRA+QAT> null",
  ]);
  // A deal signed on a day the sentence names keeps that day.
  assert.deepEqual(datedLines("ووقعت مصر والسودان الأحد اتفاقية لتقاسم مياه النهر.", day), [
    "SUPPORT EGY+SDN> 2018-07-08",
  ]);
});

test("a deal whose relative clause is in the imperfect is not read as made before", () => {
  // The deal still under talks keeps the page's day.
  assert.deepEqual(datedLines("وتأتي الطائرات ضمن صفقة الأسلحة التي تبحثها فرنسا وقطر.", day), [
    "COOPERATE FRA+QAT> 2018-07-11",
  ]);
  // A deal told with no relative clause keeps it too.
  assert.deepEqual(datedLines("وتأتي الطائرات ضمن صفقة الأسلحة بين فرنسا وقطر.", day), [
    "COOPERATE FRA>QAT 2018-07-11",
  ]);
});
