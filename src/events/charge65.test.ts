// The sixty-fifth round's readings of charges told as a statement's content (branch charge65).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a pronoun of separation and من before 'behind' keep the state as the charged subject", () => {
  // Before: `من` right before the evaluation was read as a preposition, and no charge was read.
  assert.deepEqual(eventLines("قال وزير الدفاع الفرنسي إن روسيا هي من تقف وراء الهجوم الإلكتروني."), [
    "ACCUSE FRA>RUS asserted",
  ]);
  assert.deepEqual(
    eventLines("وأكد المتحدث باسم الخارجية البريطانية أن النظام السوري هو من يقف خلف الهجوم على البلدة."),
    ["ACCUSE GBR>SYR asserted"],
  );
  // `وراء` alone names its owner right before it; a pronoun of separation may stand between.
  assert.deepEqual(eventLines("وقال وزير الخارجية الهولندي إن روسيا هي وراء الهجوم الإلكتروني."), [
    "ACCUSE NLD>RUS asserted",
  ]);
  // The same words with one word of separation only were read already, and still are.
  assert.deepEqual(eventLines("قال وزير الدفاع الفرنسي إن روسيا هي التي تقف وراء الهجوم الإلكتروني."), [
    "ACCUSE FRA>RUS asserted",
  ]);
});

test("guards: a denied predicate, a group that is no state, a question", () => {
  assert.deepEqual(eventLines("قال وزير الدفاع الفرنسي إن روسيا ليست هي من تقف وراء الهجوم الإلكتروني."), []);
  assert.deepEqual(eventLines("قال وزير الدفاع الفرنسي إن جماعة مسلحة هي من تقف وراء الهجوم."), []);
  assert.deepEqual(eventLines("قال وزير الدفاع الفرنسي إنه لا يعرف من يقف وراء الهجوم."), []);
  assert.deepEqual(eventLines("وقال وزير الخارجية الهولندي إن روسيا ليست هي وراء الهجوم."), []);
});

test("'a state of terror' said of another state is a charge against it", () => {
  assert.deepEqual(eventLines("وقال الرئيس الإيراني في كلمة أمام البرلمان إن إسرائيل دولة إرهاب."), [
    "ACCUSE IRN>ISR asserted",
  ]);
  // Said of the speaker's own state, or denied, it charges no one.
  assert.deepEqual(eventLines("وقال الرئيس الإيراني إن إيران ليست دولة إرهاب."), []);
});

test("a state said to have failed its commitments is charged by the speaker", () => {
  assert.deepEqual(eventLines("وقال وزير الخارجية الروسي إن الولايات المتحدة فشلت في الوفاء بتعهداتها."), [
    "ACCUSE RUS>USA asserted",
  ]);
  assert.deepEqual(
    eventLines("وأكد المتحدث باسم الخارجية الصينية أن اليابان لم تف بالتزاماتها في الاتفاق."),
    ["ACCUSE CHN>JPN asserted"],
  );
  // The speaker's own state, or no state (talks, a government told in the reporter's words), is no charge.
  assert.deepEqual(eventLines("وقال وزير الخارجية الروسي إن روسيا لم تف بالتزاماتها بعد."), []);
  assert.deepEqual(eventLines("فشلت الحكومة في الوفاء بالتزاماتها تجاه المواطنين."), []);
});

test("a participle of speech frames the charge for the party right before it, not the sentence's first speaker", () => {
  // Before: the speech verb opening the sentence (Trump's) was taken as the judge, his own state the owner.
  assert.deepEqual(
    eventLines(
      'وكان الرئيس الأمريكي قال في خطاب له إنه سيفرض قيودا جديدة، وهو ما رد عليه الرئيس الكوبي، ميغيل دياز كانيل قائلا إن أمريكا "فشلت في الوفاء بتعهداتها".',
    ).filter((l) => l.startsWith("ACCUSE")),
    ["ACCUSE CUB>USA asserted"],
  );
  assert.deepEqual(
    eventLines("ورد وزير الخارجية الكوبي مؤكدا أن الولايات المتحدة فشلت في الوفاء بتعهداتها."),
    ["ACCUSE CUB>USA asserted"],
  );
});
