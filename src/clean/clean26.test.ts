// Twenty-sixth pass: where a CNN Arabic body ends and the unmarked leads of other stories begin.
// Every paragraph here is written for the test in the style of a 2018 CNN Arabic page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCleanOptions } from "./index.ts";
import { dropRelatedLines } from "./related.ts";

const options = compileCleanOptions(loadLexicons()).related;
const CNN = ["CNN"];

const FIRST =
  "أعلنت وزارة الخارجية في البلاد، الأربعاء، أن الوزير سيتوجه إلى العاصمة المجاورة مطلع الأسبوع المقبل لبحث ملف المياه المشتركة بين البلدين.";
const BODY = [
  FIRST,
  "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الزيارة تأتي بدعوة رسمية من الحكومة المضيفة.",
  "وأضاف أن الجانبين سيوقعان مذكرة تفاهم حول تقاسم مياه النهر خلال موسم الجفاف.",
  "وكانت المفاوضات بين البلدين قد توقفت العام الماضي بعد خلاف على كميات التخزين في السد.",
];

// Leads of other stories as the page lists them after the body: no mark, no conjunction.
const HISTORY_LEAD =
  "في 3 مارس/آذار من عام 1971 وقعت الدولتان أول اتفاقية لترسيم الحدود بينهما، وفي نفس اليوم من عام 1985 افتتح أول خط للسكك الحديدية في المنطقة.";
const VERB_F_LEAD =
  "فرضت الحكومة، الثلاثاء، رسوما جديدة على واردات الحديد من ثلاث دول آسيوية، مؤكدة أن القرار يهدف إلى حماية المصانع المحلية.";
const PLAIN_LEAD =
  "أكد رئيس الوزراء، الإثنين، أن بلاده لن تقبل أي تدخل خارجي في شؤونها الداخلية، وذلك خلال كلمة ألقاها أمام البرلمان.";

test("clean26: a run of leads is cut though one opens with the preposition في or a verb in ف", () => {
  const lines = [...BODY, HISTORY_LEAD, VERB_F_LEAD, PLAIN_LEAD, HISTORY_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), BODY);
});

test("clean26: last paragraphs opened by في with no date, by أما or by a listed ف form stay", () => {
  const tail = [
    "في المقابل، نفت الحكومة المجاورة أن تكون قد تلقت أي طلب رسمي بشأن الزيارة حتى الآن.",
    "أما المعارضة فقالت إن الزيارة لن تغير شيئا في موقف البلدين من ملف السد ما لم يتفقا على جدول زمني.",
    "فيما رحب نواب في البرلمان بالخطوة، معتبرين أنها تفتح صفحة جديدة في العلاقات.",
  ];
  const lines = [...BODY, ...tail, PLAIN_LEAD, VERB_F_LEAD, PLAIN_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), [...BODY, ...tail]);
});

test("clean26: a body with no run of leads is left whole", () => {
  const lines = [...BODY, "وفي سياق متصل، دعا الوزير إلى عقد اجتماع ثلاثي يضم دولة المصب."];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), lines);
});
