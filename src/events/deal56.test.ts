// The fifty-sixth round's reading of an embassy moved (branch deal56). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a decision or announcement to move an embassy to Jerusalem backs Israel", () => {
  // Before: no event (only the opening of an embassy was read).
  assert.deepEqual(
    datedLines("وأثار الرئيس البرازيلي غضبا واسعا بقراره نقل السفارة البرازيلية إلى القدس.", "2018-05-15"),
    ["SUPPORT BRA>ISR 2018-05-15"],
  );
  assert.deepEqual(
    datedLines("وجاءت الاحتجاجات بعد إعلان الرئيس البرازيلي عن نقل سفارة بلاده إلى القدس.", "2018-05-15"),
    ["SUPPORT BRA>ISR 2018-05-15"],
  );
});

test("a move spoken of with no word of deciding or announcing is no event", () => {
  // A condemnation, objections or a thought about the move: the move is not told as decided.
  assert.deepEqual(
    datedLines("وأبدت المفوضية الأوروبية اعتراضات قوية على نقل السفارة البرازيلية إلى القدس.", "2018-05-15"),
    [],
  );
  assert.deepEqual(datedLines("وقال رئيس الوزراء إنه يفكر في نقل سفارة بلاده إلى القدس.", "2018-05-15"), []);
  // Other things moved are no embassy.
  assert.deepEqual(datedLines("وقررت السلطات نقل الجرحى إلى مستشفيات القدس.", "2018-05-15"), []);
});
