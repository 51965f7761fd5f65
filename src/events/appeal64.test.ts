// The sixty-fourth round's readings of calls and answers (branch appeal64). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the bare content of a call right after the ones called on is no act of theirs", () => {
  // Before: `رفض` after the state called on was read as that state's refusal of the caller.
  assert.deepEqual(eventLines("وناشد وزير الخارجية الإيطالي ألمانيا رفض نشر الصواريخ الأمريكية في أوروبا."), [
    "REQUEST ITA>DEU asserted",
  ]);
  assert.deepEqual(eventLines("وطالبت مصر إسرائيل رفض الخطة الأمريكية."), ["REQUEST EGY>ISR asserted"]);
  // A refusal after other words than the caller's subject is told anew.
  assert.deepEqual(eventLines("ولا تزال فرنسا تطالب بتسليم المتهمين إليها لكن الجزائر ترفض."), [
    "REQUEST FRA>DZA asserted",
    "REJECT DZA>FRA asserted",
  ]);
});

test("a sentence opened by `لذلك` or `ولهذا` tells its act anew", () => {
  // Before: the demonstrative in `لذلك` made the want verb after it refer back, and nothing came out.
  assert.deepEqual(eventLines("لذلك، يريد وزير الخارجية الألماني من إيطاليا واليونان أن تتوصلا إلى اتفاق."), [
    "REQUEST DEU>GRC+ITA asserted",
  ]);
  assert.deepEqual(eventLines("ولهذا طالبت السويد النرويج بتسليم المتهم."), ["REQUEST SWE>NOR asserted"]);
  // A demonstrative with ل before a definite act noun still refers back to it.
  assert.deepEqual(
    eventLines("وقع هجوم على الحدود، وأعلنت كندا إدانتها لذلك الهجوم الذي اتهمت فيه المكسيك."),
    [],
  );
});

test("the state that replies about another's demands is the one they ask", () => {
  // Before: the demand found its asker (the nisba) but no one asked, and nothing came out.
  assert.deepEqual(eventLines("وردت اليونان بأن المطالب الألمانية بتسليم الصحفي غير مقبولة."), [
    "REQUEST DEU>GRC asserted",
  ]);
  // A speaker who only says something about the demands is not read as the one asked by this reading.
  assert.deepEqual(eventLines("وأوضحت اليونان أن المطالب الألمانية تخص البنوك."), []);
});
