// The forty-eighth round's coercion readings (docs/EVENTS.md, "Forty-eighth pass", branch sanction48).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

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
