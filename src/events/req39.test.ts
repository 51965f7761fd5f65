// The thirty-ninth round's readings of requests told without a finite verb of asking (docs/EVENTS.md,
// "Thirty-ninth pass: requests told as nouns and wants", branch req39). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a want with its subject between the verb and من (تريد X من Y أن) asks Y", () => {
  // Before: nothing, the verb of wanting no trigger with the wanter between.
  assert.deepEqual(coded("وتريد اليابان من الصين أن تفرج عن الصيادين المحتجزين لديها."), [
    "REQUEST JPN>CHN asserted",
  ]);
  assert.deepEqual(coded("ويريد المغرب من إسبانيا تسليم المطلوبين الفارين إليها."), [
    "REQUEST MAR>ESP asserted",
  ]);
  // A want of one's own act, with a place after من, stays the act wanted.
  assert.deepEqual(coded("وتريد اليابان سحب قواتها من جيبوتي قبل نهاية العام."), [
    "RETREAT JPN>DJI proposed",
  ]);
  // A source after من, and a question about wants: no request.
  assert.deepEqual(coded("وقال المسؤول إن اليابان تريد شراء الغاز من قطر بأسعار أقل."), []);
  assert.deepEqual(coded("ماذا تريد اليابان من الصين في هذه المرحلة؟"), []);
});

test("a persuasion noun whose persuaded is a title, side or partner with its nisba asks that state", () => {
  // Before: nothing, the persuaded read only when a name or a counterpart stands right after the noun.
  assert.deepEqual(coded("وأقرت الخارجية المغربية بأنها أخفقت في إقناع الجانب الإسباني بتعديل الاتفاق."), [
    "REQUEST MAR>ESP asserted",
  ]);
  // The persuasion as the purpose of a visit told before it is the visit's aim: the visit alone.
  assert.deepEqual(
    coded("وزار رئيس الوزراء الياباني بكين الشهر الماضي بهدف إقناع الرئيس الصيني بخفض الرسوم."),
    ["CONSULT JPN>CHN asserted"],
  );
});
