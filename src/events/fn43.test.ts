// The forty-third round's reading of help told as a purpose (docs/EVENTS.md, "Forty-third pass",
// branch fn43). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("help after ل of purpose (لمساعدة الجيش العراقي) is AID from the sentence's subject", () => {
  // Before: the verbal noun of help was no trigger, and the sentence gave no event.
  assert.deepEqual(coded("وبعثت تركيا مستشارين عسكريين إلى بغداد لمساعدة الجيش العراقي في معاركه."), [
    "AID TUR>IRQ asserted",
  ]);
  // Help to people who are no state's forces or government stays no event.
  assert.deepEqual(coded("وخصصت اليابان أموالا لمساعدة المزارعين المتضررين من الفيضانات."), []);
});

test("help without ل of purpose, or as the aim of a charged act, stays no event", () => {
  // A bare verbal noun of help is a topic, not an act told.
  assert.deepEqual(coded("وتناول الاجتماع مساعدة الحكومة الليبية في إعادة الإعمار."), []);
  // The help is the aim of what the accuser charges, not a happening the text states.
  assert.deepEqual(coded("واتهمت فرنسا إيران بتهريب الأسلحة عبر البحر لمساعدة الحكومة السورية."), [
    "ACCUSE FRA>IRN asserted",
  ]);
});

test("a denial by a subject of two conjuncts (الحوثيين وإيران ينفيان ذلك) answers the accuser of its sentence", () => {
  // Before: the contrast before the first conjunct was not seen, and the denial had no accuser.
  assert.deepEqual(
    coded("وتتهم السعودية المتمردين بتلقي صواريخ من إيران، لكن المتمردين وإيران ينفيان ذلك."),
    ["REJECT IRN>SAU asserted"],
  );
  // Told in a sentence of its own after the charge, the same denial answered the accuser already.
  assert.deepEqual(coded("وتتهم السعودية المتمردين بتلقي صواريخ. والمتمردون وإيران ينفيان ذلك دائما."), [
    "REJECT IRN>SAU asserted",
  ]);
});
