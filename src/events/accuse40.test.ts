// The fortieth round's reading of charges told inside their denial (branch accuse40): the states named
// right after a plural charge noun that a state denies told that charge against the denier. Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a charge a state denies, its tellers named by nisba or genitive, is their charge against the denier", () => {
  // Before: the denial alone (REJECT); the charge noun was taken as its object and made no event.
  assert.deepEqual(coded("ونفت كوريا الشمالية الاتهامات الأمريكية واليابانية بإطلاق صاروخ جديد."), [
    "REJECT PRK>JPN+USA asserted",
    "ACCUSE JPN+USA>PRK asserted",
  ]);
  assert.deepEqual(coded("ونفت باكستان اتهامات الهند لها."), [
    "REJECT PAK>IND asserted",
    "ACCUSE IND>PAK asserted",
  ]);
});

test("accuse40 guard: a charge denied with no teller named after its noun stays the denial alone", () => {
  // No state after the noun: the charge's teller is unknown, and the denial names no accuser.
  assert.deepEqual(coded("ونفت كوريا الشمالية الاتهامات الموجهة إليها بإطلاق صاروخ جديد."), []);
  // The singular charge noun's genitive is as often the accused: left as it was.
  assert.deepEqual(coded("ونفت باكستان اتهام الهند بالتدخل."), ["REJECT PAK>IND asserted"]);
});
