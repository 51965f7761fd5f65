// The fifty-third round's readings of acts told in background (docs/EVENTS.md, "Fifty-third pass", branch
// past53). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a phrase of 'at that time' next to an act's verb makes it background, undated", () => {
  // Before: the denial, the charge it denies and the warning took the publication day.
  assert.deepEqual(datedLines("ونفت سوريا في ذلك الحين الاتهامات الفرنسية بشأن الهجوم.", "2018-06-10"), [
    "REJECT SYR>FRA null",
    "ACCUSE FRA>SYR null",
  ]);
  assert.deepEqual(
    datedLines("وحذرت اليابان في تلك الفترة كوريا الشمالية من إجراء تجربة صاروخية.", "2018-06-10"),
    ["THREATEN JPN>PRK null"],
  );
  assert.deepEqual(datedLines("وطردت اليونان دبلوماسيين روسيين حينئذ.", "2018-06-10"), [
    "SANCTION GRC>RUS null",
  ]);
  // Without the phrase the act is of the publication day.
  assert.deepEqual(datedLines("وحذرت اليابان كوريا الشمالية من إجراء تجربة صاروخية.", "2018-06-10"), [
    "THREATEN JPN>PRK 2018-06-10",
  ]);
});

test("an act after a sentence's opening past year, in a clause with no date, is background, undated", () => {
  // Before: the attacks reported in the 2016 finding took the publication day.
  assert.deepEqual(
    datedLines(
      "وفي عام 2016، خلص تقرير للمخابرات البريطانية إلى أن روسيا شنت هجمات إلكترونية على ألمانيا.",
      "2018-06-10",
    ),
    ["COERCE RUS>DEU null"],
  );
  // The year still dates the act of its own clause; a year of publication opens no background.
  assert.deepEqual(datedLines("وفي عام 2016 قصفت روسيا مواقع في سوريا.", "2018-06-10"), [
    "ASSAULT RUS>SYR 2016",
  ]);
  assert.deepEqual(
    datedLines(
      "وفي عام 2018، خلص تقرير للمخابرات البريطانية إلى أن روسيا شنت هجمات إلكترونية على ألمانيا.",
      "2018-06-10",
    ),
    ["COERCE RUS>DEU 2018-06-10"],
  );
});

test("a planned meeting with no date takes the date the next sentence gives when it retells the meeting", () => {
  // Before: the planned meeting took the publication day.
  assert.deepEqual(
    datedLines(
      "ومن المقرر أن يجتمع الرئيس الإيراني مع نظيره الروسي. وأوضحت موسكو أن القمة ستعقد في سوتشي يوم 20 أكتوبر.",
      "2018-06-10",
    ),
    ["AGREE IRN>RUS 2018-10-20"],
  );
  // A meeting the next sentence tells as held is another telling: the planned one keeps the publication day.
  assert.deepEqual(
    datedLines(
      "ومن المقرر أن يجتمع الرئيس الإيراني مع نظيره الروسي. وأوضحت موسكو أن القمة عقدت في سوتشي يوم 20 أكتوبر.",
      "2018-06-10",
    ),
    ["AGREE IRN>RUS 2018-06-10"],
  );
});

test("a past-time phrase between commas makes the act of its sentence background, undated", () => {
  // Before: the comma after the phrase cut it from the act, which took the publication day.
  assert.deepEqual(datedLines("وأعربت الخارجية الصينية، آنذاك، عن رفضها للعقوبات الأمريكية.", "2018-06-10"), [
    "REJECT CHN>USA null",
  ]);
  assert.deepEqual(datedLines("ورفضت الصين، حينها، الاقتراح الأمريكي.", "2018-06-10"), [
    "REJECT CHN>USA null",
  ]);
  // Without the aside the refusal is of the publication day.
  assert.deepEqual(datedLines("ورفضت الصين الاقتراح الأمريكي.", "2018-06-10"), ["REJECT CHN>USA 2018-06-10"]);
});
