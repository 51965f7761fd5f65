// The thirty-fourth pass's rules for missed demands, refusals, threats and charges (docs/EVENTS.md,
// "Thirty-fourth pass: missed demands, refusals, threats and charges"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a verb of duty with no actor in its clause is the speaker's demand", () => {
  assert.deepEqual(coded("وقال وزير الخارجية الأمريكي إنه يجب على إيران أن توقف دعمها للمتمردين."), [
    "REQUEST USA>IRN asserted",
  ]);
  assert.deepEqual(coded("وأكدت رئيسة الوزراء البريطانية أنه يتعين على موسكو أن تقدم تفسيرا للهجوم."), [
    "REQUEST GBR>RUS asserted",
  ]);
  // A duty with a deadline after the report is laid now: the deadline is its content's time. Diplomats told
  // to leave are expelled (accuse51, docs/EVENTS.md "Fifty-first pass"): the duty is a SANCTION.
  assert.deepEqual(
    coded("وأضاف وزير الخارجية الصيني أنه يجب على الدبلوماسيين الكنديين مغادرة البلاد قبل 20 ديسمبر 2099."),
    ["SANCTION CHN>CAN asserted"],
  );
});

test("guards: a party after a preposition or before another word does not speak", () => {
  // The speaker is the Israeli prime minister, not Russia after the ل of `لروسيا`.
  assert.deepEqual(
    coded("وكان رئيس الوزراء في زيارته لروسيا قد قال إنه يتوجب على سوريا إبعاد القوات الأجنبية."),
    [],
  );
  assert.deepEqual(coded("وتضررت صادرات النفط الإيراني، كما أعلنت أنه يجب على واشنطن رفع العقوبات."), []);
});

test("a necessity laid on a state's own act is the speaker's demand of that state", () => {
  assert.deepEqual(coded("وشدد وزير الخارجية الإماراتي على ضرورة أن تسحب قطر قواتها من الحدود."), [
    "REQUEST ARE>QAT asserted",
  ]);
  assert.deepEqual(coded("وأكد الأمين العام للأمم المتحدة على ضرورة التزام إيران بتعهداتها."), [
    "REQUEST IGO>IRN asserted",
  ]);
  // A joint speaker: both states ask.
  assert.deepEqual(coded("وشدد البلدان ألمانيا وفرنسا على ضرورة تخلي روسيا عن دعم الانفصاليين."), [
    "REQUEST DEU+FRA>RUS asserted",
  ]);
});

test("guards: a necessity of what is done to a state, a denied one, or a state of things asks nothing", () => {
  // منع إيران: what is done to Iran, not Iran's own act.
  assert.deepEqual(coded("وشدد رئيس الوزراء الياباني على ضرورة منع كوريا الشمالية من تطوير صواريخها."), []);
  assert.deepEqual(coded("وقال وزير الخارجية التركي إنه لا ضرورة لأن تنسحب روسيا من المنطقة."), []);
  assert.deepEqual(coded("وشددت البرازيل على ضرورة أن تكون الأرجنتين طرفا في المفاوضات التجارية."), []);
});

test("a leader called a murderer or a criminal is accused by the one who calls him so", () => {
  assert.deepEqual(coded('ووصف الرئيس الفرنسي نظيره السوري بشار الأسد بـ"المجرم" بعد الهجوم على المدنيين.'), [
    "ACCUSE FRA>SYR asserted",
  ]);
  assert.deepEqual(coded('واعتبر وزير الخارجية الإيراني أن حكومة إسرائيل "فاسدة" ولا يمكن الوثوق بها.'), [
    "ACCUSE IRN>ISR asserted",
  ]);
});
