// Trigger vocabulary, eleventh pass (docs/EVENTS.md, "Eleventh pass: trigger words and senses
// missing"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient`, states sorted. */
const coded = (text: string) => eventLines(text, "states");

test("ضمت … شبه جزيرة القرم: annexing another state's territory is a seizure (COERCE)", () => {
  assert.deepEqual(coded("وفي عام 2014 ضمت روسيا شبه جزيرة القرم الأوكرانية."), ["COERCE RUS>UKR"]);
  assert.deepEqual(coded("وتقول كييف إن موسكو تضم أراضي أوكرانية منذ سنوات."), ["COERCE RUS>UKR"]);
});

test("ضم in its sense 'include, bring together' is no event", () => {
  // Guard: a delegation or a group that includes states (يضم، تضم) names no territory after it.
  assert.deepEqual(coded("وتضم المجموعة روسيا وأوكرانيا وبيلاروسيا منذ عام 1991."), []);
  assert.deepEqual(
    coded("وضم الوفد الروسي الذي زار أوكرانيا نحو عشرين خبيرا.").filter((e) => e.startsWith("COERCE")),
    [],
  );
});
