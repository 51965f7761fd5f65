// Parties and modality of meetings (docs/EVENTS.md, "Eleventh pass: meetings across commas and
// schedules"): a time phrase set between commas after an opening setting (`وبعد اللقاء مع …، مساء
// الخميس، أعلن …`). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const found: Array<[string, string, string, string]> = [
  // Batch 1: the time phrase between commas is an aside; the setting's holder follows its second comma.
  [
    "وبعد الاجتماع مع الرئيس الصيني شي جين بينغ، مساء الخميس، أعرب الرئيس الروسي فلاديمير بوتين عن ارتياحه للنتائج.",
    "CONSULT",
    "RUS",
    "CHN",
  ],
];

for (const [text, type, actor, recipient] of found) {
  test(`recall 11: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

// Guard: a comma-enclosed phrase that is not a time phrase is not skipped (the word two after it is no
// holder of the meeting).
test("recall 11: a non-time aside after the setting does not move the holder", () => {
  const got = eventSides(
    "وبعد الاجتماع مع الرئيس الصيني شي جين بينغ، وهو الأول منذ سنوات طويلة، أعرب الرئيس الروسي فلاديمير بوتين عن ارتياحه.",
  );
  assert.ok(
    !got.some((g) => g.type === "CONSULT" && g.actor === "RUS" && g.recipient === "CHN"),
    JSON.stringify(got),
  );
});
