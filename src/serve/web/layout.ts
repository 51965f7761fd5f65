// The page frame and the small pieces every page shares: navigation, event rows, pagination.
import type { Paged } from "../../store/browse.ts";
import type { EventItem } from "../../store/browse-events.ts";
import type { HappeningItem } from "../../store/browse-happenings.ts";
import type { Party } from "../../pipeline/types.ts";
import { h, query, type Safe } from "./html.ts";
import labels from "./labels.json" with { type: "json" };

export const LABELS = labels as {
  eventTypes: Record<string, string>;
  quads: Record<string, string>;
  entityTypes: Record<string, string>;
  modalities: Record<string, string>;
};

const NAV: Array<{ href: string; ar: string; en: string }> = [
  { href: "/", ar: "نظرة عامة", en: "Overview" },
  { href: "/documents", ar: "المقالات", en: "Documents" },
  { href: "/events", ar: "الأحداث", en: "Events" },
  { href: "/timeline", ar: "الخط الزمني", en: "Timeline" },
  { href: "/entities", ar: "الكيانات", en: "Entities" },
  { href: "/channels", ar: "القنوات", en: "Channels" },
  { href: "/stories", ar: "القصص", en: "Stories" },
];

export function layout(title: string, active: string, body: Safe): Safe {
  return h`<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · رصد</title>
<link rel="icon" href="/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="top">
<a class="brand" href="/">رصد <small>Rasd</small></a>
<nav>${NAV.map((n) => h`<a href="${n.href}"${n.href === active ? h` class="active" aria-current="page"` : ""}>${n.ar} <small lang="en">${n.en}</small></a>`)}</nav>
<form class="search" action="/search" method="get" role="search"><input type="search" name="q" placeholder="ابحث في النصوص" aria-label="بحث · search"><button type="submit">بحث</button></form>
</header>
<main>
${body}
</main>
<footer>رصد · أحداث بصيغة PLOVER من الأخبار العربية · <a href="/openapi.json" lang="en">API (OpenAPI)</a></footer>
</body>
</html>`;
}

export function eventTypeLabel(type: string): Safe {
  return h`<span class="etype">${LABELS.eventTypes[type] ?? type} <small lang="en">${type}</small></span>`;
}

export function parties(ps: readonly Party[]): Safe {
  if (ps.length === 0) return h`<span class="none">—</span>`;
  return h`${ps.map(
    (p, i) =>
      h`${i > 0 ? "، " : ""}<span class="party">${p.text}${p.country ? h` <small class="code" lang="en">${p.country}</small>` : ""}</span>`,
  )}`;
}

export function modality(item: EventItem): string {
  const m = LABELS.modalities[item.event.modality] ?? item.event.modality;
  return item.event.negated ? `نفي · ${m}` : m;
}

/** Links in the date and type headers that sort the table (the events page only). */
export interface SortLinks {
  current: string;
  href(sort: string): string;
}

function sortHeader(label: Safe, sort: SortLinks | undefined, asc: string, desc?: string): Safe {
  if (!sort) return h`<th>${label}</th>`;
  const next = sort.current === asc && desc ? desc : asc;
  const mark = sort.current === asc ? " ▲" : sort.current === desc ? " ▼" : "";
  const state = sort.current === asc ? "ascending" : sort.current === desc ? "descending" : "none";
  return h`<th aria-sort="${state}"><a class="sort" href="${sort.href(next)}">${label}${mark}</a></th>`;
}

function isHappening(i: EventItem): i is HappeningItem {
  return "mentions" in i && Array.isArray((i as HappeningItem).mentions);
}

/** The outlets of a happening's reports (or the report's own outlet), each once. */
function outlets(i: EventItem): string {
  const names = isHappening(i) ? i.mentions.map((m) => m.outlet ?? "—") : [i.outlet ?? "—"];
  return [...new Set(names)].join("، ");
}

/** The other reports of a happening, folded under its evidence: outlet, date, sentence. */
function otherReports(i: EventItem): Safe | string {
  if (!isHappening(i) || i.mentions.length < 2) return "";
  const others = i.mentions.filter((m) => !(m.document === i.document && m.event === i.event.id));
  return h`<details class="reports"><summary>${others.length} تقارير أخرى <small lang="en">other reports</small></summary><ul>${others.map(
    (m) =>
      h`<li><small>${m.outlet ?? "—"} · <bdi lang="en">${m.published ?? "—"}</bdi></small> <a href="/documents/${m.document}#event-${m.event}">${m.evidence}</a></li>`,
  )}</ul></details>`;
}

/**
 * The event table every page uses: date, type, actor, recipient, modality, evidence, outlet(s),
 * sources. A happening's row shows its first report's sentence and folds the other reports under it.
 */
export function eventTable(
  items: readonly EventItem[],
  empty = "لا أحداث · no events",
  sort?: SortLinks,
): Safe {
  if (items.length === 0) return h`<p class="empty">${empty}</p>`;
  return h`<table class="events">
<thead><tr>${sortHeader(h`التاريخ <small lang="en">date</small>`, sort, "date", "-date")}${sortHeader(h`النوع <small lang="en">type</small>`, sort, "type")}<th>الفاعل <small lang="en">actor</small></th><th>المتلقي <small lang="en">recipient</small></th><th>الصيغة <small lang="en">modality</small></th><th>الدليل <small lang="en">evidence</small></th><th>المصدر <small lang="en">outlet</small></th><th>المصادر <small lang="en">sources</small></th></tr></thead>
<tbody>${items.map(
    (i) =>
      h`<tr class="q${i.event.quad}"><td class="date" lang="en">${i.event.date ?? "—"}</td><td>${eventTypeLabel(i.event.type)}</td><td>${parties(i.event.actor)}</td><td>${parties(i.event.recipient)}</td><td>${modality(i)}</td><td class="evidence"><a href="/documents/${i.document}#event-${i.event.id}">${i.event.evidence.text}</a>${otherReports(i)}</td><td>${outlets(i)}</td><td class="sources" title="عدد المصادر التي نقلت الواقعة · outlets that reported the happening">${i.sources ?? "—"}</td></tr>`,
  )}</tbody>
</table>`;
}

/** Previous and next links that keep the page's other parameters. */
export function pager(
  path: string,
  params: Record<string, string | number | null | undefined>,
  page: Paged<unknown>,
): Safe {
  const prev = page.offset > 0 ? Math.max(0, page.offset - page.limit) : null;
  return h`<nav class="pager">${
    prev !== null
      ? h`<a rel="prev" href="${path}${query({ ...params, offset: prev || null })}">→ السابق</a>`
      : ""
  }<bdi dir="ltr">${page.items.length ? `${page.offset + 1}–${page.offset + page.items.length}` : ""}</bdi>${
    page.next_offset !== null
      ? h`<a rel="next" href="${path}${query({ ...params, offset: page.next_offset })}">التالي ←</a>`
      : ""
  }</nav>`;
}

const ERROR_TITLES: Record<number, [string, string]> = {
  400: ["طلب غير صالح", "Bad request"],
  401: ["غير مصرّح", "Unauthorized"],
  403: ["ممنوع", "Forbidden"],
  404: ["غير موجود", "Not found"],
  500: ["خطأ في الخادم", "Server error"],
};

export function errorPage(status: number, message: string): Safe {
  const [ar, en] = ERROR_TITLES[status] ?? ["خطأ", "Error"];
  return layout(
    ar,
    "",
    h`<h1>${ar} <small lang="en">${en}</small></h1><p class="error" dir="auto">${message}</p><p><a href="/">العودة إلى الصفحة الرئيسية</a></p>`,
  );
}
