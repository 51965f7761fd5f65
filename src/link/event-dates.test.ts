import assert from "node:assert/strict";
import { test } from "node:test";
import { bestDate, tallyDate } from "./event-dates.ts";
import { meeting } from "./event-fixture.ts";

test("event-dates.ts: a happening's date is the one its reports support best", () => {
  const tally = {};
  // First report: the article's date only; then two reports whose text dates it a day earlier.
  tallyDate(tally, meeting({ date: "2026-03-11" }));
  assert.deepEqual(bestDate(tally), { date: "2026-03-11", text: null });
  tallyDate(tally, meeting({ date: "2026-03-10", date_text: "الثلاثاء" }));
  assert.deepEqual(bestDate(tally), { date: "2026-03-10", text: "الثلاثاء" }, "an explicit date wins");
  tallyDate(tally, meeting({ date: "2026-03-12", date_text: "الخميس" }));
  assert.equal(bestDate(tally)?.date, "2026-03-10", "a tie goes to the earliest");
  tallyDate(tally, meeting({ date: "2026-03-12", date_text: "يوم الخميس" }));
  assert.deepEqual(bestDate(tally), { date: "2026-03-12", text: "الخميس" }, "the most reported");
  tallyDate(tally, meeting({ date: null }));
  assert.equal(bestDate(tally)?.date, "2026-03-12", "an undated report counts nowhere");
  assert.equal(bestDate({}), null);
});
