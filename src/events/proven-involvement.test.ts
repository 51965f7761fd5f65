// A noun of involvement told as proven in a state speaker's words is the speaker's charge against the state
// named after it (proven-involvement.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const accusations = (text: string) => eventLines(text).filter((l) => l.startsWith("ACCUSE"));

test("a quoted 'proves the involvement of' with the regime's nisba", () => {
  const text =
    'وقال المتحدث باسم وزارة الدفاع الإماراتية إن "إطلاق الطائرة المسيرة يثبت تورط النظام الإيراني في تسليح الجماعة".';
  assert.deepEqual(accusations(text), ["ACCUSE ARE>IRN asserted"]);
});

test("reported after a bare وأضاف, a head word between the noun and the state", () => {
  const text =
    "وقال وزير الخارجية البحريني في مؤتمر صحفي إن التحقيقات مستمرة.\n" +
    "وأضاف أن ضبط الشحنة يكشف ضلوع حكومة قطر في تمويل الخلية.";
  assert.deepEqual(accusations(text), ["ACCUSE BHR>QAT asserted"]);
});

test("no charge under a negation, a condition, or any national", () => {
  assert.deepEqual(accusations("وقال وزير الداخلية الأردني إنه لم يثبت تورط سوريا في التفجير."), []);
  assert.deepEqual(
    accusations("وقال وزير الداخلية الأردني إنه إذا ثبت تورط سوريا في التفجير فسيكون الرد قاسيا."),
    [],
  );
  assert.deepEqual(
    accusations("وقال وزير الداخلية الأردني إن التحقيق يثبت تورط أي مواطن سوري في التفجير."),
    [],
  );
});

test("in the reporter's own words the phrase charges no one", () => {
  assert.deepEqual(accusations("ويثبت التقرير تورط النظام الإيراني في تسليح الجماعة."), []);
});
