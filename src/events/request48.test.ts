// The forty-eighth round's readings of demands, appeals and endorsements (docs/EVENTS.md, "Forty-eighth pass",
// branch request48). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a verbal noun's bare day within a month after publication is this year's", () => {
  // Before: 2017-04-12, the year before, as for an act a verb tells as done.
  assert.deepEqual(
    datedLines("وقال الوزير إن إيطاليا فخورة بافتتاح سفارتها لدى العراق في 12 أبريل.", "2018-03-28"),
    ["SUPPORT ITA>IRQ 2018-04-12"],
  );
  // A verb in the perfect tells the act as done: the day stays last year's.
  assert.deepEqual(
    datedLines("وقال الوزير إن إيطاليا افتتحت سفارتها لدى العراق في 12 أبريل.", "2018-03-28"),
    ["SUPPORT ITA>IRQ 2017-04-12"],
  );
});

test("a state that calls another's act progress or a positive step endorses it", () => {
  // Before: no event; the judging frames read only charges.
  assert.deepEqual(
    eventLines(
      'واعتبرت اليابان إعلان الصين تخفيف القيود على الصادرات "خطوة إيجابية" في العلاقات بين البلدين.',
    ),
    ["SUPPORT JPN>CHN asserted"],
  );
  assert.deepEqual(
    eventLines('ووصف وزير الخارجية الكندي عودة المكسيك إلى طاولة المفاوضات بأنها "تطور إيجابي".'),
    ["SUPPORT CAN>MEX asserted"],
  );
  // A step judged with no word of approval is no endorsement.
  assert.deepEqual(
    eventLines(
      'واعتبرت اليابان إعلان الصين تخفيف القيود على الصادرات "خطوة مفاجئة" في العلاقات بين البلدين.',
    ),
    [],
  );
});
