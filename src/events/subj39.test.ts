// The thirty-ninth round's readings of subjects that are collective or dual (docs/EVENTS.md,
// "Thirty-ninth pass", branch subj39). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("people counted for their states (السفراء الأربعة) stand for the four states named before", () => {
  const named = "ووقع الرسالة سفراء الأردن وتونس والجزائر والكويت في باريس.";
  // Before: the masculine verb took the phrase for its object, and the subject was lost.
  assert.deepEqual(coded(`${named} وانتقد السفراء الأربعة سياسة طهران في المنطقة.`), [
    "ACCUSE DZA+JOR+KWT+TUN>IRN asserted",
  ]);
  // A state's own name right after a masculine verb is still its object, not its subject.
  assert.deepEqual(coded(`${named} ووصف إيران بأنها مصدر التوتر في المنطقة.`), []);
});
