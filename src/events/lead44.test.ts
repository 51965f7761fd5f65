// The forty-fourth round's lead readings (docs/EVENTS.md, "Forty-fourth pass: the lead's …", branch lead44).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a day in digits after the article's stretch (الـ14) is a day of the month", () => {
  assert.deepEqual(
    datedLines("وأعلنت الكويت في الـ3 من يونيو/حزيران 2017 قطع علاقاتها مع إيران.", "2018-01-10"),
    ["SANCTION KWT>IRN 2017-06-03"],
  );
  // Without a month after it, the number is a count (`الأيام الـ16`), no date: the publication dates it.
  assert.deepEqual(datedLines("وقطعت الكويت علاقاتها مع إيران خلال الأيام الـ16 الماضية.", "2018-01-10"), [
    "SANCTION KWT>IRN 2018-01-10",
  ]);
});

test("a state opening an embassy, by the verb as by the noun, is diplomatic support", () => {
  assert.deepEqual(eventLines("وافتتحت كوريا الجنوبية سفارتها لدى الفاتيكان رسميا."), [
    "SUPPORT KOR>VAT asserted",
  ]);
  assert.deepEqual(eventLines("وأعادت الإمارات فتح سفارتها لدى سوريا بعد سنوات من القطيعة."), [
    "SUPPORT ARE>SYR asserted",
  ]);
  // Opening something else near an embassy is no act between states.
  assert.deepEqual(eventLines("وافتتح وزير الثقافة الكوري معرضا للفنون قرب مبنى السفارة."), []);
});
