// The forty-seventh round's readings of sanctions and measures (docs/EVENTS.md, "Forty-seventh pass", branch
// sanction47). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a noun's genitive undergoes the act when an agent is named right after it (مقاطعة X من قبل Y)", () => {
  // Before: the genitive was read as the boycott's own agent, and the agent after it was lost.
  assert.deepEqual(coded("وتتواصل مقاطعة قطر من قبل السعودية والإمارات منذ أشهر."), [
    "SANCTION ARE+SAU>QAT asserted",
  ]);
  // With no agent phrase, the genitive is still the boycotting state.
  assert.deepEqual(coded("وأعلنت الحكومة مقاطعة السعودية لكندا."), ["SANCTION SAU>CAN asserted"]);
});

test("من جانب names the agent of a noun right before it, and the party after the agents is the object", () => {
  // Before: the boycott had no side: من جانب was no agent phrase, and the object stood after four states.
  assert.deepEqual(coded("وتستمر المقاطعة المفروضة من جانب مصر والبحرين لقطر منذ العام الماضي."), [
    "SANCTION BHR+EGY>QAT asserted",
  ]);
  // On the other hand (من جانب آخر) names no one.
  assert.deepEqual(coded("ومن جانب آخر، قالت مصر إنها ستواصل التشاور مع شركائها."), []);
});

test("a subject read before a noun is its object when a pronoun of the frame stands before the agent", () => {
  // Before: the agent took the subject's place and the sanctions had no object.
  assert.deepEqual(coded("وتعاني كوريا الشمالية من العقوبات الصارمة المفروضة عليها من قبل مجلس الأمن."), [
    "SANCTION IGO>PRK asserted",
  ]);
  // With no pronoun between, the state before is not said to undergo them.
  assert.deepEqual(coded("وتعاني كوريا الشمالية من العقوبات الصارمة المفروضة من قبل مجلس الأمن."), []);
});

test("measures announced or carried out against a state (أعلنت … سلسلة من الإجراءات ضد) are a sanction", () => {
  // Before: only اتخذ with an indefinite noun of measures right after its subject was read.
  assert.deepEqual(coded("وأعلنت الصين عن حزمة من الإجراءات ضد اليابان يوم الخميس."), [
    "SANCTION CHN>JPN asserted",
  ]);
  assert.deepEqual(coded("وقالت الدوحة إن البحرين نفذت عددا من الإجراءات ضد المواطنين القطريين."), [
    "SANCTION BHR>QAT asserted",
  ]);
  // Measures against a practice, with no state they fall on, are no sanction.
  assert.deepEqual(coded("وأعلنت الصين عن حزمة من الإجراءات ضد التهرب الضريبي."), []);
});

test("a noun after a demonstrative that names its own agent right after it is told anew, no back-reference", () => {
  // Before: تلك made the boycott refer back to an act told before, and it was dropped unread.
  assert.deepEqual(coded("ويبقى العائق الأكبر تلك المقاطعة الطويلة من قبل مصر والبحرين لقطر."), [
    "SANCTION BHR+EGY>QAT asserted",
  ]);
  // With no agent after it, the noun still refers back.
  assert.deepEqual(coded("وقالت مصر إن قطر لم تتغير، وإن تلك المقاطعة الطويلة لها ما يبررها."), []);
});
