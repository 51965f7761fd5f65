// Channels no lexicon row knows, read from their shape (lexicons/mechanism-patterns.tsv): a name has
// a word made definite; a phrase with none describes a kind of channel, and `في إطار` names none.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const mechanisms = (text: string) =>
  analyzeText(text, {})
    .entities.filter((e) => e.type === "MECHANISM")
    .map((e) => e.name);

test("mechanism names: a definite head and a strong qualifier name a channel", () => {
  assert.deepEqual(mechanisms("واستأنف البلدان الحوار الاستراتيجي في الدوحة بعد توقف دام عامين."), [
    "الحوار الاستراتيجي",
  ]);
});

test("mechanism names: with no word made definite the phrase is a description, no channel", () => {
  assert.deepEqual(mechanisms("وعقد الوفدان محادثات ثنائية استمرت ثلاث ساعات في العاصمة الماليزية."), []);
  assert.deepEqual(mechanisms("واتفق الجانبان على إنشاء مجموعة عمل مشتركة لمتابعة الملف."), []);
});

test("mechanism names: `في إطار` (within the frame of) names no channel", () => {
  assert.deepEqual(mechanisms("ونفذت القوات الغارة في إطار العمليات العسكرية المشتركة ضد التنظيم."), []);
});
