// The fifty-second round's readings of help and backing (docs/EVENTS.md, "Fifty-second pass", branch deal52).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a stance told as وقوف X إلى جانب Y is SUPPORT from X to Y, not a joint act of the two", () => {
  // Before: no event (the وقوف row needed مع), or the two states read as partners after إلى جانب.
  assert.deepEqual(
    eventLines("وجدد العاهل الأردني تأكيد وقوف الأردن إلى جانب الكويت في الحفاظ على أمنها واستقرارها."),
    ["SUPPORT JOR>KWT asserted"],
  );
  assert.deepEqual(eventLines("وشدد وزير الخارجية التونسي على وقوف تونس الكامل إلى جانب الجزائر."), [
    "SUPPORT TUN>DZA asserted",
  ]);
  // بلاده takes the speaker's state.
  assert.deepEqual(eventLines("وأكد الرئيس الجزائري عبد المجيد تبون وقوف بلاده إلى جانب موريتانيا."), [
    "SUPPORT DZA>MRT asserted",
  ]);
  // The forms read before stay as they were.
  assert.deepEqual(eventLines("وأعلنت عمان وقوفها إلى جانب الكويت."), ["SUPPORT OMN>KWT asserted"]);
  assert.deepEqual(eventLines("وأعلنت عمان وقوفها مع الكويت."), ["SUPPORT OMN>KWT asserted"]);
  // إلى جانب after an act of another kind still names a partner, not a stance.
  assert.deepEqual(eventLines("أرسلت اليابان فريقا إلى جانب كوريا الجنوبية للمشاركة في المناورات."), []);
});

test("a refusal with no recipient of its own answers no support its own state gave another", () => {
  // Before: the refusal of attempts against Bahrain was aimed at Bahrain, the state Kuwait had just backed.
  assert.deepEqual(
    eventLines(
      "وأعلنت الكويت وقوفها إلى جانب البحرين. وعبرت الكويت عن رفضها لكل المساعي الهادفة إلى المساس بسيادة ومكانة البحرين.",
    ),
    ["SUPPORT KWT>BHR asserted"],
  );
  assert.deepEqual(
    eventLines("وأعربت الكويت عن دعمها للبحرين. ورفضت الكويت كل المحاولات الرامية إلى النيل من البحرين."),
    ["SUPPORT KWT>BHR asserted"],
  );
  // A refusal after another state's act still answers that act.
  assert.deepEqual(
    eventLines("فرضت الولايات المتحدة رسوما جديدة على الصلب الكندي. وعبرت كندا عن رفضها لهذه الخطوة."),
    ["SANCTION USA>CAN asserted", "REJECT CAN>USA asserted"],
  );
});
