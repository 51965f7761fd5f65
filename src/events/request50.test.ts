// The fiftieth round's readings of demands (docs/EVENTS.md, "Fiftieth pass", branch request50). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a halt to fighting asked for is counted from the actor named after the verb, not from the verb", () => {
  // Before: the body named between the verb and the halt used up its reach, and the call had no addressee.
  assert.deepEqual(eventLines("وحث مجلس الأمن الدولي على وقف فوري لإطلاق النار في ليبيا."), [
    "REQUEST IGO>LBY asserted",
  ]);
  // A halt asked for far on, in a text the demand names, stays unread (no addressee).
  assert.deepEqual(
    eventLines("ودعا مجلس الأمن الدولي إلى دراسة الورقة الجديدة التي تقترح وقفا لإطلاق النار في ليبيا."),
    [],
  );
});

test("ب before a bare alif is the noun باب, not ب with the month آب", () => {
  // Before: `في باب المندب` dated the act told in the sentence to August.
  assert.deepEqual(
    datedLines("وطالبت الكويت مجلس الأمن الدولي بالتحرك لحماية الملاحة في باب المندب.", "2018-04-05"),
    ["REQUEST KWT>IGO 2018-04-05"],
  );
  // The month written with its madda after ب stays a month.
  assert.deepEqual(datedLines("وزار وزير الخارجية الفرنسي القاهرة بآب الماضي.", "2018-10-05"), [
    "CONSULT FRA>EGY 2018-08",
  ]);
});

test("a body's meeting held at a state's call answers that state's request to the body", () => {
  // Before: `بدعوة من` was read as an invitation, and with a body as subject it gave no event.
  assert.deepEqual(eventLines("وعقد مجلس الأمن الدولي جلسة طارئة بدعوة من فرنسا لبحث الوضع في ليبيا."), [
    "REQUEST FRA>IGO asserted",
  ]);
  // A state's visit at its host's call stays a visit.
  assert.deepEqual(eventLines("وزار الرئيس الفرنسي واشنطن بدعوة من نظيره الأمريكي."), [
    "CONSULT FRA>USA asserted",
  ]);
});
