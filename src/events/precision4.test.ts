// Precision rules of issue 6, eighth pass (docs/EVENTS.md, "Eighth pass: precision on unseen text"):
// meetings told as expected or proposed, nisbas stacked on an act's noun, lifted sanctions, a denial
// of a claim told in its own sentence. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality`, states sorted. */
const coded = (text: string) => eventLines(text, "modality");

test("a meeting with a future adjective one word after its noun is a planned meeting, not one held", () => {
  assert.deepEqual(coded("وتحدث الوزير عن القمة التاريخية المرتقبة بين الهند وباكستان."), [
    "AGREE IND>PAK future",
  ]);
  // No adjective of the future: the summit was held.
  assert.deepEqual(coded("وعقدت القمة التاريخية بين الهند وباكستان في نيودلهي."), [
    "CONSULT IND>PAK asserted",
  ]);
});

test("a proposed meeting is a proposal; the noun `مقترح` in construct is no adjective", () => {
  assert.deepEqual(coded("وتحدث الوزير عن المباحثات المقترحة بين البرازيل والأرجنتين."), [
    "CONSULT BRA>ARG proposed",
  ]);
  assert.deepEqual(coded("وثمة قمة مقترحة بين البرازيل والأرجنتين مطلع الشهر."), [
    "CONSULT BRA>ARG proposed",
  ]);
  // The proposal rejected is Argentina's own act, addressed to Brazil (tenth pass, nested acts).
  assert.deepEqual(coded("ورفضت البرازيل مقترح الأرجنتين بشأن الحدود."), [
    "REJECT BRA>ARG asserted",
    "REQUEST ARG>BRA asserted",
  ]);
});

test("an expected act (من المنتظر، توقعات ب) is future", () => {
  assert.deepEqual(coded("ومن المنتظر أن يجري أول لقاء بين الهند وباكستان منذ عامين الأسبوع المقبل."), [
    "AGREE IND>PAK future",
  ]);
  assert.deepEqual(coded("وقال إن هناك توقعات بعقد قمة بين الهند وباكستان في مايو."), [
    "AGREE IND>PAK future",
  ]);
});

test("nisbas stacked with no و on a directed act's noun are its joint agents, not agent and target", () => {
  assert.deepEqual(coded("وتدهورت العلاقات بعد الهجوم الثلاثي الأمريكي البريطاني الفرنسي على سوريا."), [
    "ASSAULT FRA+GBR+USA>SYR asserted",
  ]);
  assert.deepEqual(coded("وتغير المشهد السياسي كليا بعد الغزو الأمريكي البريطاني للعراق."), [
    "ASSAULT GBR+USA>IRQ asserted",
  ]);
  assert.deepEqual(coded("وتدهورت العلاقات بعد الضربة الأمريكية البريطانية لمواقع سورية."), [
    "ASSAULT GBR+USA>SYR asserted",
  ]);
  // One nisba: agent, and the target after على.
  assert.deepEqual(coded("وتدهورت العلاقات بعد الهجوم الأمريكي على سوريا."), ["ASSAULT USA>SYR asserted"]);
});

test("sanctions ended by the verbal noun before them are an easing, not a sanction", () => {
  assert.deepEqual(
    coded(
      "وأوضح المسؤول أن واشنطن لن تقدم في هذه المرحلة أي تنازلات مثل رفع العقوبات المفروضة على كوريا الشمالية.",
    ),
    ["CONCEDE USA>PRK asserted"],
  );
  assert.deepEqual(coded("وفرضت الولايات المتحدة عقوبات على كوريا الشمالية."), ["SANCTION USA>PRK asserted"]);
});

test("a denial after وهو الذي answers the claim told in its sentence, not the event told before", () => {
  const told = "واتهمت السعودية سوريا بدعم المتمردين. وقال ناشطون إن القوات قصفت بلدة في الشمال، ";
  assert.deepEqual(coded(`${told}وهو الذي نفته السلطات السورية.`), ["ACCUSE SAU>SYR asserted"]);
});

test("an act a party may yet be able to do (يتمكن، تتمكن in the imperfect) is conditional; done, it is asserted", () => {
  // An agreement a party may yet be able to reach is one sought, no act (agree18: agreementSought).
  assert.deepEqual(coded("وقال الوزير إن الهدف هو أن تتمكن الجزائر من التوصل إلى اتفاق مع المغرب."), []);
  assert.deepEqual(coded("وتمكنت الجزائر من التوصل إلى اتفاق مع المغرب."), ["AGREE DZA>MAR asserted"]);
});

test("a pledge of pressure or punishment is a threat; a pledge of cooperation stays an agreement", () => {
  assert.deepEqual(
    coded("وتعهد الرئيس الأمريكي دونالد ترامب بمواصلة الضغط على فنزويلا حتى إجراء انتخابات."),
    ["THREATEN USA>VEN asserted"],
  );
  assert.deepEqual(coded("وتعهدت الولايات المتحدة بتطوير التعاون مع كولومبيا."), ["AGREE USA>COL asserted"]);
});
