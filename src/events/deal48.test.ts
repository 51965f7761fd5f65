// The forty-eighth round's readings of deals and cooperation (docs/EVENTS.md, "Forty-eighth pass", branch deal48).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a deal noun that a perfect verb of signing governs is the signing, SUPPORT", () => {
  // Before: the object before its subject left the verb without sides, and the noun gave AGREE.
  assert.deepEqual(coded("وفي عام 2016، وقعت على المعاهدة الجديدة ثم على الاتفاق فرنسا وألمانيا وإيطاليا."), [
    "SUPPORT DEU+FRA+ITA> asserted",
  ]);
  // Before: the verb inside a relative clause found no sides either.
  assert.deepEqual(
    coded("وقالت اليابان وكوريا الجنوبية اللتان وقعتا الاتفاق مع أستراليا إنهما ستلتزمان به."),
    ["SUPPORT JPN+KOR>AUS asserted"],
  );
  // A signing to come stays a promise, and a deal reached with no signing stays AGREE.
  assert.deepEqual(coded("ومن المقرر أن توقع أستراليا مع اليابان اتفاقا للتجارة الحرة."), [
    "AGREE AUS>JPN future",
  ]);
  assert.deepEqual(coded("وتوصلت أستراليا واليابان إلى اتفاق للتجارة الحرة."), ["AGREE AUS+JPN> asserted"]);
  // وقع of a happening, past a word of time, does not sign the deal named after it.
  assert.deepEqual(coded("وقعت الاشتباكات بعد ساعات من الاتفاق بين أرمينيا وأذربيجان."), [
    "AGREE ARM>AZE asserted",
  ]);
});

test("a deal noun with a verb of making and the deal's pronoun right after it is a deal made before the news", () => {
  // Before: an AGREE of the page's day beside the verb's undated SUPPORT.
  assert.deepEqual(
    datedLines("ويسمح اتفاق للصيد أبرمته المغرب وإسبانيا بدخول السفن إلى المياه الإقليمية.", "2018-05-05"),
    ["SUPPORT ESP+MAR> null"],
  );
  // A deal the sentence tells as signed on a day keeps that day.
  assert.deepEqual(datedLines("وفي عام 2016، وقعت على الاتفاق فرنسا وألمانيا.", "2018-05-05"), [
    "SUPPORT DEU+FRA> 2016",
  ]);
});

test("mending or strengthening relations with a state, after a word of intent, is a promise to cooperate", () => {
  // Before: no trigger read the noun phrase.
  assert.deepEqual(coded("وأعلنت الحكومة الأسترالية نيتها تحسين العلاقات مع إندونيسيا."), [
    "AGREE AUS>IDN future",
  ]);
  // Bare, with no word of intent before it, it is a topic.
  assert.deepEqual(coded("ونشرت الصحيفة مقالا مطولا عن تحسين العلاقات مع إندونيسيا."), []);
});
