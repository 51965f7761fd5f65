// An act told by its verbal noun after a noun of need is still to come (needed-act.ts, branch future59).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a meeting the speaker calls needed is an AGREE to come, not a CONSULT held", () => {
  // Before: CONSULT asserted, a summit told as held.
  assert.deepEqual(
    eventLines("وأكد الرئيس الفرنسي ضرورة عقد قمة مع نظيره الجزائري قبل نهاية العام.", "modality"),
    ["AGREE FRA>DZA future"],
  );
});

test("a meeting told as held, with no noun of need before it, keeps its reading", () => {
  assert.deepEqual(eventLines("وعقد الرئيس الفرنسي قمة مع نظيره الجزائري في باريس.", "modality"), [
    "CONSULT FRA>DZA asserted",
  ]);
});
