// Precision on unseen text, tenth pass (docs/EVENTS.md, "Tenth pass: precision on unseen text").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality`, states sorted. */
const coded = (text: string) => eventLines(text, "modality");

test("a nisba after the noun of the thing acted on names its owner, not the act's agent", () => {
  // إسقاط طائرة هندية: the plane is India's; who shot it down is not told.
  assert.deepEqual(coded("ويعد هذا أسوأ حادث منذ إسقاط طائرة هندية شرقي باكستان عام 2015."), []);
  // تدعم الموقف الياباني: Japan's position is supported, Japan does not support.
  assert.deepEqual(
    coded('وقال الوزير إن هناك دولا "تدعم الموقف الياباني ومنها أستراليا".').filter((e) =>
      e.startsWith("SUPPORT JPN"),
    ),
    [],
  );
  // Guard: the subject stands between the verb and the thing (`أسقطت الدفاعات الهندية الطائرة الباكستانية`).
  assert.deepEqual(coded("وأسقطت الدفاعات الجوية الهندية الطائرة الباكستانية فوق كشمير."), [
    "ASSAULT IND>PAK asserted",
  ]);
});

test("an act a state is considering (تبحث، تدرس) is proposed, not done", () => {
  assert.deepEqual(coded("وتبحث الهند فرض رسوم جمركية جديدة على بضائع باكستانية بقيمة مليار دولار."), [
    "SANCTION IND>PAK proposed",
  ]);
  assert.deepEqual(coded("ولا تزال الحكومة في نيودلهي تدرس فرض مزيد من العقوبات على باكستان."), [
    "SANCTION IND>PAK proposed",
  ]);
  // Guard: بحث in the perfect with a counterpart is a meeting held, not a consideration.
  assert.deepEqual(coded("وبحث وزير الخارجية الهندي مع نظيره الباكستاني فرض رسوم على البضائع."), [
    "CONSULT IND>PAK asserted",
  ]);
});

test("a chemical attack told in the news is no attack between the states its sentence names", () => {
  assert.deepEqual(
    coded(
      "وقال الرئيس الفرنسي إيمانويل ماكرون إنه سيكون هناك ثمن باهظ للهجوم الكيماوي على المدنيين في العراق.",
    ),
    [],
  );
  assert.deepEqual(
    coded("وقالت الخارجية الفرنسية إنها تتابع التقارير عن احتمال شن هجوم كيميائي في العراق."),
    [],
  );
  // Guard: the strikes answering it are an attack between states.
  assert.deepEqual(coded("وشنت فرنسا ضربات جوية على سوريا ردا على الهجوم الكيماوي في دوما."), [
    "ASSAULT FRA>SYR asserted",
  ]);
});

test("a request to the international community has no state as its recipient", () => {
  const requests = (text: string) => coded(text).filter((e) => e.startsWith("REQUEST"));
  assert.deepEqual(
    requests("ودعا رئيس الوزراء الهندي المجتمع الدولي إلى إدانة ما وصفه بالاستفزاز المتكرر من جانب باكستان."),
    [],
  );
  // Guard: a state as the addressee is the recipient.
  assert.deepEqual(requests("ودعا رئيس الوزراء الهندي ناريندرا مودي باكستان إلى وقف دعم الجماعات المسلحة."), [
    "REQUEST IND>PAK asserted",
  ]);
});

test("a state after a topic noun (العلاقات مع، الأزمة مع) is what the act is about, not its recipient", () => {
  assert.deepEqual(
    coded(
      "والتقى الرئيس الهندي نظيره الياباني في طوكيو. كما تناولت محادثات الزعيمين الصراع في أفغانستان، والعلاقات مع باكستان.",
    ),
    ["CONSULT IND>JPN asserted"],
  );
  // Guard: مع right after the act noun names its other side.
  assert.deepEqual(coded("وأجرى الرئيس الهندي محادثات مع باكستان."), ["CONSULT IND>PAK asserted"]);
});
