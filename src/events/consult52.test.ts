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

test("a relative clause of a meeting held in the future, past the summit's genitive, makes the summit planned", () => {
  // Before: only a relative right after the noun was read, and the summit to come was told as held.
  assert.deepEqual(eventLines("وتنطلق القمة بين الهند وإندونيسيا التي ستعقد في جاكرتا."), [
    "AGREE IND>IDN future",
  ]);
  // A relative clause in the past leaves the summit held.
  assert.deepEqual(eventLines("وعقدت القمة بين الهند وإندونيسيا التي استمرت يومين في جاكرتا."), [
    "CONSULT IND>IDN asserted",
  ]);
  // The group's longer name (`الدول السبع الكبرى`) is the group too.
  assert.deepEqual(eventLines("وكان الوزير قد حضر قمة الدول السبع الكبرى في اليابان قبل عامين."), [
    "CONSULT CAN+DEU+FRA+GBR+ITA+JPN+USA> asserted",
  ]);
});
