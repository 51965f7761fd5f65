// The forty-eighth round's readings of demands, appeals and endorsements (docs/EVENTS.md, "Forty-eighth pass",
// branch request48). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

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
