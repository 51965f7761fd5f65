// A detainee held by a state's body named with its nisba after من قبل or لدى (`المحتجزين من قبل الحكومة
// التركية`، `المحتجز لدى السلطات الإيرانية`): the body is the holder (held.ts, branch assault66). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("nationals held by a state's government or authorities are coerced by that state", () => {
  // Before: no event (the body word opened the unit, so no nisba unit stood right after من قبل).
  assert.deepEqual(
    eventLines("وقال الوزير إن الصحفيين الفرنسيين المحتجزين من قبل الحكومة الإيرانية بصحة جيدة."),
    ["COERCE IRN>FRA asserted"],
  );
  // Before: no event (لدى named a holder only when a state's name stood right after it).
  assert.deepEqual(
    eventLines("وطالبت لندن بالإفراج عن الباحث البريطاني المعتقل لدى السلطات الإماراتية منذ مايو."),
    ["COERCE ARE>GBR asserted"],
  );
});

test("a holder of no state, or of the detainee's own state, gives no event", () => {
  assert.deepEqual(
    eventLines("وطالبت الأسر بالإفراج عن الصحفيين الفرنسيين المحتجزين لدى الجماعة المسلحة."),
    [],
  );
  assert.deepEqual(
    eventLines("وطالبت منظمات حقوقية بالإفراج عن المدونين الإيرانيين المحتجزين من قبل السلطات الإيرانية."),
    [],
  );
});
