import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

// An aggregator page written for this test: headline, header date, body, trailers, appended article.
const PAGE = [
  "موسكو وبكين تبحثان توسيع التعاون العسكري",
  "تاريخ النشر: 12th, March 2024 GMT",
  "بحث وزير الدفاع الروسي مع نظيره الصيني في بكين سبل توسيع التعاون العسكري بين البلدين.",
  "إقرأ المزيد الكرملين: لا خطط لقمة جديدة قبل الصيف",
  "وقال الوزير إن المحادثات كانت مثمرة.",
  "المصدر: وكالة الأنباء",
  "المصدر: منصة الأخبار العربية",
  "كلمات دلالية: روسيا، الصین، التعاون العسکري",
  "إقرأ أيضاً:",
  "أسعار الذهب تتراجع في الأسواق المحلية",
  "تراجعت أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم.",
  "مقالات مشابهة",
  "  • عنوان أول عن الذهب",
  "  • عنوان ثان عن الأسواق",
].join("\n");

test("clean: headline, header date, outlet, keywords and appended article are split from the body", () => {
  const d = analyzeText(PAGE).document;
  assert.equal(d.title, "موسكو وبكين تبحثان توسيع التعاون العسكري");
  assert.equal(d.published, "2024-03-12");
  assert.equal(d.outlet, "منصة الأخبار العربية", "the last credited outlet wins");
  assert.deepEqual(d.keywords, ["روسيا", "الصين", "التعاون العسكري"], "Persian letters are folded");
  assert.ok(d.text.startsWith("بحث وزير الدفاع"));
  assert.ok(d.text.endsWith("كانت مثمرة."));
  assert.ok(!d.text.includes("إقرأ المزيد"), "inline read-more lines are dropped");
  assert.ok(!d.text.includes("الذهب"), "the appended article is not in the body");
  assert.equal(d.appended.length, 1);
  assert.equal(d.appended[0]?.title, "أسعار الذهب تتراجع في الأسواق المحلية");
  assert.ok(!d.appended[0]?.text.includes("عنوان أول"), "related lists are dropped");
});

test("clean: a wire dateline names the outlet and a credit line leaves the body", () => {
  const d = analyzeText(
    [
      "طوكيو تحتج على مناورات قرب جزرها",
      "",
      "(رويترز) – احتجت اليابان يوم الاثنين على مناورات صينية قرب جزرها الجنوبية.",
      "",
      "(شارك في التغطية فلان الفلاني؛ تحرير علان)",
    ].join("\n"),
  ).document;
  assert.equal(d.outlet, "رويترز");
  assert.ok(d.text.startsWith("احتجت اليابان"));
  assert.ok(!d.text.includes("شارك في التغطية"));
});

test("clean: a body that opens with a sentence has no title, and no header means no date", () => {
  const d = analyzeText(
    "قال المتحدث إن الاجتماع عقد أمس.\nوأضاف أن الجانبين اتفقا على مواصلة الحوار.",
  ).document;
  assert.equal(d.title, null);
  assert.equal(d.published, null, "published is never guessed from the body");
});
