// The forty-third round's ACCUSE readings (docs/EVENTS.md, "Forty-third pass", branch accuse43).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");
const accusations = (text: string) => coded(text).filter((line) => line.startsWith("ACCUSE"));

test("a masculine verb after التي takes the man before it, not the feminine state named between", () => {
  // Before: the state after إلى, right before the pronoun, was taken for the accuser.
  assert.deepEqual(
    accusations(
      "ردت وزارة الخارجية الكندية على تصريحات رئيس الوزراء الهندي ناريندرا مودي خلال زيارته إلى ألمانيا، التي انتقد فيها كندا بشدة.",
    ),
    ["ACCUSE IND>CAN asserted"],
  );
  // A feminine verb agrees with the state before التي, which stays its subject.
  assert.deepEqual(
    accusations(
      "ردت وزارة الخارجية الكوبية على تصريحات الرئيس الفنزويلي نيكولاس مادورو خلال زيارته إلى كولومبيا، التي اتهمت فيها كوبا بالتدخل في شؤونها.",
    ),
    ["ACCUSE COL>CUB asserted"],
  );
});

test("'the slap of the century' and plural insults are a state's disapproval of another", () => {
  assert.deepEqual(accusations("ووصف وزير الخارجية الإيراني الخطة الأمريكية بأنها صفعة القرن."), [
    "ACCUSE IRN>USA asserted",
  ]);
  assert.deepEqual(accusations("وقال السفير الروسي إن المسؤولين البريطانيين كاذبون في هذه القضية."), [
    "ACCUSE RUS>GBR asserted",
  ]);
  // A slap alone (a blow to a team or a plan) is no disapproval word.
  assert.deepEqual(accusations("وقال الوزير الإيراني إن الهزيمة كانت صفعة للمنتخب الأمريكي."), []);
});
