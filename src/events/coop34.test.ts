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
