// The twenty-first pass on requests and refusals (docs/EVENTS.md, "Twenty-first pass: requests and
// refusals: recall"): an addressee that is no state, request nouns read as verbs. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a request whose addressee after من is no party asks no state", () => {
  // The one asked is a set of companies: the state named in what is asked is not the recipient.
  assert.deepEqual(
    coded("وقال الرئيس الفلبيني إن حكومته ستطلب من شركات الطيران إجلاء العمال من الكويت."),
    [],
  );
  // Guard: a state, an IGO, or a counterpart right after من is the one asked.
  assert.deepEqual(coded("وطلبت الهند من السلطات العراقية المساعدة في تحديد مكانهم."), [
    "REQUEST IND>IRQ asserted",
  ]);
  assert.deepEqual(coded("وطلبت روسيا من منظمة حظر الأسلحة الكيميائية عقد اجتماع."), [
    "REQUEST RUS>IGO asserted",
  ]);
  assert.deepEqual(coded("وطلب الرئيس المصري من نظيره السوداني تسليم المتهمين."), [
    "REQUEST EGY>SDN asserted",
  ]);
  assert.deepEqual(coded("وطلبت تركيا من الرئيس الأمريكي دونالد ترامب تسليم غولن."), [
    "REQUEST TUR>USA asserted",
  ]);
  // Guard: من that opens an adverb or a compound preposition names no one asked (cue min_compound).
  assert.deepEqual(coded("ودعت روسيا من جهتها إلى جلسة طارئة لمجلس الأمن الدولي."), [
    "REQUEST RUS>IGO asserted",
  ]);
  assert.deepEqual(
    coded("وقال الأمين العام للإنتربول إنه طلب من خلال القنوات الرسمية من السلطات الصينية تقديم معلومات."),
    ["REQUEST IGO>CHN asserted"],
  );
});

test("طلب or عرض after a preposition of answering, an act word or its subject is the noun: its genitive asks", () => {
  assert.deepEqual(coded("وتبحث الحكومة البريطانية طلب السفارة الروسية زيارة المعتقلين."), [
    "REQUEST RUS>GBR asserted",
  ]);
  assert.deepEqual(coded("وتنظر السلطات اللبنانية في طلب الكويت ترحيله إليها."), [
    "REQUEST KWT>LBN asserted",
  ]);
  assert.deepEqual(coded("ورفضت ألمانيا طلب الولايات المتحدة إرسال قوات إلى سوريا."), [
    "REJECT DEU>USA asserted",
    "REQUEST USA>DEU asserted",
  ]);
  // Examining a request is no planned talks (forty-fourth pass, prec44): the AGREE once listed here is gone.
  assert.deepEqual(coded("وقالت بريطانيا إنها ستبحث طلب روسيا وفقا لالتزاماتها."), [
    "REQUEST RUS>GBR asserted",
  ]);
  assert.deepEqual(coded("وقبلت إيران عرض روسيا للوساطة."), [
    "AGREE IRN>RUS asserted",
    "REQUEST RUS>IRN asserted",
  ]);
  // Guard: the verb after a complementizer keeps its subject before it.
  assert.deepEqual(coded("وقال إن ترامب طلب من الصين المساعدة."), ["REQUEST USA>CHN asserted"]);
  assert.deepEqual(coded("وقالت روسيا إن الرئيس بوتين طلب من تركيا وقف العملية."), [
    "REQUEST RUS>TUR asserted",
  ]);
  // Guard: a genitive governed by a preposition is no agent (`تقديم طلب للحكومة القطرية`: made to it).
  assert.deepEqual(coded("واتهم السفير الداعية بتقديم طلب للحكومة القطرية بدعم المعارضة."), []);
});
