// The twenty-eighth pass on the corpus set's misses (docs/EVENTS.md, "Twenty-eighth pass: the corpus
// set's misses, sorted, and the acts told without a trigger of their type"). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a participle of expressing (معربا، معبرة عن) carries a charge of disapproval, as its finite verb does", () => {
  assert.deepEqual(coded("وقالت الخارجية الروسية في بيان، معربة عن قلقها إزاء الضربات الأمريكية."), [
    "ACCUSE RUS>USA asserted",
  ]);
  assert.deepEqual(coded("ورد الوفد الإماراتي على البيان القطري، معبرا عن استنكار البيان القطري."), [
    "ACCUSE ARE>QAT asserted",
  ]);
  // Guard: a hope is no charge; the visit stays the sentence's one event.
  assert.deepEqual(coded("وزار الرئيس الفرنسي بيروت، معربا عن أمله في تشكيل الحكومة اللبنانية قريبا."), [
    "CONSULT FRA>LBN asserted",
  ]);
  // Guard: concern over a situation in a place names no state it is against.
  assert.deepEqual(coded("وقالت الخارجية الإيرانية في بيان، معربة عن قلقها إزاء الأوضاع في اليمن."), []);
});

test("a plural or dual subject's denial that names the charges answers the charge told before", () => {
  assert.deepEqual(
    coded("واتهمت الإمارات إيران بتزويد الحوثيين بالصواريخ، لكن الإيرانيين ينفون الاتهامات."),
    ["ACCUSE ARE>IRN asserted", "REJECT IRN>ARE asserted"],
  );
  // Guard: charges between no states give no denial between states.
  assert.deepEqual(coded("واتهم السكان الشركة بتلويث المياه، لكن مسؤوليها ينفون الاتهامات."), []);
});
