import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCleanOptions } from "./index.ts";
import { extractHtml, fragmentLines } from "./html.ts";

const rules = compileCleanOptions(loadLexicons()).html;

const PARAGRAPHS = [
  "أعلنت وزارة الخارجية في بيان يوم الأحد أن الوزير سيتوجه إلى العاصمة المجاورة لإجراء محادثات تتناول ملفات التعاون الثنائي.",
  "وقال المتحدث باسم الوزارة إن الزيارة تأتي في إطار التشاور المستمر بين البلدين حول القضايا الإقليمية والدولية ذات الاهتمام المشترك.",
  "وأضاف أن الجانبين سيبحثان أيضا تسهيل حركة التجارة عبر المنافذ الحدودية وزيادة عدد الرحلات الجوية المباشرة بين المدن الكبرى.",
];

function page(head: string, body: string): string {
  return `<!doctype html><html lang="ar" dir="rtl"><head>${head}</head><body>${body}</body></html>`;
}

const article = PARAGRAPHS.map((p) => `<p>${p}</p>`).join("");

test("html.ts: metadata comes from OpenGraph, JSON-LD, <meta name>, <time> and <title>, most trusted first", () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    [
      '<meta property="og:title" content="عنوان من og"><title>عنوان الصفحة - الموقع</title><meta property="og:site_name" content="الموقع"><meta property="article:published_time" content="2024-02-14T09:30:00+02:00"><meta name="keywords" content="مصر، الأردن">',
      "",
      {
        title: "عنوان من og",
        outlet: "الموقع",
        published: "2024-02-14T09:30:00+02:00",
        keywords: ["مصر", "الأردن"],
      },
    ],
    [
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite","name":"x"},{"@type":"NewsArticle","headline":"عنوان من JSON-LD","datePublished":"2024-05-21","publisher":{"@type":"Organization","name":"بوابة"},"keywords":["تجارة","طاقة"]}]}</script>',
      "",
      { title: "عنوان من JSON-LD", outlet: "بوابة", published: "2024-05-21", keywords: ["تجارة", "طاقة"] },
    ],
    [
      "<title>الموقع :: عنوان الخبر الطويل هنا</title>",
      "",
      { title: "عنوان الخبر الطويل هنا", outlet: "الموقع" },
    ],
    [
      "<title>عنوان الخبر الطويل هنا | الموقع</title>",
      '<time datetime="2023-10-09">9 أكتوبر</time>',
      { title: "عنوان الخبر الطويل هنا", outlet: "الموقع", published: "2023-10-09" },
    ],
    ['<script type="application/ld+json">{broken</script><title>عنوان</title>', "", { title: "عنوان" }],
  ];
  for (const [head, extra, expected] of cases) {
    const { meta } = extractHtml(page(head, `${extra}<article>${article}</article>`), rules);
    assert.deepEqual(
      { ...meta, lang: undefined, dir: undefined },
      { ...expected, lang: undefined, dir: undefined },
      `html.ts: ${head.slice(0, 50)}`,
    );
    assert.equal(meta.lang, "ar", "html.ts: lang");
    assert.equal(meta.dir, "rtl", "html.ts: dir");
  }
});

test("html.ts: navigation, share bars, related boxes, comments and banners are not body text", () => {
  const body = `
    <div id="cookie-notice"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع، وبمواصلة التصفح فإنك توافق على ذلك.</p></div>
    <nav><a href="/">الرئيسية</a><a href="/x">سياسة</a></nav>
    <article class="post has-comments"><h1>عنوان</h1><div class="share-buttons"><a>شارك الخبر</a></div>${article}
      <p><a href="/r">عنوان خبر آخر مرتبط بالموضوع</a></p></article>
    <section class="related-posts"><h3>أخبار ذات صلة</h3><ul><li><a href="/1">خبر مرتبط أول</a></li></ul></section>
    <section id="comments"><p>تعليق طويل من قارئ يقول فيه إن هذه الزيارة مهمة جدا ويجب أن تتكرر كثيرا في المستقبل القريب.</p></section>
    <footer>جميع الحقوق محفوظة</footer>`;
  const { lines } = extractHtml(page("<title>عنوان</title>", body), rules);
  assert.deepEqual(lines.slice(-3), PARAGRAPHS, "html.ts: the article's paragraphs, in order");
  for (const boilerplate of [
    "ملفات تعريف الارتباط",
    "الرئيسية",
    "شارك الخبر",
    "خبر مرتبط",
    "عنوان خبر آخر",
    "تعليق طويل",
    "جميع الحقوق",
  ])
    assert.ok(!lines.join("\n").includes(boilerplate), `html.ts: ${boilerplate}`);
});

test("html.ts: a page without <article> that an ASP.NET form wraps keeps its text", () => {
  const { lines } = extractHtml(
    page("<title>t</title>", `<form id="form1"><div class="content">${article}</div></form>`),
    rules,
  );
  assert.deepEqual(lines, PARAGRAPHS, "html.ts");
});

test("html.ts: <br> separated paragraphs and list items become lines", () => {
  const cases: Array<[string, string[]]> = [
    ["<p>سطر أول<br>سطر ثان</p>", ["سطر أول", "سطر ثان"]],
    ["<ul><li>بند أول</li><li>بند ثان</li></ul>", ["• بند أول", "• بند ثان"]],
    ["<div>نص <b>عريض</b> ثم <a href='#'>رابط</a> داخل الجملة.</div>", ["نص عريض ثم رابط داخل الجملة."]],
  ];
  for (const [html, expected] of cases)
    assert.deepEqual(fragmentLines(html, rules), expected, `html.ts: ${html}`);
});
