// The forty-first round's readings of thanks, backing and threats (docs/EVENTS.md, "Forty-first pass",
// branch support41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a first person verb of thanks in a quote (نشكر، أشكر) is the speaker's, the party after it is thanked", () => {
  // Before: `نشكر` and `أشكر` were no trigger forms, and the party after the verb was read as its subject.
  assert.deepEqual(coded('وقال وزير الخارجية الموريتاني: "نشكر المغرب على استضافة الاجتماع".'), [
    "SUPPORT MRT>MAR asserted",
  ]);
  // The singular, after a speaker named in the sentence before.
  assert.deepEqual(
    coded('وقال الرئيس التونسي قايد السبسي إن الجارين يعملان معا. وأضاف: "أشكر الجزائر على وقوفها معنا".'),
    ["SUPPORT TUN>DZA asserted"],
  );
  // A third person thanks keeps its subject after the verb.
  assert.deepEqual(coded("وشكر المغرب موريتانيا على استضافة الاجتماع."), ["SUPPORT MAR>MRT asserted"]);
});

test("a party outside the quote is no subject of the first person verb inside it", () => {
  // Before: the state named before the quote (`لجهود الكويت`) was taken for the one who thanks.
  assert.deepEqual(
    coded(
      'وتحدث الوزير العماني يوسف بن علوي عن لجهود الكويت في الأزمة، قائلا: "نشكر الأشقاء في قطر على صبرهم".',
    ),
    [],
  );
  // A state that opens the quote's own clause is still the subject (`نحن في الأردن نرحب`).
  assert.deepEqual(coded('وقال الملك عبد الله الثاني: "الأردن يرحب بقرار العراق فتح المعبر".'), [
    "SUPPORT JOR>IRQ asserted",
  ]);
});

test("the state any such act would target (أي طائرة تستهدف لبنان) is protected by the threat, not threatened", () => {
  // Before: THREATEN IRN>LBN, the state the threat shields taken for the one threatened.
  assert.deepEqual(coded("وهددت إيران بإسقاط أي طائرة تستهدف لبنان."), []);
  // The nisba of the weapon still names the one threatened.
  assert.deepEqual(coded("وهددت إيران بإسقاط أي طائرة إسرائيلية تستهدف لبنان."), [
    "THREATEN IRN>ISR asserted",
  ]);
  // A state warned by name, right after the verb, stays the one threatened.
  assert.deepEqual(coded("وحذرت إيران لبنان من استهداف أراضيها."), ["THREATEN IRN>LBN asserted"]);
});
