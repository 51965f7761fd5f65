import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";
import { loadLexicons } from "../pipeline/lexicons.ts";
import type { RawDocument } from "../pipeline/types.ts";
import { cleanDocument, compileCleanOptions } from "./index.ts";

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

test("clean: an opinion piece's dateline after the note on its author leaves the body, with its places", () => {
  const r = analyzeText(
    [
      "رأي: أنقرة وحساباتها في الشمال السوري",
      "",
      "مقال بقلم باحث في الشؤون التركية، والآراء الواردة أدناه تعبر عن رأي كاتبه.",
      "",
      "واشنطن، الولايات المتحدة (CNN)-- وصل وزير الخارجية التركي إلى موسكو لإجراء محادثات مع نظيره الروسي.",
    ].join("\n"),
  );
  const d = r.document;
  assert.equal(d.outlet, "CNN");
  assert.ok(d.text.includes("مقال بقلم"), "the note on the author stays");
  assert.ok(!d.text.includes("واشنطن"), "the desk's place leaves the body");
  assert.ok(d.text.includes("وصل وزير الخارجية التركي إلى موسكو"));
  const parties = r.events.flatMap((e) => [...e.actor, ...e.recipient]).map((p) => p.country);
  assert.ok(!parties.includes("USA"), "the desk is no party");
});

test("clean: a body that opens with a sentence has no title, and no header means no date", () => {
  const d = analyzeText(
    "قال المتحدث إن الاجتماع عقد أمس.\nوأضاف أن الجانبين اتفقا على مواصلة الحوار.",
  ).document;
  assert.equal(d.title, null);
  assert.equal(d.published, null, "published is never guessed from the body");
});

// The same rules straight on cleanDocument, for inputs other than aggregator text.
const cleanOptions = compileCleanOptions(loadLexicons());
const clean = (text: string, format: RawDocument["format"] = "text", meta: RawDocument["meta"] = {}) =>
  cleanDocument({ uri: null, format, text, meta }, cleanOptions);

test("clean: zero-width and bidi marks go, presentation forms become letters (NFKC)", () => {
  const cases: Array<[string, string]> = [
    ["طرفا النزاع في ﺍﻟﺴﻮﺩﺍﻥ اجتمعا.", "طرفا النزاع في السودان اجتمعا."],
    ["ﻻ اتفاق بعد.", "لا اتفاق بعد."],
    ["وصل الوفد إلى \u202bجدة\u202c مساء\u200f السبت.", "وصل الوفد إلى جدة مساء السبت."],
    ["الوسطا\u200bء عقدوا\u00a0لقاءات.", "الوسطاء عقدوا لقاءات."],
  ];
  for (const [input, expected] of cases)
    assert.equal(clean(`${input}\nسطر ثان.`).text.split("\n\n")[0], expected, `clean: ${input}`);
});

test("clean: in a corpus document a lone اقرأ أيضاً heading opens related links, and the body goes on", () => {
  const d = clean(
    [
      "قالت الحكومة إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة بحضور ممثلين عن الطرفين وعدد من الوسطاء الإقليميين والدوليين.",
      "اقرأ أيضاً:",
      "الحكومة تعلن خطة جديدة للإصلاح",
      "ما مستقبل المفاوضات بين الطرفين؟",
      "وأضافت الحكومة في بيان أن الوفد سيضم خبراء في القانون الدولي وشؤون الحدود إلى جانب ممثلين عن وزارتي الدفاع والداخلية.",
      "------------------",
      "يمكنكم استلام إشعارات فورية بالأخبار العاجلة إذا ثبتم تطبيقنا على أجهزتكم.",
    ].join("\n"),
    "trec",
    { title: "استئناف المفاوضات", outlet: "BBC" },
  );
  assert.deepEqual(d.appended, [], "clean: nothing appended");
  assert.equal(d.text.split("\n\n").length, 2, `clean: ${d.text}`);
  assert.ok(d.text.endsWith("الدفاع والداخلية."), "clean: the body goes on after the list");
  assert.equal(d.outlet, "BBC");
});

test("clean: a Latin outlet dateline without a dash names the outlet", () => {
  const d = clean(
    "أتلانتا، الولايات المتحدة الأمريكية (CNN) نفى الرئيس السابق الاتهامات.\nوقال محاميه إنها باطلة.",
    "trec",
  );
  assert.equal(d.outlet, "CNN", "clean");
  assert.ok(d.text.startsWith("نفى الرئيس السابق"), "clean");
});

test("clean: cited outlets, keywords from the container and the language come with the document", () => {
  const d = clean(
    'ذكرت صحيفة "واشنطن بوست" أن الاجتماع تأجل.\nوقال مسؤول إن الموعد الجديد لم يحدد بعد.',
    "jsonl",
    {
      keywords: ["الولایات المتحدة"],
    },
  );
  assert.deepEqual(d.cited, ["واشنطن بوست"], "clean");
  assert.deepEqual(d.keywords, ["الولايات المتحدة"], "clean: Persian letters folded");
  assert.equal(d.language, "ar");
  assert.equal(
    clean("The minister said that the talks were useful and that the sides will meet again.").language,
    "en",
  );
});

test("clean: an HTML page gives its metadata and its article text to the same trailer rules", () => {
  const html = `<!doctype html><html lang="ar"><head><meta property="og:title" content="عنوان الخبر">
<meta property="og:site_name" content="موقع الأخبار"><meta property="article:published_time" content="2024-02-14T09:30:00+02:00"></head>
<body><article><h1>عنوان الخبر</h1>
<p>قال وزير الخارجية في مؤتمر صحفي إن بلاده مستعدة لاستئناف المحادثات مع جارتها في أي وقت تراه مناسبا.</p>
<p><strong>اقرأ أيضا:</strong> <a href="/x">خبر آخر عن المحادثات</a></p>
<p>وأضاف الوزير أن الوفد الفني سيجتمع خلال الأيام المقبلة لتحديد جدول الأعمال والمواعيد المقترحة للجولة الأولى.</p>
<p>المصدر: وكالة الأنباء الرسمية</p></article></body></html>`;
  const d = clean(html, "html");
  assert.equal(d.title, "عنوان الخبر", "clean");
  assert.equal(d.published, "2024-02-14");
  assert.equal(d.outlet, "وكالة الأنباء الرسمية", "clean: the credited outlet wins over the site");
  assert.equal(d.text.split("\n\n").length, 2, `clean: ${d.text}`);
});
