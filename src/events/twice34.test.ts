// The thirty-fourth pass (twice34): text that is not the article, and one act counted twice.
// Every paragraph and sentence here is written for the test in the style of a 2018 CNN Arabic page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileCleanOptions } from "../clean/index.ts";
import { dropRelatedLines } from "../clean/related.ts";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { analyzeText, eventLines } from "../../test/helpers.ts";

const options = compileCleanOptions(loadLexicons()).related;
const CNN = ["CNN"];

const BODY = [
  "أعلنت وزارة الخارجية في البلاد، الأربعاء، أن الوزير سيتوجه إلى العاصمة المجاورة مطلع الأسبوع المقبل لبحث ملف المياه المشتركة.",
  "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن الزيارة تأتي بدعوة رسمية من الحكومة المضيفة.",
  "وأضاف أن الجانبين سيوقعان مذكرة تفاهم حول تقاسم مياه النهر خلال موسم الجفاف.",
  "وأشار إلى أن اللجان الفنية أنهت أعمالها في وقت سابق من الشهر الجاري.",
];

// Leads of other stories: a verb whose root opens with و is no conjunction (`وجَّهت`, `وقعت`).
const WAW_LEAD =
  "وجَّهت زوجة الرئيس، الجمعة، رسالة شكر إلى رئيس الدولة المضيفة على حسن الاستقبال خلال زيارتها الأخيرة.";
const SIGNED_LEAD = "وقعت الحكومة، الخميس، اتفاقية قرض جديدة مع صندوق دولي لتمويل مشروعات الطاقة.";
const PLAIN_LEAD = "أكد رئيس الوزراء، الإثنين، أن بلاده لن تقبل أي تدخل خارجي في شؤونها الداخلية.";
const OTHER_LEAD = "كشفت مصادر مطلعة، السبت، عن تفاصيل جديدة بشأن صفقة الطائرات المرتقبة.";

test("twice34: a lead that opens with a verb in و is cut with the run of leads after the body", () => {
  const lines = [...BODY, WAW_LEAD, PLAIN_LEAD, OTHER_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), BODY);
  assert.deepEqual(dropRelatedLines([...BODY, PLAIN_LEAD, SIGNED_LEAD, OTHER_LEAD], options, CNN), BODY);
});

test("twice34: after a closing paragraph (`يذكر أن`) even one or two leads are cut; the paragraph stays", () => {
  const closing = "يذكر أن البلدين كانا قد وقعا اتفاقية لتقاسم المياه قبل عشرين عاما.";
  const lines = [...BODY, closing, PLAIN_LEAD, OTHER_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), [...BODY, closing]);
  const noted = "يشار إلى أن الوزارة لم تحدد موعدا لعودة الوزير.";
  assert.deepEqual(dropRelatedLines([...BODY, noted, OTHER_LEAD], options, CNN), [...BODY, noted]);
});

test("twice34: guards: a pluperfect paragraph, an item of a list, و before another verb stay", () => {
  const pluperfect = "كان وفد من الوزارة قد زار العاصمة المجاورة في الفترة من 3 إلى 7 سبتمبر.";
  assert.deepEqual(
    dropRelatedLines([...BODY, pluperfect, PLAIN_LEAD, OTHER_LEAD, SIGNED_LEAD], options, CNN),
    [...BODY, pluperfect],
  );
  const list = [
    "المرحلة الأولى: تشمل محطات الضخ في الشمال.",
    "المرحلة الثانية: تشمل قنوات الري في الجنوب.",
    "المرحلة الثالثة: تشمل السدود الصغيرة في الغرب.",
  ];
  assert.deepEqual(dropRelatedLines([...BODY, ...list], options, CNN), [...BODY, ...list]);
  // ودعت here is و + دعت (and she called), the article's own last paragraph.
  const called = "ودعت الوزارة المواطنين إلى ترشيد استهلاك المياه خلال الصيف.";
  const lines = [...BODY, called, PLAIN_LEAD, OTHER_LEAD, SIGNED_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), [...BODY, called]);
});

test("twice34: on a page of an outlet that adds no unmarked leads nothing is cut", () => {
  const lines = [...BODY, WAW_LEAD, PLAIN_LEAD, OTHER_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, ["BBC"]), lines);
});

test("twice34: no event is coded from another story's lead left after a CNN body", () => {
  const page = [
    "دبي، الإمارات العربية المتحدة (CNN)-- أعلنت وزارة الداخلية، الأحد، عن خطة جديدة لتنظيم حركة المرور في العاصمة.",
    "وقال المتحدث باسم الوزارة إن الخطة ستطبق مطلع الشهر المقبل.",
    "وأضاف أن الوزارة ستنشر مئات الدوريات الجديدة على الطرق الرئيسية.",
    "وجَّهت السيدة الأمريكية الأولى، الجمعة، برقية امتنان إلى الرئيس المصري بعد جولتها في القاهرة.",
    "أدان وزير الخارجية الفرنسي، السبت، الهجوم الذي شنته روسيا على أوكرانيا.",
    "استقبل ملك الأردن، الأحد، رئيس وزراء العراق في عمان.",
  ].join("\n");
  assert.deepEqual(eventLines(page), []);
});

test("twice34: a lead that opens with في before a lead's words (`في أول تعليق`, `في رد على`) is cut", () => {
  const first = "في أول تعليق له على الأزمة، قال وزير الخارجية، الثلاثاء، إن بلاده لن تتراجع عن موقفها.";
  const reply = "في رد على سؤال لـCNN، نفى مسؤول حكومي، الأربعاء، وجود أي خلاف مع الدولة المجاورة.";
  assert.deepEqual(dropRelatedLines([...BODY, PLAIN_LEAD, first, reply, OTHER_LEAD], options, CNN), BODY);
  // `في المقابل` and `في الوقت نفسه` go on with the article.
  const meanwhile = "في الوقت نفسه، أكدت الحكومة المجاورة أنها ترحب بالزيارة.";
  assert.deepEqual(
    dropRelatedLines([...BODY, meanwhile, PLAIN_LEAD, OTHER_LEAD, SIGNED_LEAD], options, CNN),
    [...BODY, meanwhile],
  );
});

test("twice34: guards: a numbered list and the line that announces it stay in the body", () => {
  const list = [
    "وجاء ترتيب الدول في القائمة على النحو التالي:",
    "1-الدولة الأولى",
    "2-الدولة الثانية",
    "3-الدولة الثالثة",
  ];
  const lines = [...BODY, ...list, PLAIN_LEAD, OTHER_LEAD, SIGNED_LEAD];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), [...BODY, ...list]);
  const bare = ["ترتيب الدول في القائمة:", "1-الدولة الأولى", "2-الدولة الثانية"];
  assert.deepEqual(dropRelatedLines([...BODY, ...bare], options, CNN), [...BODY, ...bare]);
});

/** The events of a text published on a Wednesday (2018-04-11): type, sides and date. */
const dated = (text: string) =>
  analyzeText(text, { published: "2018-04-11" }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.date}`;
  });

test("twice34: a meeting told first with no day, then with its day, is one meeting on that day", () => {
  assert.deepEqual(
    dated(
      "رحب الرئيس الأمريكي بأمير قطر في البيت الأبيض وسط اهتمام واسع. وقال مسؤولون إن المحادثات تناولت ملفات إقليمية عدة. واستضاف الرئيس الأمريكي أمير قطر، الثلاثاء، في المكتب البيضاوي.",
    ),
    ["CONSULT USA>QAT 2018-04-10"],
  );
});

test("twice34: guards: a visit of last week, a later day of a held meeting stay other meetings", () => {
  // Before the fix the first telling would take a week-old trip's date: it stays the news's own.
  assert.deepEqual(
    dated(
      "وصل وزير الخارجية الإيراني إلى دمشق في زيارة رسمية. وكان وزير الدفاع الإيراني قد زار دمشق الأسبوع الماضي.",
    ).length,
    2,
  );
  // A meeting told as held cannot take a day after the news's: the day dates another meeting.
  assert.deepEqual(
    dated("التقى وزير الخارجية الإيراني نظيره السوري في دمشق. وسيلتقي الوزيران مجددا الجمعة المقبل.").length,
    2,
  );
});
