import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a verb of standing with its subject before إلى جانب is backing of the party after جانب", () => {
  // وقفت X إلى جانب Y: the subject between the verb and the phrase.
  assert.deepEqual(eventLines("ووقفت الجزائر إلى جانب تونس طوال أزمتها الاقتصادية.", "states"), [
    "SUPPORT DZA>TUN",
  ]);
  // A phrase of manner between the subject and إلى جانب.
  assert.deepEqual(eventLines("ووقفت الكويت بكل ثقلها إلى جانب الأردن في تلك المرحلة.", "states"), [
    "SUPPORT KWT>JOR",
  ]);
  // The imperfect, two backers.
  assert.deepEqual(eventLines("وتقف الهند واليابان إلى جانب الفلبين في نزاعها البحري.", "states"), [
    "SUPPORT IND+JPN>PHL",
  ]);
});

test("a pair standing with no party after جانب gives no event", () => {
  // Opposing sides: جانبين names no party.
  assert.deepEqual(
    eventLines("ويبدو أن المغرب وإسبانيا يقفان في جانبين مختلفين من هذا الملف.", "states"),
    [],
  );
  // Each other: a reciprocal pronoun, no party.
  assert.deepEqual(eventLines("وقال السفير إن البلدين وقفتا إلى جانب بعضهما في الأزمات.", "states"), []);
});

test("the noun of halting before إلى جانب (in addition to) is no backing", () => {
  assert.deepEqual(
    eventLines("ويشمل الاتفاق وقف القتال إلى جانب تبادل الأسرى بين إثيوبيا وإريتريا.", "states").filter((l) =>
      l.startsWith("SUPPORT ETH>"),
    ),
    [],
  );
});

test("a verb of standing with its subject and a word of manner before مع is backing of the party after مع", () => {
  // تقف X … مع Y: the subject and a phrase of manner between the verb and مع.
  assert.deepEqual(
    eventLines("وقال الوزير إن اليابان تقف بكل حزم مع كوريا الجنوبية في هذه الأزمة.", "states"),
    ["SUPPORT JPN>KOR"],
  );
  assert.deepEqual(eventLines("ووقفت ماليزيا بثبات مع إندونيسيا في المحافل الدولية.", "states"), [
    "SUPPORT MYS>IDN",
  ]);
  // Two states standing together with no third party: nothing.
  assert.deepEqual(eventLines("وقال المتحدث إن البلدين يقفان معا مع بعضهما في كل الظروف.", "states"), []);
});
