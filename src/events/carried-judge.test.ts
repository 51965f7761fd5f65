// The judge of an evaluation told by a speech verb with no speaker is the speaker named in the sentence
// before (carried-judge.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const accusations = (text: string) => eventLines(text).filter((l) => l.startsWith("ACCUSE"));

test("a deed in the reported clause of a bare وأضاف is the earlier speaker's charge", () => {
  const text =
    "وقال وزير الخارجية الهولندي في مؤتمر صحفي إن التحقيق في الحادث لا يزال جاريا.\n" +
    "وأضاف أن روسيا تقف وراء الهجوم الإلكتروني على مقر المنظمة.";
  assert.deepEqual(accusations(text), ["ACCUSE NLD>RUS asserted"]);
});

test("a copula after a bare وتابع: the earlier speaker judges", () => {
  const text =
    "وقالت وزيرة الخارجية الكندية إن بلادها تتابع الوضع عن كثب.\n" +
    "وتابعت أن القصف السوري للمدنيين يمثل انتهاكا صارخا للقانون الدولي.";
  assert.deepEqual(accusations(text), ["ACCUSE CAN>SYR asserted"]);
});

test("a quotation after a bare وأضاف: its deed is the earlier speaker's charge", () => {
  const text =
    "وقال المتحدث باسم الخارجية الألمانية إن برلين تدرس الخيارات.\n" +
    'وأضاف: "إن كوريا الشمالية استخدمت أسلحة كيميائية في عملية الاغتيال".';
  assert.deepEqual(accusations(text), ["ACCUSE DEU>PRK asserted"]);
});

test("no charge when the sentence before names a body of no state", () => {
  const text =
    "وقالت منظمة هيومن رايتس ووتش في تقرير إن الأدلة كثيرة.\n" +
    "وأضافت أن إسرائيل تقف وراء الهجوم على القافلة.";
  assert.deepEqual(accusations(text), []);
});

test("a speaker named in the sentence itself is its own judge", () => {
  const text =
    "وقال وزير الخارجية الفرنسي إن التحقيق مستمر.\n" + "وأضاف المتحدث الأمريكي أن إيران تقف وراء الهجوم.";
  assert.deepEqual(accusations(text), ["ACCUSE USA>IRN asserted"]);
});

test("a party after أي is no state whose act is judged", () => {
  const text = "وقال وزير الداخلية الأردني إنه لم يثبت تورط أي مواطن عراقي في أعمال إرهابية داخل البلاد.";
  assert.deepEqual(accusations(text), []);
  const forces = "وقال وزير الداخلية الأردني إن القوات العراقية شاركت في أعمال إرهابية داخل البلاد.";
  assert.deepEqual(accusations(forces), ["ACCUSE JOR>IRQ asserted"]);
});

test("a private person's nisba before a deed names no state that did it", () => {
  const text = "وقال وزير الداخلية الأردني إن مواطنين عراقيين يهربون الأسلحة عبر الحدود.";
  assert.deepEqual(accusations(text), []);
});
