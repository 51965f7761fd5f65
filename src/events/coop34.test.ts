// The thirty-fourth pass on missed meetings, agreements, support and cooperation (section
// "Thirty-fourth pass: …", /work/notes/section-coop34.md until the lead merges it). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a trip told in the imperfect or the future of سافر is a visit, or a visit to come", () => {
  assert.deepEqual(coded("وسيسافر وزير الخارجية الهندي سوبراهمانيام جايشانكار إلى اليابان الأسبوع المقبل."), [
    "AGREE IND>JPN future",
  ]);
  assert.deepEqual(coded("ويسافر رئيس الوزراء الكندي جاستن ترودو إلى المكسيك يوم الأحد."), [
    "CONSULT CAN>MEX asserted",
  ]);
  // Without إلى the word is the adjective 'blatant': no trip.
  assert.deepEqual(coded("وقالت الخارجية المصرية إن ذلك اعتداء سافر على القانون."), []);
});

test("accepting an invitation is an agreement with the state that invited", () => {
  assert.deepEqual(coded("وقد قبل الرئيس الكيني وليام روتو دعوة نظيره الإثيوبي لزيارة أديس أبابا."), [
    "AGREE KEN>ETH asserted",
  ]);
  // The invitation itself is Egypt's request; the acceptance is Jordan's agreement.
  assert.ok(coded("ولبت الأردن دعوة مصر لحضور اجتماع وزراء الخارجية.").includes("AGREE JOR>EGY asserted"));
  // قبل as 'before' with an invitation after it is no acceptance.
  assert.deepEqual(coded("وتحدث السفير قبل دعوة الصحفيين إلى العشاء."), []);
});

test("a state body's act told with another state's backing after ب is that state's backing of it", () => {
  assert.deepEqual(coded("وسيطرت القوات الحكومية الليبية على المطار بدعم من مصر."), [
    "SUPPORT EGY>LBY asserted",
  ]);
  assert.deepEqual(coded("وتقدم الجيش الصومالي في الإقليم بدعم إثيوبي."), ["SUPPORT ETH>SOM asserted"]);
  // The backing is given now, whatever the mood of the act it backs; an ally's word may stand after من.
  assert.deepEqual(coded("وتستعد الحكومة الأفغانية، بدعم من حليفتها الهند، لإجراء الانتخابات."), [
    "SUPPORT IND>AFG asserted",
  ]);
  // With warplanes or air cover named, the backing is military aid.
  assert.deepEqual(coded("وشنت القوات العراقية هجوما على البلدة، بدعم من الطيران الأمريكي."), [
    "AID USA>IRQ asserted",
  ]);
});

test("a backing noun backs no group of no state, and takes no act from the clause around it", () => {
  // Rebels hold the capital: the backing is of a group, not of the state named after على.
  assert.deepEqual(coded("وسيطر المتمردون على العاصمة كابول، بدعم من باكستان."), []);
  // A strike told after the backing noun stays the actor's own act.
  assert.deepEqual(coded("وقامت فرنسا، بدعم من حلفائها، بقصف مواقع في مالي."), ["ASSAULT FRA>MLI asserted"]);
  // A charge of backing is no backing.
  assert.deepEqual(coded("واتهمت الحكومة الإثيوبية مصر بدعم المعارضة المسلحة."), ["ACCUSE ETH>EGY asserted"]);
});

test("a meeting a state looks forward to is planned, not held", () => {
  assert.deepEqual(coded("وقال الرئيس البرازيلي لولا دا سيلفا إنه يتطلع للقاء قادة الأرجنتين."), [
    "AGREE BRA>ARG future",
  ]);
  assert.deepEqual(coded("وأعرب الرئيس الروسي فلاديمير بوتين عن تطلعه للقاء نظيره الفرنسي."), [
    "AGREE RUS>FRA future",
  ]);
  // The meeting itself, told as held, stays a consultation.
  assert.deepEqual(coded("والتقى الرئيس البرازيلي لولا دا سيلفا قادة الأرجنتين في بوينس آيرس."), [
    "CONSULT BRA>ARG asserted",
  ]);
});
