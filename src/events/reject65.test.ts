// Refusals dated past a span of detention (branch reject65, whose reading duplicated precision65's standing_participle in
// since-count.ts; its tests are kept against that one reading). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-06-20";

test("a span after منذ that follows a participle of detention tells how long the person is held, not when the refusal was", () => {
  assert.deepEqual(datedLines("ورفضت طهران الإفراج عن الباحث الفرنسي المعتقل منذ عامين.", day), [
    "REJECT IRN>FRA 2019-06-20",
  ]);
  assert.deepEqual(
    datedLines(
      "وفرضت واشنطن عقوبات على أنقرة بعد رفض الرئيس التركي إطلاق سراح الطيار الأمريكي، المحتجز منذ ثلاث سنوات بتهمة التجسس.",
      day,
    ),
    ["SANCTION USA>TUR 2019-06-20", "REJECT TUR>USA 2019-06-20"],
  );
});

test("without a participle of a lasting state, the counted span still dates an act told in the perfect", () => {
  assert.deepEqual(datedLines("وقطعت البحرين علاقاتها مع قطر منذ عامين.", day), ["SANCTION BHR>QAT 2017"]);
  assert.deepEqual(datedLines("واعتقلت الشرطة الإيرانية الباحث الفرنسي منذ قرابة عامين.", day), [
    "COERCE IRN>FRA 2017",
  ]);
});
