// The fortieth round's reading of charges told without an accusing verb (branch accuse40): a state
// called the sponsor, backer, funder or source of terrorism in a speaker's clause is charged by the
// speaker. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state named the sponsor or source of terrorism is accused by the speaker", () => {
  // Before: no verb of accusing, so no event.
  assert.deepEqual(coded("وقال وزير الخارجية الأردني إن سوريا هي الممول الأكبر للإرهاب في المنطقة."), [
    "ACCUSE JOR>SYR asserted",
  ]);
  assert.deepEqual(coded("وقالت الخارجية الفرنسية إن ليبيا كانت المنبع الرئيسي للتطرف."), [
    "ACCUSE FRA>LBY asserted",
  ]);
});

test("accuse40 guard: the same nouns with no terror after them, or no speaker, are no charge", () => {
  // A backer of a government is no charge.
  assert.deepEqual(coded("وقال وزير الخارجية الأردني إن سوريا هي الداعم الأول للحكومة."), []);
  // A source talking about terrorism names no state charged.
  assert.deepEqual(coded("وقال مصدر في مكافحة الإرهاب إن الهجوم فشل."), []);
});

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
