// The fifty-fifth round's readings of dates (branch past55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

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
