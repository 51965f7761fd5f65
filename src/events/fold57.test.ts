// Acts of one type and pair in an article (fifty-seventh pass): a dated act of the news is not folded
// into an undated background act of the same pair; a noun naming that act, and one meeting told again,
// still are. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient date`, in text order. */
const coded = (text: string, published = "2018-07-14") =>
  analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.date ?? "-"}`;
  });

test("an act of the news is not folded into an undated background act of the pair", () => {
  assert.deepEqual(
    coded("وشنت تركيا في السابق ضربات جوية داخل العراق. وقالت تركيا إنها قصفت مواقع داخل العراق."),
    ["ASSAULT TUR>IRQ -", "ASSAULT TUR>IRQ 2018-07-14"],
  );
});

test("a noun naming the background act still retells it", () => {
  assert.deepEqual(
    coded("وشنت تركيا في السابق ضربات جوية داخل العراق. وأثارت الضربات التركية على العراق انتقادات واسعة."),
    ["ASSAULT TUR>IRQ -"],
  );
});
