// A measure's noun after a word of topic, joined by أو to its alternative, is a choice spoken of and no act
// (standing-topic.ts choiceTopic, cue choice_or; branch sanction61). Sentences written for the test in the style of
// Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a withdrawal told as one of two choices after a topic word is no act", () => {
  assert.deepEqual(
    eventLines(
      "وقال ترامب للصحفيين إنه سيعلن الخميس قراره بشأن الانسحاب أو البقاء طرفا في الاتفاق النووي الموقع مع إيران.",
    ),
    [],
  );
  assert.deepEqual(
    eventLines("وتنتظر الأسواق قرار ترامب بشأن الانسحاب من الاتفاق النووي الموقع مع إيران أو تعديله."),
    [],
  );
});

test("the same withdrawal told without its alternative is still read", () => {
  assert.deepEqual(
    eventLines("وقال ترامب للصحفيين إنه سيعلن الخميس قراره بشأن الانسحاب من الاتفاق النووي الموقع مع إيران."),
    ["SANCTION USA>IRN future"],
  );
  assert.deepEqual(eventLines("وتنتظر الأسواق قرار ترامب بشأن الانسحاب من الاتفاق النووي الموقع مع إيران."), [
    "SANCTION USA>IRN future",
  ]);
});

test("أو past the measure's own clause joins no alternative to it", () => {
  assert.deepEqual(eventLines("وقررت كندا طرد الدبلوماسيين الإيرانيين، أو هكذا قالت صحيفة محلية."), [
    "SANCTION CAN>IRN asserted",
  ]);
});
