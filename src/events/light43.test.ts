// The forty-third round's light verbs and their act nouns (branch light43): a charge carried by وجه, measures
// taken against a state, restrictions lifted, tariffs spelt تعرفة, funding stopped, and the agent of a noun
// whose ل-object holds a nisba. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a charge carried by the light verb وجه (وجه X تهما لـ) is ACCUSE by the verb's subject", () => {
  // Before: وجه was set aside (it needed الشكر) and تهما is no trigger of its own.
  assert.deepEqual(coded("ووجهت الحكومة الهولندية تهما إلى موسكو بالتجسس على منظمة دولية."), [
    "ACCUSE NLD>RUS asserted",
  ]);
  // A message or a visit carried by the same verb is no charge.
  assert.deepEqual(coded("ووجهت الحكومة الهولندية رسالة إلى موسكو بشأن الرحلة المنكوبة."), []);
});

test("measures or sanctions taken against a state (اتخذ … إجراءات ضد) are SANCTION", () => {
  assert.deepEqual(coded("واتخذت الحكومة الأسترالية إجراءات ضد إيران بعد الكشف عن المؤامرة."), [
    "SANCTION AUS>IRN asserted",
  ]);
  // The relative clause carries the sanctions named before it.
  assert.deepEqual(coded("وتضررت الشركات من العقوبات التي اتخذتها اليابان ضد روسيا."), [
    "SANCTION JPN>RUS asserted",
  ]);
  // The necessary measures taken at home are no act against a state.
  assert.deepEqual(coded("واتخذت الحكومة الأسترالية الإجراءات اللازمة لحماية حدودها."), []);
});

test("restrictions lifted (رفع القيود) are CONCEDE, and a tariff spelt تعرفة is a tariff", () => {
  assert.deepEqual(coded("ورفعت كندا القيود المفروضة على الواردات من كوبا."), ["CONCEDE CAN>CUB asserted"]);
  assert.deepEqual(coded("ورفعت الهند التعرفة الجمركية على السلع الأمريكية."), ["SANCTION IND>USA asserted"]);
  // Restrictions raised at home, with no other state, stay no event.
  assert.deepEqual(coded("ورفعت كندا القيود المفروضة على السفر الداخلي."), []);
});

test("funding stopped (وقف … تمويل) is SANCTION of the body it funded", () => {
  assert.deepEqual(coded("وأعلنت كندا وقف تمويل وكالة غوث وتشغيل اللاجئين الفلسطينيين."), [
    "SANCTION CAN>IGO asserted",
  ]);
  // A demand to stop funding terrorism is the demand alone.
  assert.deepEqual(coded("وطالبت مصر قطر بوقف تمويل الإرهاب."), ["REQUEST EGY>QAT asserted"]);
});

test("lifting sanctions decided (قررت X رفع العقوبات عن) is CONCEDE; lifting as a term of a deal is not", () => {
  assert.deepEqual(coded("وقررت كندا رفع العقوبات عن ميانمار."), ["CONCEDE CAN>MMR asserted"]);
  assert.deepEqual(coded("وتحدث الوزير عن الاتفاق مقابل رفع العقوبات عن ميانمار."), []);
});

test("a nisba in the ل-object of a noun a light verb carries is the object's (وجهت X ضربة لمواقع …)", () => {
  // Before: the nisba after the ل-object was read as the strike's agent.
  assert.deepEqual(coded("ووجهت تركيا ضربة لمواقع عراقية قرب الحدود."), ["ASSAULT TUR>IRQ asserted"]);
  // With no light verb before it, the nisba after ل still names who carried the raids out.
  assert.deepEqual(coded("واستمرت غارات لطائرات روسية على مواقع تركية قرب الحدود."), [
    "ASSAULT RUS>TUR asserted",
  ]);
});
