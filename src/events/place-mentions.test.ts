// A state that only locates a place next to it, or whose fate is spoken of, is no side (place-mentions.ts,
// branch precision61). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state on ل after an adjective of lying next to locates a place and is no side", () => {
  // Before: AGREE SYR>JOR (a pledge to retake villages near Jordan read as a promise to Jordan).
  assert.deepEqual(
    eventLines("وتعهد الرئيس السوري باستعادة السيطرة على القرى المتاخمة للأردن خلال أسابيع."),
    [],
  );
});

test("troops massed on the border next to a state keep that state as the side", () => {
  assert.deepEqual(eventLines("وحشدت تركيا قواتها على الحدود المتاخمة لسوريا."), [
    "MOBILIZE TUR>SYR asserted",
  ]);
});

test("a state whose fate is spoken of is no side of the act", () => {
  assert.deepEqual(eventLines("وبحث الوزيران مصير سوريا بعد انتهاء الحرب."), []);
  // The warning's addressee stays its side; the state it is told it may end like is not one.
  assert.deepEqual(
    eventLines("وحذر المسؤول الأمريكي فنزويلا من مواجهة مصير العراق إذا واصلت قمع المعارضة."),
    ["THREATEN USA>VEN asserted"],
  );
});
