// The fifty-second round's readings of meetings and summits (docs/EVENTS.md, "Fifty-second pass", branch
// consult52). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a summit of a standing group of states is a meeting of its member states", () => {
  // Before: the group was the summit's only side, and the summit had no event.
  assert.deepEqual(eventLines("واختتمت قمة مجموعة الدول السبع أعمالها في مدينة بياريتز الفرنسية."), [
    "CONSULT CAN+DEU+FRA+GBR+ITA+JPN+USA> asserted",
  ]);
  // The group named alone, or a summit told as the owner of its statement, stays as it was.
  assert.deepEqual(eventLines("وأصدرت مجموعة السبع بيانا بشأن الأزمة الأوكرانية."), []);
  assert.deepEqual(eventLines("ورحب الوزير بالبيان الختامي لقمة مجموعة السبع."), []);
});

test("the verb اجتمع is read as a verb, so a delegation sent by a state meets for it", () => {
  // Before: the verb's forms were listed as the meeting noun's, and a delegation subject had no sender.
  assert.deepEqual(eventLines("واجتمع وفد من البرازيل مع وزير الخارجية الأرجنتيني في بوينس آيرس."), [
    "CONSULT BRA>ARG asserted",
  ]);
  // The noun keeps its reading: a meeting between two states named after it.
  assert.deepEqual(eventLines("وعقد الاجتماع بين البرازيل والأرجنتين في بوينس آيرس."), [
    "CONSULT BRA>ARG asserted",
  ]);
});
