// A meeting told as the purpose of a trip still to come (purpose-future.ts, round 61).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a meeting after ل of purpose, served by a verb in س, is planned with the trip: one AGREE future", () => {
  assert.deepEqual(eventLines("وسيسافر وزير الخارجية الياباني إلى نيودلهي للقاء نظيره الهندي."), [
    "AGREE JPN>IND future",
  ]);
});

test("the trip told as done keeps its meeting told as held", () => {
  assert.deepEqual(eventLines("ووصل وزير الخارجية الياباني إلى نيودلهي للقاء نظيره الهندي."), [
    "CONSULT JPN>IND asserted",
  ]);
});

test("a future verb of another clause, past a speech verb, does not reach the meeting", () => {
  const lines = eventLines("وسيعلن الوزير خطته غدا، وقال إنه توجه إلى نيودلهي أمس للقاء نظيره الهندي.");
  assert.ok(!lines.some((l) => l.startsWith("CONSULT") && !l.endsWith("asserted")), lines.join("; "));
});
