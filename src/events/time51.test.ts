// The fifty-first round's readings (docs/EVENTS.md, "Fifty-first pass", branch time51): what the body is
// and when background acts happened. Sentences and paragraphs written for these tests in the style of
// Arabic news pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { compileCleanOptions } from "../clean/index.ts";
import { dropRelatedLines } from "../clean/related.ts";
import { loadLexicons } from "../pipeline/lexicons.ts";

const related = compileCleanOptions(loadLexicons()).related;
const CNN = ["CNN"];

// A how-to piece whose paragraphs do not open with و: the old test (most later paragraphs open with a
// conjunction) never held, so the leads of other stories after it stayed in the body.
const HOW_TO = [
  "دبي، الإمارات العربية المتحدة (CNN)-- يبحث كثير من الشباب عن طرق لتنظيم وقتهم خلال أيام الدراسة، خاصة في فترة الامتحانات.",
  "ابدأ يومك بقائمة قصيرة من المهام، ورتبها بحسب أهميتها، ولا تضف إليها أكثر مما تستطيع إنجازه.",
  "خصص فترات راحة قصيرة بين ساعات المذاكرة، فالعقل يحتاج إلى استراحة ليستوعب المعلومات الجديدة.",
  "احرص على النوم مبكرا، فالسهر يضعف التركيز في صباح اليوم التالي.",
];
const LEADS = [
  "انتقد وزير الخارجية البرازيلي، الخميس، قرار الأرجنتين رفع الرسوم الجمركية على السيارات المستوردة.",
  "أعلنت وزارة المالية المغربية، الأحد، عن إصدار سندات جديدة بقيمة مليار دولار في الأسواق الدولية.",
  "وبَّخ رئيس الوزراء الهندي، الثلاثاء، السفير الباكستاني بسبب تصريحات اعتبرها مسيئة لبلاده.",
];

test("time51: dated leads of other stories after a piece that opens no paragraph with و are cut", () => {
  assert.deepEqual(dropRelatedLines([...HOW_TO, ...LEADS], related, CNN), HOW_TO);
  // The outlet's "this day in history" lead counts as a dated lead too.
  const thisDay =
    "في 3 أكتوبر/تشرين الأول من عام 1990، توحدت ألمانيا الشرقية والغربية، وفي اليوم نفسه من عام 1995 صدر حكم شهير.";
  assert.deepEqual(dropRelatedLines([...HOW_TO, LEADS[0] as string, thisDay], related, CNN), HOW_TO);
});

test("time51: one dated line at the end of such a piece stays, and so does the article's own list", () => {
  // One line with a day between commas is not enough: it may be the article's own last paragraph.
  const own = "أعلنت وزارة التعليم، الأحد، أن الامتحانات ستبدأ في موعدها المحدد.";
  assert.deepEqual(dropRelatedLines([...HOW_TO, own], related, CNN), [...HOW_TO, own]);
  // The cut starts at the first dated lead: the undated short lines above it are the article's list.
  const list = ["تنظيم الوقت.", "النوم الكافي.", "التغذية السليمة."];
  assert.deepEqual(dropRelatedLines([...HOW_TO, ...list, ...LEADS], related, CNN), [...HOW_TO, ...list]);
});

test("time51: a part of the day before the weekday dates a lead too", () => {
  const leads = [
    "أعلن الجيش اللبناني، صباح الإثنين، توقيف مجموعة مسلحة على الحدود الشرقية للبلاد.",
    "أكد وزير الطاقة الجزائري، مساء الأحد، أن بلاده سترفع صادراتها من الغاز إلى إيطاليا.",
  ];
  assert.deepEqual(dropRelatedLines([...HOW_TO, ...leads], related, CNN), HOW_TO);
  // `صباح اليوم التالي` with no weekday is the article's own words, not a lead's date.
  const own = "احرص على مراجعة دروسك، صباح اليوم التالي، قبل الذهاب إلى المدرسة.";
  assert.deepEqual(dropRelatedLines([...HOW_TO, own, leads[0] as string], related, CNN), [
    ...HOW_TO,
    own,
    leads[0] as string,
  ]);
});
