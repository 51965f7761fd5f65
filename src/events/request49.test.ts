// The forty-ninth round's readings of demands, appeals and endorsements (docs/EVENTS.md, "Forty-ninth pass",
// branch request49). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("an embassy opened in Jerusalem told as the news backs Israel; one told as the time of another act is left", () => {
  // Before: no recipient, so no event (the places lexicon gives the city no state).
  assert.deepEqual(datedLines("افتتحت البرازيل سفارتها في القدس يوم الأحد.", "2018-05-15"), [
    "SUPPORT BRA>ISR 2018-05-13",
  ]);
  assert.deepEqual(datedLines("وأعلن السفير البرازيلي رسميا افتتاح سفارة بلاده في القدس.", "2018-05-15"), [
    "SUPPORT BRA>ISR 2018-05-15",
  ]);
  // The opening as the time or the cause of another act is background: no event, as before.
  assert.deepEqual(
    datedLines(
      "وتظاهر آلاف الأتراك أمس بالتزامن مع احتفال إسرائيل بافتتاح السفارة البرازيلية في القدس.",
      "2018-05-15",
    ),
    [],
  );
  assert.deepEqual(
    datedLines("وسقط قتلى في غزة على خلفية افتتاح السفارة البرازيلية في القدس.", "2018-05-15"),
    [],
  );
  // An opening still ahead is a plan, not the act: left as before.
  assert.deepEqual(datedLines("ووصل الوفد الذي سيحضر افتتاح السفارة البرازيلية في القدس.", "2018-05-10"), []);
  // Told again by its noun, the opening is the act told before: one event.
  assert.deepEqual(
    datedLines(
      "افتتحت البرازيل سفارتها في القدس يوم الأحد.\n\nوتناقلت وسائل الإعلام صور افتتاح السفارة البرازيلية في القدس.",
      "2018-05-15",
    ),
    ["SUPPORT BRA>ISR 2018-05-13"],
  );
});
