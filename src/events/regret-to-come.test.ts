// A regret or a price to come told with وسوف, with a duty before the verb, or with a causative to come
// (regret-to-come.ts, branch threaten66). Sentences written for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a price the speaker says a state must pay is the speaker's threat", () => {
  assert.deepEqual(
    eventLines("وقال وزير الخارجية المصري إن إثيوبيا يجب أن تتحمل العواقب إذا واصلت ملء السد."),
    ["THREATEN EGY>ETH asserted"],
  );
  assert.deepEqual(
    eventLines("وقال المتحدث باسم الخارجية الإيرانية إن إسرائيل لا بد أن تدفع ثمن جرائمها في سوريا."),
    ["THREATEN IRN>ISR asserted"],
  );
});

test("a regret told with وسوف or made to come by a causative is a threat", () => {
  assert.deepEqual(eventLines("وقال السفير الروسي إن بريطانيا تلعب بالنار وسوف تندم على قرارها."), [
    "THREATEN RUS>GBR asserted",
  ]);
  assert.deepEqual(eventLines("وقال الوزير الإيراني إن لدى طهران ردودا ستجعل واشنطن تندم على انسحابها."), [
    "THREATEN IRN>USA asserted",
  ]);
});

test("a negated duty, a regret of the past or a duty with no state is no threat", () => {
  assert.deepEqual(eventLines("وقال الوزير القطري إن الشعب السوري لا يجب أن يدفع الثمن."), []);
  assert.deepEqual(eventLines("وقال الوزير الأردني إن اللاجئين يجب ألا يدفعوا ثمن الحرب."), []);
  assert.deepEqual(eventLines("وقال الرئيس الفرنسي إن ألمانيا لم تندم على موقفها من روسيا."), []);
});
