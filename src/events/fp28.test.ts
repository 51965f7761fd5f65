// The twenty-eighth pass's precision rules (docs/EVENTS.md, "Twenty-eighth pass: the corpus set's false
// events"): acts of no state read as a state's. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the nisba of a club, a party, a movement or a poet names no party of the act; a lawmaker's names his state", () => {
  assert.deepEqual(coded('وجدد زعيم حزب المحافظين البريطاني "مايكل هوارد" دعوته إلى الحوار مع إيران.'), []);
  assert.deepEqual(coded('ووجهت جماعة "حزب الله" اللبنانية اتهامات إلى الإمارات بالتدخل في الانتخابات.'), []);
  assert.deepEqual(
    coded("ورفض رئيس نادي الأهلي المصري، الأحد، عقوبات فرضها عليه الاتحاد الإفريقي لكرة القدم."),
    [],
  );
  assert.deepEqual(coded("وهاجم الشاعر الأردني الحكومة الإسرائيلية في قصيدته الأخيرة."), []);
  // Guard: a lawmaker's nisba is his state's (PLOVER's sector LEG), as the held-out gold codes US senators.
  assert.deepEqual(coded("واتهم بعض المشرعين الأمريكيين السعودية بعرقلة التحقيق."), [
    "ACCUSE USA>SAU asserted",
  ]);
  // Guard: a minister's nisba is the state's, the attorney general's too (a word stands between).
  assert.deepEqual(coded("واتهم وزير الخارجية الأردني إسرائيل بانتهاك الاتفاق."), [
    "ACCUSE JOR>ISR asserted",
  ]);
  assert.deepEqual(coded("ودعا النائب العام المصري نظيره الإيطالي إلى تبادل المعلومات."), [
    "REQUEST EGY>ITA asserted",
  ]);
  // Guard: as a recipient, a private person's nisba stands for the state that holds him.
  assert.deepEqual(coded("وطالبت الأمم المتحدة بالإفراج عن الناشط البحريني المعتقل."), [
    "REQUEST IGO>BHR asserted",
  ]);
});

test("a meeting held with the ل of purpose after a noun of effort, offer, place or date is sought, not held", () => {
  assert.deepEqual(coded("وقدم الرئيس الأفغاني عرضا جديدا لعقد محادثات مع باكستان."), [
    "AGREE AFG>PAK future",
  ]);
  assert.deepEqual(coded("وطرحت روسيا على أرمينيا مبادرة لعقد اجتماع مع أذربيجان في موسكو."), [
    "AGREE ARM>AZE future",
  ]);
  // Guard: after a verb of travel the talks are the visit's, held.
  assert.deepEqual(coded("ووصل وزير الخارجية الروسي إلى أنقرة لإجراء محادثات مع نظيره التركي."), [
    "CONSULT RUS>TUR asserted",
  ]);
});
