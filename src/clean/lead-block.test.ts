// Sixty-sixth pass: CNN Arabic's block of five leads of other stories after the body, some of them whole
// (shorter than the page's cut) and so unmarked. Every paragraph here is written for the test in the
// style of a CNN Arabic page.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCleanOptions } from "./index.ts";
import { leadBlockStart } from "./lead-block.ts";
import { dropRelatedLines } from "./related.ts";

const options = compileCleanOptions(loadLexicons()).related;
const CNN = ["CNN"];

// A story told in one paragraph, as CNN Arabic's short pages are.
const ONE = [
  "أعلن وزير الخارجية، الأربعاء، أن بلاده ستستضيف الشهر المقبل اجتماعا إقليميا لبحث أمن الملاحة في البحر الأحمر، بمشاركة وزراء من ست دول.",
];

// An opinion piece whose paragraphs do not open with a conjunction.
const OPINION = [
  "لم يعد السؤال اليوم عن قدرة المدن العربية على النمو، بل عن قدرتها على أن تبقى صالحة للعيش في العقود المقبلة.",
  "الأرقام التي نشرتها الأمم المتحدة هذا العام تكشف أن نصف سكان المنطقة سيعيشون في المدن قبل منتصف القرن.",
  "المطلوب إذن خطط نقل عام جادة، ومساحات خضراء، وسكن بأسعار تناسب الشباب قبل أن يفوت الأوان.",
];

// Whole leads of other stories (shorter than the cut). The first two tell their day at the end, where the
// older reading of dated leads (a weekday between commas in the first words) does not look.
const LEADS = [
  "رحب رئيس البرلمان بقرار المحكمة الدستورية تأجيل النظر في الطعون الانتخابية إلى الشهر المقبل، السبت",
  "انتقد وزير الخارجية تصريحات نظيره في الدولة المجاورة بشأن ترسيم الحدود البحرية، في مؤتمر صحفي عقده الجمعة",
  "كشفت دراسة حديثة أن عدد السياح الوافدين إلى المنطقة ارتفع بنسبة الربع خلال الأشهر الستة الأولى من العام",
  "ودَّع المنتخب الوطني منافسات البطولة القارية بعد خسارته أمام منافسه بهدفين مقابل هدف",
  "أطلقت شركة ناشئة تطبيقا جديدا يتيح للمزارعين متابعة أسعار المحاصيل في الأسواق المحلية",
];

// A lead cut by the page at a fixed length (238 characters), with no stop at its end.
const CUT = (
  "أعلن البنك المركزي، الأحد، رفع سعر الفائدة الرئيسي بمقدار نصف نقطة مئوية في خطوة تهدف إلى كبح التضخم الذي بلغ أعلى مستوياته منذ عقد، " +
  "وقال محافظ البنك إن القرار جاء بعد مراجعة شاملة للمؤشرات الاقتصادية وتوقعات النمو خلال الربع الأخير من العام الجاري وسط قلق الأس"
).slice(0, 238);

test("lead-block: after a one-paragraph story, whole leads above the cut ones make up the block of five", () => {
  assert.equal(CUT.length, 238);
  const lines = [...ONE, LEADS[2] as string, LEADS[4] as string, CUT, CUT, CUT];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), ONE);
});

test("lead-block: a lead opening with the verb ودَّع is taken into the block, not read as a paragraph going on", () => {
  const lines = [...ONE, LEADS[3] as string, CUT, CUT, CUT, CUT];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), ONE);
});

test("lead-block: the block holds five; the article's own unconnected paragraphs above it stay", () => {
  const lines = [...OPINION, LEADS[4] as string, CUT, CUT, CUT, CUT];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), OPINION);
});

test("lead-block: five whole leads with no cut one are the block when two name a weekday", () => {
  assert.deepEqual(dropRelatedLines([...ONE, ...LEADS], options, CNN), ONE);
});

test("lead-block: five unconnected lines that name no day are the article's own list and stay", () => {
  const goals = [
    "سجل المهاجم هدفه الأول في مرمى الفريق الضيف بتسديدة من خارج منطقة الجزاء في الدقيقة العاشرة.",
    "أضاف زميله الهدف الثاني بضربة رأس إثر ركلة ركنية نفذها قائد الفريق ببراعة.",
    "قلص الضيوف الفارق من ركلة جزاء احتسبها الحكم بعد العودة إلى تقنية الفيديو.",
    "عاد المهاجم ليسجل الهدف الثالث بعد انفراد بالحارس في الدقائق الأخيرة من المباراة.",
    "اختتم البديل الشاب الأهداف بتسديدة قوية سكنت الزاوية البعيدة للمرمى.",
  ];
  const lines = [...ONE, ...goals];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), lines);
});

test("lead-block: nothing is cut from an outlet that runs no such block", () => {
  const lines = [...ONE, ...LEADS];
  assert.deepEqual(dropRelatedLines(lines, options, ["BBC"]), lines);
});

test("lead-block: leadBlockStart keeps the first paragraph and stops at a bulleted item", () => {
  const never = () => false;
  // Nothing anchors the block and the body is no longer than it: nothing is taken.
  assert.equal(leadBlockStart([...ONE, ...LEADS.slice(0, 4)], 5, 0, options, never), 5);
  // A tail of four cut leads is made up to five with one line above it, never with the first paragraph.
  assert.equal(leadBlockStart([...ONE, LEADS[0] as string], 2, 4, options, never), 1);
  assert.equal(leadBlockStart([...ONE], 1, 1, options, never), 1);
  // A bulleted item of the article's list is no lead.
  assert.equal(
    leadBlockStart(
      [...ONE, "- مقاتلات من طراز حديث شاركت في المناورات", LEADS[0] as string],
      3,
      3,
      options,
      never,
    ),
    2,
  );
});

test("lead-block: a tail longer than the block gives the article's own last lines back", () => {
  const story = [
    "افتتحت وزارة الصحة، الخميس، أول مستشفى ميداني للأطفال في المحافظة الشمالية بسعة مئة سرير.",
    "وقال وزير الصحة خلال حفل الافتتاح إن المستشفى سيخدم أكثر من مئتي ألف نسمة في القرى المجاورة.",
    "وأضاف أن الوزارة تخطط لافتتاح مستشفيين آخرين قبل نهاية العام الجاري في محافظتين أخريين.",
    "المستشفى مجهز بأحدث أجهزة العناية المركزة، ويعمل فيه أربعون طبيبا وممرضا من أبناء المنطقة.",
  ];
  const lines = [...story, LEADS[2] as string, LEADS[4] as string, CUT, CUT, CUT];
  assert.deepEqual(dropRelatedLines(lines, options, CNN), story);
});
