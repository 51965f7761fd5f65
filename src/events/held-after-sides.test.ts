// A meeting noun whose predicate, past its sides, tells talks to come or possible (held-after-sides.ts,
// branch precision61). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("talks between two states that may be held are not told as held", () => {
  // Before: CONSULT EGY>ETH asserted.
  assert.deepEqual(eventLines("وقالت مصادر إن محادثات بين مصر وإثيوبيا قد تعقد في القاهرة.", "modality"), [
    "CONSULT EGY>ETH conditional",
  ]);
  assert.deepEqual(
    eventLines("وأشارت تقارير إلى أن لقاء بين مصر وإثيوبيا يمكن أن يعقد على هامش القمة.", "modality"),
    ["CONSULT EGY>ETH conditional"],
  );
});

test("talks between two states that will be held are planned, and talks held stay held", () => {
  // Before: CONSULT EGY>ETH asserted.
  assert.deepEqual(eventLines("وقالت مصادر إن محادثات بين مصر وإثيوبيا ستعقد في القاهرة.", "modality"), [
    "AGREE EGY>ETH future",
  ]);
  assert.deepEqual(eventLines("وقالت مصادر إن محادثات بين مصر وإثيوبيا عقدت في القاهرة.", "modality"), [
    "CONSULT EGY>ETH asserted",
  ]);
});
