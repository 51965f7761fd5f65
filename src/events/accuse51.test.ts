// The fifty-first round's readings of verbal conflict (docs/EVENTS.md, "Fifty-first pass", branch accuse51).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a describing verb or participle with an insult (tyrant, rogue) charges the state described", () => {
  // Before: the insult was no word of the describing rows' lists, and no event was read.
  assert.deepEqual(eventLines("وتحدث الرئيس الفنزويلي عن نظيره الكولومبي، واصفا إياه بالطاغية."), [
    "ACCUSE VEN>COL asserted",
  ]);
  assert.deepEqual(eventLines("ووصف وزير الخارجية الكوبي الحكومة الأمريكية بأنها حكومة مارقة."), [
    "ACCUSE CUB>USA asserted",
  ]);
  // A neutral or friendly description stays no charge.
  assert.deepEqual(eventLines("وتحدث الرئيس الفنزويلي عن نظيره الكولومبي، واصفا إياه بالصديق."), []);
  assert.deepEqual(eventLines("ووصف وزير الخارجية الكوبي الحكومة الأمريكية بأنها حكومة جديدة."), []);
});

test("a request, demand or duty that a state's envoys leave is their expulsion", () => {
  // Before: both were read as a REQUEST; PLOVER codes expelling diplomats as a SANCTION.
  assert.deepEqual(
    eventLines("وطلبت الحكومة النيوزيلندية من السفير الإيراني مغادرة البلاد خلال ثلاثة أيام."),
    ["SANCTION NZL>IRN asserted"],
  );
  assert.deepEqual(
    eventLines("وقالت وزيرة الخارجية السويدية إنه يتعين على الدبلوماسيين الروس الثلاثة مغادرة السويد."),
    ["SANCTION SWE>RUS asserted"],
  );
  // Others asked to leave, and envoys asked for something else, stay a request.
  assert.deepEqual(
    eventLines("وطلبت الحكومة النيوزيلندية من الطلاب الإيرانيين مغادرة البلاد خلال ثلاثة أيام."),
    ["REQUEST NZL>IRN asserted"],
  );
  assert.deepEqual(eventLines("وطلبت الحكومة النيوزيلندية من السفير الإيراني تقديم توضيحات."), [
    "REQUEST NZL>IRN asserted",
  ]);
});

test("a state that will pay the price of its deeds is threatened by the speaker", () => {
  // Before: only `ثمن ذلك` and `ثمن هذا` were read; the price of a possessed deed was no threat.
  assert.deepEqual(eventLines("وقال وزير الخارجية التركي إن اليونان ستدفع ثمن تصرفاتها في بحر إيجه."), [
    "THREATEN TUR>GRC asserted",
  ]);
  // A price paid for goods is literal, and a price paid now with no future is no threat.
  assert.deepEqual(
    eventLines("وقال وزير المالية المصري إن الحكومة ستدفع ثمن الغاز الإسرائيلي بالدولار."),
    [],
  );
  assert.deepEqual(eventLines("وقال وزير الخارجية التركي إن الشعب السوري يدفع ثمن أخطاء الآخرين."), []);
});
