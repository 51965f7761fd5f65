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

// Batch 2: a meeting noun told before `من المقرر أن ينعقد` is scheduled, not held (PLOVER: a meeting
// promised for later is AGREE, future).
test("recall 11: a meeting noun before its schedule is planned", () => {
  const got = eventSides(
    "وقال المتحدث إن اجتماعا بين وزير الخارجية المصري ونظيره الإثيوبي من المقرر أن ينعقد في القاهرة الشهر المقبل.",
  );
  assert.ok(
    got.some((g) => g.type === "AGREE" && [g.actor, g.recipient].sort().join() === "EGY,ETH"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "CONSULT"), JSON.stringify(got));
});

// Batch 3: a meeting noun in a sentence that opens with its schedule is that scheduled meeting again.
test("recall 11: a meeting noun after an opening schedule is not held", () => {
  const got = eventSides(
    "ومن المقرر أن يلتقي الرئيس المصري بنظيره الإثيوبي يوم الأحد في أديس أبابا، في أول قمة بين البلدين منذ عامين.",
  );
  assert.ok(!got.some((g) => g.type === "CONSULT"), JSON.stringify(got));
  assert.ok(
    got.some((g) => g.type === "AGREE" && [g.actor, g.recipient].sort().join() === "EGY,ETH"),
    JSON.stringify(got),
  );
});

// Guard: `ومن المقرر أن` opens another clause; the meeting told before it was held.
test("recall 11: a schedule in a new clause leaves the meeting held", () => {
  const got = eventSides(
    "وعقد وزير الخارجية المصري اجتماعا مع نظيره الإثيوبي في القاهرة، ومن المقرر أن تعقد جولة أخرى الشهر المقبل.",
  );
  assert.ok(
    got.some((g) => g.type === "CONSULT" && [g.actor, g.recipient].sort().join() === "EGY,ETH"),
    JSON.stringify(got),
  );
});

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
