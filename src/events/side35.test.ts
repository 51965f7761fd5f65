// The thirty-fifth pass's rules on false events with a wrong side or type. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a strike on an armed group told with the region of a state it hit has no state as target", () => {
  // Before: ASSAULT TUR>IRQ, ASSAULT JOR>SYR, ASSAULT USA>SOM.
  assert.deepEqual(coded("وقصفت المقاتلات التركية مواقع للمتمردين في شمال العراق."), []);
  assert.deepEqual(coded("وأطلق الجيش الأردني صواريخ على جنوب سوريا استهدفت مهربين ومسلحين."), []);
  assert.deepEqual(
    coded("ونفذت طائرة أمريكية غارة على مدينة جنوبي الصومال أسفرت عن مقتل عشرة من المتشددين."),
    [],
  );
  // Across a border: the state beyond it is where the group stood.
  assert.deepEqual(coded("وقتلت غارة فرنسية عشرين من عناصر التنظيم قرب الحدود المالية مع النيجر."), []);
});

test("guards: a strike on a state's forces in a region, a strike with no armed group named", () => {
  assert.deepEqual(coded("وشنت الطائرات الإسرائيلية غارات على مواقع للجيش السوري جنوب دمشق."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(coded("وقصفت المدفعية الهندية قرى على الحدود مع باكستان."), ["ASSAULT IND>PAK asserted"]);
});

test("a warning that only judges a state of things threatens no one", () => {
  // Before: THREATEN USA>PRK, THREATEN FRA>USA, THREATEN QAT>IRN.
  assert.deepEqual(
    coded("وحذرت الولايات المتحدة كوريا الشمالية من أن برنامجها الصاروخي يقوض فرص الحوار."),
    [],
  );
  assert.deepEqual(
    coded("وحذر الرئيس الفرنسي نظيره الأمريكي من أن الرسوم الجمركية لا تخدم مصالح البلدين."),
    [],
  );
  assert.deepEqual(coded("كما حذر وزير الخارجية القطري من أن الاتفاق مع إيران يؤجل المشكلة ولا يحلها."), []);
});

test("guards: a warning that tells the warner's act to come, a condition or a consequence", () => {
  assert.deepEqual(coded("وحذرت الصين الولايات المتحدة من أنها سترد بحزم على أي عقوبات جديدة."), [
    "THREATEN CHN>USA asserted",
  ]);
  assert.deepEqual(coded("وحذرت إيران الولايات المتحدة من أن انسحابها من الاتفاق ستكون له عواقب وخيمة."), [
    "THREATEN IRN>USA asserted",
  ]);
  assert.deepEqual(coded("وحذر الرئيس الروسي من أن بلاده لن تقف مكتوفة الأيدي إذا تعرضت سوريا لهجوم."), [
    "THREATEN RUS>SYR asserted",
  ]);
});
