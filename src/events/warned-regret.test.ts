// A regret or a price to come told as the content of a warning (warned-regret.ts), and consequences to come
// (`ستواجه عواقب`، `ستتحمل العواقب`) read as a regret (lexicons/triggers.tsv, branch force65). Sentences written
// for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("the warner threatens the state a warned regret or price bears on", () => {
  assert.deepEqual(eventLines("وحذرت موسكو من أن لندن ستدفع ثمنا باهظا لطرد الدبلوماسيين."), [
    "THREATEN RUS>GBR asserted",
  ]);
  assert.deepEqual(eventLines("وحذر وزير الدفاع الإسرائيلي من أن دمشق ستندم إذا سمحت بنقل الأسلحة."), [
    "THREATEN ISR>SYR asserted",
  ]);
  assert.deepEqual(eventLines("بكين حذرت من أن واشنطن ستتحمل العواقب كاملة."), ["THREATEN CHN>USA asserted"]);
});

test("consequences to come in reported speech are a threat by the speaker", () => {
  assert.deepEqual(
    eventLines("وقال وزير الخارجية الفرنسي إن طهران ستواجه عواقب وخيمة إذا واصلت تجاربها الصاروخية."),
    ["THREATEN FRA>IRN asserted"],
  );
  assert.deepEqual(eventLines("وأعلنت أنقرة أن أثينا سوف تواجه تبعات قرارها."), [
    "THREATEN TUR>GRC asserted",
  ]);
});

test("consequences that are not to come, or borne by no state, are no threat", () => {
  assert.deepEqual(eventLines("وقال المحلل إن الاقتصاد الإيراني يواجه عواقب العقوبات منذ سنوات."), []);
  assert.deepEqual(eventLines("وحذر العلماء من أن البشرية ستواجه عواقب الاحتباس الحراري."), []);
});

test("a warning by a state about its own people's price names no other state", () => {
  assert.deepEqual(eventLines("وحذر الرئيس الإيراني من أن إيران ستدفع ثمنا باهظا إذا انهار الاتفاق."), []);
});
