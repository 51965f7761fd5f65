// The fifty-second round's readings of force (docs/EVENTS.md, "Fifty-second pass", branch assault52). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an attack carried by شن or تنفيذ after a verb of seeking is sought, not told as done", () => {
  // Before: each was an attack told as done.
  assert.deepEqual(eventLines("وقالت مصادر إن إثيوبيا تسعى لشن هجوم على القوات الإريترية قرب الحدود."), []);
  assert.deepEqual(
    eventLines("وقالت مصادر إن إثيوبيا تسعى إلى شن هجوم على القوات الإريترية قرب الحدود."),
    [],
  );
  assert.deepEqual(eventLines("ويحاول الجيش الهندي تنفيذ ضربات على مواقع باكستانية."), []);
  // The launch told as done, and the ل after a perfect verb of cause, keep the attack.
  assert.deepEqual(eventLines("وقالت مصادر إن إثيوبيا شنت هجوما على القوات الإريترية قرب الحدود."), [
    "ASSAULT ETH>ERI asserted",
  ]);
  assert.deepEqual(
    eventLines("وقالت مصادر إن الدوافع التي دفعت إثيوبيا لشن هجوم على القوات الإريترية ما زالت غامضة."),
    ["ASSAULT ETH>ERI asserted"],
  );
});

test("a verb of trying is a verb of seeking: a meeting it governs is sought, not held", () => {
  // Before: a meeting told as held (CONSULT asserted).
  assert.deepEqual(eventLines("وقالت الوكالة إن البرازيل تحاول عقد اجتماع مع الأرجنتين."), [
    "AGREE BRA>ARG future",
  ]);
  // A meeting held stays a meeting.
  assert.deepEqual(eventLines("وقالت الوكالة إن البرازيل عقدت اجتماعا مع الأرجنتين."), [
    "CONSULT BRA>ARG asserted",
  ]);
});
