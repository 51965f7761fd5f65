// The forty-eighth round's coercion readings (docs/EVENTS.md, "Forty-eighth pass", branch sanction48).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a pronoun on the preposition after a relative verb that carries the head's pronoun stands for a state named before the head", () => {
  // Before: `عليها` was read as the sanctions again, and the act had no target.
  assert.deepEqual(coded("وانتقدت كوبا العقوبات الجديدة التي فرضتها عليها الولايات المتحدة."), [
    "SANCTION USA>CUB asserted",
  ]);
  // The imperfect with the head's pronoun, vetoed before as outside a relative clause, stands after التي.
  assert.deepEqual(coded("وتشكو فنزويلا من العقوبات المالية التي تفرضها عليها واشنطن منذ سنوات."), [
    "SANCTION USA>VEN asserted",
  ]);
  // With no pronoun after the verb the sanction still names no target.
  assert.deepEqual(coded("وتواجه كوبا العقوبات الجديدة التي فرضتها الولايات المتحدة."), []);
  // A feminine definite noun between the state and the head may be what the pronoun stands for: no target.
  assert.deepEqual(coded("وطعنت كوبا أمام المحكمة في العقوبات التي فرضتها عليها الولايات المتحدة."), []);
});

test("a state that deports a national of another state coerces that state", () => {
  // Before: `رحلت` had no row but the transfer of prisoners, and the deportation was lost.
  assert.deepEqual(coded("ورحلت السلطات التركية الصحفي الألماني بعد احتجازه أسبوعين."), [
    "COERCE TUR>DEU asserted",
  ]);
  // `رحلته`، `رحلتها` are a trip with its possessor, no deportation: the visit alone is coded.
  assert.deepEqual(coded("وزار الرئيس التركي ألمانيا في رحلته الأولى إلى أوروبا."), [
    "CONSULT TUR>DEU asserted",
  ]);
  // The noun `ترحيل` is left out: its sides are too often an origin and a destination.
  assert.deepEqual(coded("وطالبت منظمات حقوقية بوقف ترحيل اللاجئين السوريين من لبنان."), []);
});
