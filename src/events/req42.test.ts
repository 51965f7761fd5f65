// The forty-second round's readings of requests (branch req42; section "Forty-second pass: REQUEST …").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a masculine و-verb after a feminine state's reported clause is not that state's", () => {
  // Before: the state opening the reported clause was read as the subject of `وطلب`.
  assert.deepEqual(
    coded("وقال زعيم الحركة المعارضة في خطاب إن تركيا تنفق الأموال لشراء الولاءات، وطلب من العراقيين الصبر."),
    [],
  );
  // The feminine form agrees with the state, which keeps it as its subject.
  assert.deepEqual(
    coded("وقال وزير الخارجية البريطاني إن روسيا غاضبة من القرار، وطالبت الأمم المتحدة بفتح تحقيق عاجل."),
    ["REQUEST RUS>IGO asserted"],
  );
});

test("a request to a court or judge is a filing, not an act between states", () => {
  // Before: the nisba of the court was read as the one asked.
  assert.deepEqual(
    coded("وظهرت علاقاته مع ضباط بالمخابرات الروسية في طلبات لمحكمة بريطانية، ما أدى إلى التحقيق معه."),
    [],
  );
  // A court that is an international body is asked as states ask it.
  assert.deepEqual(coded("وطلبت أوكرانيا من محكمة العدل الدولية إلزام روسيا بوقف العمليات."), [
    "REQUEST UKR>IGO asserted",
  ]);
});

test("a state wanting that another state act (`تريد X أن تفعل Y`) asks that state", () => {
  // Before: the verb of wanting was a request only with `من` and the one asked after the wanter.
  assert.deepEqual(coded("وتريد فرنسا أن توقف إيطاليا ترحيل المهاجرين عبر حدودهما."), [
    "REQUEST FRA>ITA asserted",
  ]);
  // A person of no state, and a leader wanting of his own state, ask no state.
  assert.deepEqual(coded("وكان اللاعب يريد أن تختاره إسبانيا لتمثيلها في البطولة."), []);
  assert.deepEqual(coded("ويريد الرئيس الصيني أن تصبح الصين قوة رياضية كبرى."), []);
});

test("the party right before `مع/على طلب X` answers X's request", () => {
  // Before: the answering state was read as the one asking.
  assert.deepEqual(coded("وأشادت الحكومة المصرية بتجاوب السودان مع طلب مصر تسليم المتهمين."), [
    "SUPPORT EGY>SDN asserted",
    "REQUEST EGY>SDN asserted",
  ]);
  // With the sentence's subject answering, that subject is the one asked, as before.
  assert.deepEqual(coded("ووافقت الأردن على طلب العراق فتح المعبر الحدودي."), [
    "AGREE JOR>IRQ asserted",
    "REQUEST IRQ>JOR asserted",
  ]);
});
