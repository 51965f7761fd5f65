import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("the brothers in a state, stood by in a quote, make that state the one backed", () => {
  // A first-person quote of the emir: the speaker's state backs the state of the brothers.
  assert.deepEqual(
    eventLines('وقال أمير الكويت في تصريح صحفي: "نقف إلى جانب الأشقاء في مصر في مواجهة الإرهاب".', "states"),
    ["SUPPORT KWT>EGY"],
  );
  // Reported speech: the state of the speaker stands by the brothers in another state.
  assert.deepEqual(
    eventLines("قال رئيس الوزراء الأردني إن الأردن يقف إلى جانب الأشقاء في العراق.", "states"),
    ["SUPPORT JOR>IRQ"],
  );
});

test("thanks to the brothers in a state go to that state", () => {
  assert.deepEqual(
    eventLines('وقال السفير السعودي: "نشكر أشقاءنا في سلطنة عمان على جهودهم في الوساطة".', "states"),
    ["SUPPORT SAU>OMN"],
  );
});

test("a ruling body or an ordinary noun before في still reads as before", () => {
  // A state named straight after جانب reads as before.
  assert.deepEqual(eventLines('وقال وزير الخارجية البحريني: "نقف إلى جانب المملكة المغربية".', "states"), [
    "SUPPORT BHR>MAR",
  ]);
  // The brothers in an international body are no place either, and the charge against them stands.
  assert.deepEqual(
    eventLines("اتهم الوزير الإماراتي بعض الأشقاء في الجامعة العربية بالتساهل مع الإرهاب.", "states"),
    ["ACCUSE ARE>IGO"],
  );
});

test("brothers named by their own nisba keep it, and the state they live in is a place", () => {
  assert.deepEqual(eventLines('وقال الوزير القطري: "ندعم الأشقاء السوريين في لبنان حتى عودتهم".', "states"), [
    "SUPPORT QAT>SYR",
  ]);
});
