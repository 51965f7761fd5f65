// The forty-fifth round's readings of dates (docs/EVENTS.md, "Forty-fifth pass", branch date45).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-03-14";

test("an act after `بعد يومين من` in a clause with no day of its own is counted back from the page's day", () => {
  // Before: the expulsion took the page's own day, as the measures of that day did.
  assert.deepEqual(datedLines("وتأتي هذه القيود بعد يومين من طرد الجزائر 12 دبلوماسيا فرنسيا.", day), [
    "SANCTION DZA>FRA 2019-03-12",
  ]);
  // A day the clause names before the span is still the base (Sunday the 10th, one day before).
  assert.deepEqual(
    datedLines("استدعت باريس السفير الجزائري الأحد، بعد يوم من طرد الجزائر 12 دبلوماسيا فرنسيا.", day),
    ["ACCUSE FRA>DZA 2019-03-10", "SANCTION DZA>FRA 2019-03-09"],
  );
  // With no span, the act after `بعد` keeps the page's day.
  assert.deepEqual(datedLines("وجاء الإعلان بعد لقاء الوزير الأردني بنظيره الإيراني.", day), [
    "CONSULT JOR>IRN 2019-03-14",
  ]);
});

test("a `من` inside the act's own phrase (سلسلة من الغارات) does not hide the span before it", () => {
  // Before: the scan stopped at the `من` of `سلسلة من` and the strikes took the page's day.
  assert.deepEqual(datedLines("وجاء الإعلان بعد يوم من شن تركيا سلسلة من الغارات على مواقع سورية.", day), [
    "ASSAULT TUR>SYR 2019-03-13",
  ]);
  // A day named after the span dates the act itself.
  assert.deepEqual(datedLines("وجاء الإعلان بعد يوم من لقاء الوزير الأردني بنظيره الإيراني الثلاثاء.", day), [
    "CONSULT JOR>IRN 2019-03-12",
  ]);
});
