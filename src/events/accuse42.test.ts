// The forty-second round's ACCUSE readings (branch accuse42): a state's act called worrying or
// disheartening in a state speaker's words, and a denial summed up by `الأمر الذي`/`وهذا ما` after a
// claim no one is said to accuse with. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state's act called worrying (مقلق، مثير للقلق، محبط) by another state's speaker is a charge", () => {
  // Before: only words such as مؤسف or مخيب للآمال made the judgement a charge.
  assert.deepEqual(
    coded("وقال وزير الخارجية الهولندي إن قرار موسكو تعليق صادرات الحبوب أمر مقلق ومحبط للغاية."),
    ["ACCUSE NLD>RUS asserted"],
  );
  assert.deepEqual(
    coded('وقالت المتحدثة باسم الخارجية اليابانية إن المناورات البحرية الصينية قرب الجزر "مثيرة للقلق".'),
    ["ACCUSE JPN>CHN asserted"],
  );
  // A worrying state of things that no state is said to cause stays no event.
  assert.deepEqual(coded("وقال وزير الخارجية الهولندي إن الوضع الإنساني في المخيمات مقلق."), []);
});

test("a denial summing up a suspicion told with no accuser answers no charge told sentences before", () => {
  const earlier =
    "وانتقدت كندا سياسة فنزويلا بشدة. وتراجع إنتاج النفط هذا العام. وارتفعت الأسعار في الأسواق.";
  // Before: the denial borrowed Canada's criticism, told three sentences back, as the charge it answers.
  assert.deepEqual(
    coded(`${earlier} ويعتقد أن فنزويلا هربت الذهب إلى الخارج، الأمر الذي تنفيه الحكومة الفنزويلية.`),
    ["ACCUSE CAN>VEN asserted"],
  );
  // With a verb of accusing in its sentence, the charge is one whose tellers may be named elsewhere.
  assert.deepEqual(
    coded(`${earlier} وتتهم الحكومات المجاورة فنزويلا بتهريب الذهب، الأمر الذي تنفيه الحكومة الفنزويلية.`),
    ["ACCUSE CAN>VEN asserted", "REJECT VEN>CAN asserted"],
  );
});
