// The thirty-fourth pass's side rules (false events with a wrong side): a state that only describes a
// side, the topic or place of an act. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state inside a relative clause on the actor is no recipient of the act outside it", () => {
  // Before: REJECT CHN>VEN as well, the described state read as the one the draft was refused to.
  assert.deepEqual(coded("ورفضت الصين التي تدعم الحكومة الفنزويلية مشروع القرار الجديد."), [
    "SUPPORT CHN>VEN asserted",
  ]);
  // Before: AGREE ITA>EGY and THREATEN FRA>ERI+ETH.
  assert.deepEqual(
    coded("وتعهدت الحكومة الإيطالية، التي تحاول تحسين علاقاتها مع القاهرة، بالتزام الحياد."),
    [],
  );
  assert.deepEqual(coded("وحذرت فرنسا، التي رعت الهدنة بين إثيوبيا وإريتريا، من أنها سترد على أي خرق."), []);
});

test("guards: the act inside the relative clause, a recipient after the relative clause", () => {
  assert.deepEqual(coded("وقالت الصين، التي تدعم الحكومة الفنزويلية، إنها ترفض العقوبات."), [
    "SUPPORT CHN>VEN asserted",
  ]);
  assert.deepEqual(coded("واتهمت اليابان، التي تستضيف قواعد أمريكية، كوريا الشمالية بإطلاق صاروخ."), [
    "ACCUSE JPN>PRK asserted",
  ]);
});

test("two states after a noun of relations or conflict and بين are the topic of a third state's act", () => {
  // Before: THREATEN JPN>IND+PAK, CONSULT IGO>RUS+UKR.
  assert.deepEqual(coded("وحذرت اليابان، وسط تصاعد التوتر بين الهند وباكستان، من أي تصعيد."), []);
  assert.deepEqual(coded("وعقد مجلس الأمن اجتماعا طارئا في ظل الأزمة بين روسيا وأوكرانيا."), []);
});

test("guards: the actor one of the pair, the ties as the act's complement, relations restored", () => {
  // A welcome of (or concern at) the ties between two states is an act toward both (the development gold
  // codes concern at a rapprochement so).
  assert.deepEqual(coded("ورحبت مصر بتحسن العلاقات بين السعودية والعراق."), ["SUPPORT EGY>IRQ+SAU asserted"]);
  assert.deepEqual(
    coded(
      "وقال وزير الخارجية السعودي خلال لقائه نظيره الأمريكي إن العلاقات بين السعودية والولايات المتحدة متينة.",
    ),
    ["CONSULT SAU>USA asserted"],
  );
  assert.deepEqual(coded("وأعلنت كوبا والولايات المتحدة استئناف العلاقات الدبلوماسية بين البلدين."), [
    "COOPERATE CUB+USA> asserted",
  ]);
});

test("a state in a phrase of time after the trigger dates the act, and is no recipient", () => {
  // Before: ASSAULT RUS>IGO and SANCTION CAN>TWN.
  assert.deepEqual(
    coded("ونفذت الطائرات الروسية غارات على إدلب بعد تبني مجلس الأمن قرارا بوقف إطلاق النار."),
    [],
  );
  assert.deepEqual(
    coded("واستدعت كندا سفيرها لدى دولتين في أفريقيا بعد أن قررتا قطع علاقاتهما مع تايوان."),
    [],
  );
});

test("guards: a reaction to a state's decision, a destination, بعد as 'yet'", () => {
  assert.deepEqual(coded("وهددت الصين برد حازم عقب قرار الولايات المتحدة فرض رسوم جديدة."), [
    "THREATEN CHN>USA asserted",
  ]);
  assert.deepEqual(coded("ويتوجه الوزير الأمريكي بعد انتهاء الاجتماع في بروكسل إلى اليونان."), [
    "CONSULT USA>GRC asserted",
  ]);
  assert.deepEqual(coded("ووصل الرئيس الفرنسي إلى روما قبيل القمة المرتقبة مع المستشارة الألمانية."), [
    "CONSULT FRA>ITA asserted",
  ]);
});
