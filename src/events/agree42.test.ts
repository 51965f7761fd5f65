// The forty-second round's reading of a signed deal whose other side is named by its trade (docs/EVENTS.md,
// "Forty-second pass", branch agree42). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a signed deal to buy goods from a state, or sell them to one, is made with that state", () => {
  // Before: the signing had no other side and gave no event.
  assert.deepEqual(coded("ووقعت المغرب أمس اتفاقا لاستيراد كميات من الغاز من نيجيريا."), [
    "SUPPORT MAR>NGA asserted",
  ]);
  assert.deepEqual(coded("وأبرمت الحكومة الإيطالية صفقة جديدة لبيع سفن حربية إلى مصر."), [
    "SUPPORT ITA>EGY asserted",
  ]);
  // The goods' nisba names the state they come from.
  assert.deepEqual(coded("ووقعت تونس اتفاقا لشراء القمح الروسي على مدى ثلاثة أعوام."), [
    "SUPPORT TUN>RUS asserted",
  ]);
});

test("a deal with no trade purpose, or a firm's deal, names no other side by its goods", () => {
  // A deal for a purpose that is no trade: no state to trade with, so no event, as before.
  assert.deepEqual(coded("ووقعت المغرب أمس اتفاقا لتطوير الموانئ في نيجيريا."), []);
  // A firm named by its nisba signs for itself: no act between states.
  assert.deepEqual(coded("ووقعت شركة أنظمة الدفاع الإيطالية عقدا لبيع سفن حربية إلى مصر."), []);
  // A state after a comma is no longer in the deal's purpose: no AGREE with Russia. Its welcome of the step
  // summed up (`في خطوة رحبت بها`) is Russia's backing of Tunisia (reltake43).
  assert.deepEqual(coded("ووقعت تونس اتفاقا لشراء القمح، في خطوة رحبت بها روسيا."), [
    "SUPPORT RUS>TUN asserted",
  ]);
});
