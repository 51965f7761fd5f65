// Detentions of another state's national, branch detain62: a journalist or activist named with his
// title and state is the target of his arrest (detainee-unit.ts), and a held participle may tell the
// time of the detention before its place (held.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a named journalist or activist of another state arrested or deported is a COERCE on his state", () => {
  // Before: the journalist's name took his title, and a journalist is no party, so no target was read.
  assert.deepEqual(coded("واعتقلت السلطات الإيرانية الصحفي البريطاني جون سميث في طهران الشهر الماضي."), [
    "COERCE IRN>GBR asserted",
  ]);
  assert.deepEqual(coded("ورحلت السلطات المصرية الناشطة الأمريكية جين دو إلى بلادها."), [
    "COERCE EGY>USA asserted",
  ]);
});

test("a journalist or activist stays no party of other acts", () => {
  assert.deepEqual(coded("وانتقدت الحكومة الإيرانية الصحفي البريطاني جون سميث بشدة."), []);
  assert.deepEqual(coded("وقال الصحفي البريطاني جون سميث إن الشرطة اعتقلت عشرات المتظاهرين."), []);
  // A journalist of the arresting state's own: no act between states.
  assert.deepEqual(coded("واعتقلت السلطات الإيرانية الصحفي الإيراني علي رضا حسيني في طهران."), []);
});

test("a held participle may tell how long before the place of the detention", () => {
  assert.deepEqual(coded("وجددت واشنطن مطالبتها بالإفراج عن القس الأمريكي المحتجز منذ عامين في تركيا."), [
    "COERCE TUR>USA asserted",
  ]);
  assert.deepEqual(coded("وزار السفير الطالب الفرنسي المعتقل منذ نحو عام في إيران."), [
    "COERCE IRN>FRA asserted",
  ]);
  // A comma after the time phrase: the place is another clause's.
  assert.deepEqual(coded("وقال الطالب الفرنسي المعتقل منذ عام، في رسالة من سجنه، إنه بريء."), []);
});

test("a detainee noun right after a verb of arresting is its passive's object, held by the place's state", () => {
  // Before: the student read as the verb's subject, COERCE GBR>ARE, the sides reversed.
  assert.deepEqual(coded("واعتقل الطالب البريطاني في مطار دبي أثناء مغادرته البلاد."), [
    "COERCE ARE>GBR asserted",
  ]);
  assert.deepEqual(coded("واحتجز مواطن أمريكي في طهران الأسبوع الماضي."), ["COERCE IRN>USA asserted"]);
  // The subject told before the verb is the detaining state.
  assert.deepEqual(coded("وقالت لندن إن السلطات الإماراتية اعتقلت الطالب البريطاني."), [
    "COERCE ARE>GBR asserted",
  ]);
  // No place and no subject: no detaining state.
  assert.deepEqual(coded("واعتقل الصحفي البريطاني بعد ساعات من وصوله."), []);
  // A place of his own state: no act between states.
  assert.deepEqual(coded("واعتقل الطالب البريطاني في لندن."), []);
});

test("a verb of arresting in a relative clause holds the antecedent person's state", () => {
  // Before: the arrest row's needed noun stood before the verb, and its pronoun was read as no party.
  assert.deepEqual(coded("ودعا إلى الإفراج عن الباحث الفرنسي الذي تعتقله إيران منذ أشهر."), [
    "COERCE IRN>FRA asserted",
  ]);
  // A state's body before its nisba is the relative clause's subject.
  assert.deepEqual(coded("وتحدث عن الصحفي الأمريكي، الذي تحتجزه السلطات التركية في إسطنبول."), [
    "COERCE TUR>USA asserted",
  ]);
});

test("a held participle's agent after من قبل is the holder", () => {
  // The call for release is France's request of Iran; the detention, Iran's of France's nationals.
  assert.deepEqual(
    coded("وطالبت باريس بالإفراج عن المواطنين الفرنسيين المحتجزين من قبل السلطات الإيرانية."),
    ["REQUEST FRA>IRN asserted", "COERCE IRN>FRA asserted"],
  );
  // The agent's state is the detainee's own: no act between states.
  assert.deepEqual(coded("وتحدث عن الصحفيين الأتراك المحتجزين من قبل الحكومة التركية."), []);
});
