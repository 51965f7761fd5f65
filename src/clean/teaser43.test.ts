// Forty-third pass: one or two leads of other stories left above the leads the page cut at a fixed
// length, and the article's own last lines that must stay (an embedded post cut with dots, "also",
// `من جانبها`, `إليكم`). Every paragraph here is written for the test in the style of a CNN Arabic page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCleanOptions } from "./index.ts";
import { dropRelatedLines } from "./related.ts";

const options = compileCleanOptions(loadLexicons()).related;
const CNN = ["CNN"];

const BODY = [
  "أعلنت وزارة الزراعة في البلاد، الخميس، عن خطة لزيادة مساحات القمح المزروعة بنسبة عشرين في المئة خلال الموسم المقبل.",
  "وقال وزير الزراعة في مؤتمر صحفي إن الخطة تعتمد على تحسين شبكات الري في المحافظات الجنوبية.",
  "وكانت الحكومة قد خصصت مبالغ إضافية للمزارعين في موازنة العام الجاري لدعم أسعار البذور.",
];

// Two whole leads of other stories, then a lead cut at a fixed length (here 238 characters).
const LEAD_1 =
  "رحب رئيس البرلمان، السبت، بقرار المحكمة الدستورية تأجيل النظر في الطعون الانتخابية إلى الشهر المقبل.";
const LEAD_2 =
  "انتقد وزير الخارجية، الجمعة، تصريحات نظيره في الدولة المجاورة بشأن ترسيم الحدود البحرية، معتبرا إياها تدخلا في شؤون بلاده الداخلية.";
const CUT_LEAD = (
  "أعلن البنك المركزي، الأحد، رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية في خطوة تهدف إلى كبح التضخم الذي بلغ أعلى مستوياته منذ عقد، " +
  "وقال محافظ البنك إن القرار جاء بعد مراجعة شاملة للمؤشرات الاقتصادية وتوقعات النمو خلال الربع الأخير من العام الجاري وسط قلق الأس"
).slice(0, 238);

test("teaser43: the cut lead is 238 characters long and ends with no stop", () => {
  assert.equal(CUT_LEAD.length, 238);
});

test("teaser43: one or two leads above the fixed-length cut are cut with it", () => {
  assert.deepEqual(dropRelatedLines([...BODY, LEAD_1, LEAD_2, CUT_LEAD], options, CNN), BODY);
  assert.deepEqual(dropRelatedLines([...BODY, LEAD_1, CUT_LEAD, CUT_LEAD], options, CNN), BODY);
});

test("teaser43: with no fixed-length cut after them, two unmarked last lines stay", () => {
  const lines = [...BODY, LEAD_1, LEAD_2];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), lines);
});

test("teaser43: the article's own last lines stay above the cut leads", () => {
  const own = [
    "الوزير قال أيضاً إن الحكومة ستستورد كميات محدودة من القمح لتغطية العجز حتى موعد الحصاد.",
    "من جانبها، رحبت نقابة المزارعين بالخطة، مطالبة بتسريع صرف مستحقات الموسم الماضي.",
    "أعلنت وزارة الزراعة إطلاق المرحلة الأولى من مشروع تبطين الترع في ثلاث محافظات...",
    "إليكم أبرز أرقام الخطة في الجدول أعلاه.",
  ];
  for (const line of own)
    assert.deepEqual(dropRelatedLines([...BODY, line, CUT_LEAD, CUT_LEAD], options, CNN), [...BODY, line]);
});
