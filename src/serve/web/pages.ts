// The pages of the web UI as functions of their data. Every value goes through `h`, which escapes it.
import type { DocumentDetail, DocumentSummary, Paged } from "../../store/browse.ts";
import type { EntityDetail, EntitySummary } from "../../store/browse-entities.ts";
import type { Dyad, EventItem, Mechanism } from "../../store/browse-events.ts";
import type { SearchHit } from "../../store/queries.ts";
import type { ChannelOut, StoryOut } from "../../store/serve-queries.ts";
import { highlight } from "./highlight.ts";
import { h, query, type Safe } from "./html.ts";
import { eventTable, LABELS, layout, pager } from "./layout.ts";
import { timelineSvg } from "./timeline.ts";

export interface OverviewData {
  /** Entities and events across documents (the link stage's); reports: the events the documents state. */
  counts: { documents: number; entities: number; events: number; reports?: number };
  latest: EventItem[];
  dyads: Dyad[];
}

function dyadList(dyads: readonly Dyad[]): Safe {
  if (dyads.length === 0) return h`<p class="empty">لا ثنائيات بعد · no dyads yet</p>`;
  return h`<table class="dyads"><thead><tr><th>الثنائي <small lang="en">dyad</small></th><th>الأحداث <small lang="en">events</small></th><th>تعاون</th><th>نزاع</th></tr></thead><tbody>${dyads.map(
    (d) =>
      h`<tr><td><a href="/timeline${query({ a: d.a, b: d.b })}" lang="en">${d.a} – ${d.b}</a></td><td>${d.events}</td><td class="coop">${d.cooperation}</td><td class="conflict">${d.conflict}</td></tr>`,
  )}</tbody></table>`;
}

export function overviewPage(d: OverviewData): Safe {
  const empty = d.counts.documents === 0;
  return layout(
    "نظرة عامة",
    "/",
    h`<h1>نظرة عامة <small lang="en">Overview</small></h1>
${empty ? h`<p class="empty">قاعدة البيانات فارغة. شغّل <code lang="en">npm start</code> أو <code lang="en">npx rasd ingest examples</code> ثم أعد تحميل الصفحة.</p>` : ""}
<ul class="counts">
<li><a href="/documents"><strong>${d.counts.documents}</strong> مقالة <small lang="en">documents</small></a></li>
<li><a href="/entities"><strong>${d.counts.entities}</strong> كيان <small lang="en">entities</small></a></li>
<li><a href="/events"><strong>${d.counts.events}</strong> حدث <small lang="en">events</small>${d.counts.reports === undefined ? "" : h` <small>(${d.counts.reports} تقرير · reports)</small>`}</a></li>
</ul>
<section><h2>أحدث الأحداث <small lang="en">Latest events</small></h2>${eventTable(d.latest)}</section>
<section><h2>أنشط الثنائيات <small lang="en">Most active dyads</small></h2>${dyadList(d.dyads)}</section>`,
  );
}

function documentRows(docs: readonly DocumentSummary[]): Safe {
  if (docs.length === 0) return h`<p class="empty">لا مقالات · no documents</p>`;
  return h`<table class="documents"><thead><tr><th>العنوان <small lang="en">title</small></th><th>التاريخ <small lang="en">published</small></th><th>المصدر <small lang="en">outlet</small></th><th>كيانات</th><th>أحداث</th></tr></thead><tbody>${docs.map(
    (d) =>
      h`<tr><td><a href="/documents/${d.id}">${d.title ?? "(بلا عنوان)"}</a>${d.duplicate_of ? h` <small class="flag">مكرر تقريبًا</small>` : ""}${d.language && d.language !== "ar" ? h` <small class="flag" lang="en">${d.language}</small>` : ""}</td><td lang="en">${d.published ?? "—"}</td><td>${d.outlet ?? "—"}</td><td>${d.entities}</td><td>${d.events}</td></tr>`,
  )}</tbody></table>`;
}

export function documentsPage(page: Paged<DocumentSummary>): Safe {
  return layout(
    "المقالات",
    "/documents",
    h`<h1>المقالات <small lang="en">Documents</small></h1>${documentRows(page.items)}${pager("/documents", {}, page)}`,
  );
}

/** A snippet with the matched words (between « ») marked; every part escaped. */
export function snippetMarkup(snippet: string): Safe {
  const parts = snippet.split(/«([^«»]*)»/u);
  return h`${parts.map((p, i) => (i % 2 === 1 ? h`<mark>${p}</mark>` : p))}`;
}

function searchRows(hits: readonly SearchHit[]): Safe {
  if (hits.length === 0) return h`<p class="empty">لا نتائج · no matches</p>`;
  return h`<ol class="hits">${hits.map(
    (d) =>
      h`<li><a href="/documents/${d.id}">${d.title ?? "(بلا عنوان)"}</a> <small><bdi lang="en">${d.published ?? "—"}</bdi> · ${d.outlet ?? "—"}</small><p class="snippet">${snippetMarkup(d.snippet)}</p></li>`,
  )}</ol>`;
}

export function searchPage(q: string, page: Paged<SearchHit> | null): Safe {
  return layout(
    "بحث",
    "",
    h`<h1>بحث <small lang="en">Search</small></h1>
<form class="filters" action="/search" method="get"><label>النص <input type="search" name="q" value="${q}"></label><button type="submit">بحث</button></form>
${page ? h`${searchRows(page.items)}${pager("/search", { q }, page)}` : ""}`,
  );
}

export function documentPage(d: DocumentDetail): Safe {
  const doc = d.document;
  const body = highlight(
    doc.text,
    d.mentions.map((m) => ({
      start: m.start,
      end: m.end,
      type: m.type,
      name: m.name,
      entityId: m.entity_id,
    })),
    d.events.map((e) => ({
      start: e.evidence.start,
      end: e.evidence.end,
      id: e.id,
      type: e.type,
      quad: e.quad,
    })),
  );
  const linked = new Map(d.happenings.map((x) => [x.event, x]));
  const items: EventItem[] = d.events.map((event) => ({
    document: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    uri: doc.uri,
    published: doc.published,
    event,
    happening: linked.get(event.id)?.happening ?? null,
    sources: linked.get(event.id)?.sources ?? null,
  }));
  return layout(
    doc.title ?? "مقالة",
    "/documents",
    h`<article class="document">
<h1>${doc.title ?? "(بلا عنوان)"}</h1>
<dl class="meta">
<dt>المصدر <small lang="en">outlet</small></dt><dd>${doc.outlet ?? "—"}</dd>
<dt>تاريخ النشر <small lang="en">published</small></dt><dd lang="en">${doc.published ?? "—"}</dd>
${doc.cited.length ? h`<dt>نقلًا عن <small lang="en">cited</small></dt><dd>${doc.cited.join("، ")}</dd>` : ""}
${doc.uri ? h`<dt>الرابط <small lang="en">URI</small></dt><dd class="uri" dir="ltr">${doc.uri}</dd>` : ""}
${doc.keywords.length ? h`<dt>كلمات دلالية <small lang="en">keywords</small></dt><dd>${doc.keywords.join("، ")}</dd>` : ""}
</dl>
<p class="legend">الأحداث مظللة بلون فئتها <small lang="en">(PLOVER quad)</small>: <mark class="ev q1">تعاون لفظي</mark> <mark class="ev q2">تعاون مادي</mark> <mark class="ev q3">نزاع لفظي</mark> <mark class="ev q4">نزاع مادي</mark> · الكيانات مسطّرة <span class="ent ent-PERSON">شخص</span> <span class="ent ent-GPE">دولة</span> <span class="ent ent-ORG">منظمة</span></p>
<div class="body" id="body">${body}</div>
${
  doc.appended.length
    ? h`<section class="appended"><h2>مقالات ملحقة بالصفحة <small lang="en">Appended articles, not analysed</small></h2>${doc.appended.map(
        (a) =>
          h`<details><summary>${a.title ?? "(بلا عنوان)"}</summary><div class="body">${a.text}</div></details>`,
      )}</section>`
    : ""
}
</article>
<section><h2>الأحداث في المقالة <small lang="en">Events</small></h2>${eventTable(items)}</section>`,
  );
}

export interface EventsPageData {
  params: Record<string, string | undefined>;
  page: Paged<EventItem>;
  exportQuery: string;
  /** The channels to filter by. */
  mechanisms: readonly Mechanism[];
}

/** Options of the channel filter; a value given in the address but not listed stays selectable. */
function mechanismOptions(
  mechanisms: readonly Mechanism[],
  current: string | undefined,
): Array<[string, string]> {
  const options: Array<[string, string]> = [
    ["", "كل القنوات · all channels"],
    ...mechanisms.map((m): [string, string] => [m.id, m.name_en ? `${m.name} · ${m.name_en}` : m.name]),
  ];
  if (current && !options.some(([v]) => v === current)) options.push([current, current]);
  return options;
}

function select(name: string, value: string | undefined, options: ReadonlyArray<[string, string]>): Safe {
  return h`<select name="${name}">${options.map(
    ([v, label]) => h`<option value="${v}"${v === (value ?? "") ? h` selected` : ""}>${label}</option>`,
  )}</select>`;
}

export function eventsPage(d: EventsPageData): Safe {
  const p = d.params;
  const types: Array<[string, string]> = [
    ["", "كل الأنواع · all types"],
    ...Object.entries(LABELS.eventTypes).map(([k, v]): [string, string] => [k, `${v} · ${k}`]),
  ];
  const sorts: Array<[string, string]> = [
    ["date", "الأقدم أولًا · oldest first"],
    ["-date", "الأحدث أولًا · newest first"],
    ["type", "حسب النوع · by type"],
  ];
  return layout(
    "الأحداث",
    "/events",
    h`<h1>الأحداث <small lang="en">Events</small></h1>
<form class="filters" id="event-filters" action="/events" method="get">
<label>الفاعل <small lang="en">actor</small><input name="actor" value="${p.actor ?? ""}" placeholder="USA" maxlength="3" size="4" dir="ltr"></label>
<label>المتلقي <small lang="en">recipient</small><input name="recipient" value="${p.recipient ?? ""}" placeholder="CHN" maxlength="3" size="4" dir="ltr"></label>
<label>النوع <small lang="en">type</small>${select("type", p.type, types)}</label>
<label>من <small lang="en">from</small><input name="from" value="${p.from ?? ""}" placeholder="2023-01" size="10" dir="ltr"></label>
<label>إلى <small lang="en">to</small><input name="to" value="${p.to ?? ""}" placeholder="2024-12-31" size="10" dir="ltr"></label>
<label>نص <small lang="en">text</small><input type="search" name="text" value="${p.text ?? ""}"></label>
<label>القناة <small lang="en">channel</small>${select("mechanism", p.mechanism, mechanismOptions(d.mechanisms, p.mechanism))}</label>
<label>الترتيب <small lang="en">sort</small>${select("sort", p.sort, sorts)}</label>
<button type="submit">تصفية</button>
<a class="download" href="/api/export${d.exportQuery}" download="rasd-events.csv">تنزيل CSV <small lang="en">download</small></a>
</form>
${eventTable(d.page.items, "لا أحداث تطابق هذه الشروط · no events match", {
  current: p.sort ?? "date",
  href: (sort) => `/events${query({ ...p, sort, offset: null })}`,
})}
${pager("/events", p, d.page)}`,
  );
}

function undated(items: readonly EventItem[]): string {
  const n = items.filter((i) => i.event.date === null).length;
  return n ? ` ${n} من الأحداث بلا تاريخ لا تظهر في الرسم، وهي في الجدول أدناه.` : "";
}

export function timelinePage(
  a: string | null,
  b: string | null,
  items: EventItem[] | null,
  dyads: Dyad[],
  per: "event" | "happening" = "happening",
): Safe {
  const pointsAre =
    per === "happening"
      ? "كل نقطة واقعة واحدة مهما تعددت التقارير عنها، وحجمها بعدد المصادر"
      : "كل نقطة تقرير عن حدث، وحجمها بعدد المصادر التي نقلت الواقعة";
  const perOptions: Array<[string, string]> = [
    ["happening", "نقطة لكل واقعة · a point per happening"],
    ["event", "نقطة لكل تقرير · a point per report"],
  ];
  const chart =
    items === null
      ? h`<p class="empty">اختر ثنائيًا من القائمة أو اكتب رمزي دولتين · pick a dyad</p>`
      : items.some((i) => i.event.date !== null)
        ? h`<figure class="chart">${timelineSvg(items)}<figcaption>${pointsAre}؛ فوق المحور تعاون وتحته نزاع، والارتفاع شدته على مقياس PLOVER. انقر نقطة لعرض الدليل.${undated(items)}</figcaption></figure>
<aside class="evidence-panel" id="evidence" hidden><h2>الدليل <small lang="en">evidence</small></h2><p class="meta"></p><blockquote></blockquote><a class="open" href="#">افتح المقالة</a></aside>`
        : h`<p class="empty">لا أحداث مؤرخة بين ${a} و${b} · no dated events</p>`;
  return layout(
    "الخط الزمني",
    "/timeline",
    h`<h1>الخط الزمني لثنائي <small lang="en">Dyad timeline</small>${a && b ? h` <span lang="en" class="dyad">${a} – ${b}</span>` : ""}</h1>
<form class="filters" action="/timeline" method="get">
<label>الدولة الأولى <small lang="en">A</small><input name="a" value="${a ?? ""}" placeholder="USA" maxlength="3" size="4" dir="ltr" required></label>
<label>الدولة الثانية <small lang="en">B</small><input name="b" value="${b ?? ""}" placeholder="CHN" maxlength="3" size="4" dir="ltr" required></label>
<label>النقاط <small lang="en">points</small>${select("per", per, perOptions)}</label>
<button type="submit">اعرض</button>
</form>
${chart}
${items ? h`<section><h2>الأحداث <small lang="en">Events</small></h2>${eventTable(items)}</section>` : ""}
<section><h2>أنشط الثنائيات <small lang="en">Most active dyads</small></h2>${dyadList(dyads)}</section>`,
  );
}

function entityRows(list: readonly EntitySummary[], extra?: (e: EntitySummary) => Safe): Safe {
  if (list.length === 0) return h`<p class="empty">لا كيانات · no entities</p>`;
  return h`<table class="entities"><thead><tr><th>الاسم <small lang="en">name</small></th><th>النوع <small lang="en">type</small></th><th>الدولة <small lang="en">country</small></th><th>القطاع <small lang="en">sector</small></th><th>مقالات</th></tr></thead><tbody>${list.map(
    (e) =>
      h`<tr><td><a href="/entities/${encodeURIComponent(e.id)}">${e.name}</a>${e.name_en ? h` <small lang="en">${e.name_en}</small>` : ""}</td><td>${LABELS.entityTypes[e.type] ?? e.type}</td><td lang="en">${e.country ?? "—"}</td><td lang="en">${e.sector ?? "—"}</td><td>${extra ? extra(e) : e.documents}</td></tr>`,
  )}</tbody></table>`;
}

export function entitiesPage(
  params: { q?: string; type?: string; country?: string },
  page: Paged<EntitySummary>,
): Safe {
  const types: Array<[string, string]> = [
    ["", "كل الأنواع · all types"],
    ...Object.entries(LABELS.entityTypes).map(([k, v]): [string, string] => [k, `${v} · ${k}`]),
  ];
  return layout(
    "الكيانات",
    "/entities",
    h`<h1>الكيانات <small lang="en">Entities</small></h1>
<form class="filters" action="/entities" method="get">
<label>الاسم <small lang="en">name</small><input type="search" name="q" value="${params.q ?? ""}"></label>
<label>النوع <small lang="en">type</small>${select("type", params.type, types)}</label>
<label>الدولة <small lang="en">country</small><input name="country" value="${params.country ?? ""}" maxlength="3" size="4" dir="ltr"></label>
<button type="submit">ابحث</button>
</form>
${entityRows(page.items)}${pager("/entities", params, page)}`,
  );
}

export function entityPage(e: EntityDetail, events: Paged<EventItem & { role: string }>): Safe {
  return layout(
    e.name,
    "/entities",
    h`<h1>${e.name}${e.name_en ? h` <small lang="en">${e.name_en}</small>` : ""}</h1>
<dl class="meta">
<dt>النوع <small lang="en">type</small></dt><dd>${LABELS.entityTypes[e.type] ?? e.type}</dd>
<dt>الدولة <small lang="en">country</small></dt><dd lang="en">${e.country ?? "—"}</dd>
<dt>القطاع <small lang="en">sector</small></dt><dd lang="en">${e.sector ?? "—"}</dd>
<dt>المقالات <small lang="en">documents</small></dt><dd>${e.documents}</dd>
</dl>
<section><h2>صيغ الاسم <small lang="en">Spelling variants</small></h2><ul class="variants">${e.variants.map(
      (v) => h`<li><span class="variant">${v.text}</span> <small>×${v.mentions}</small></li>`,
    )}</ul></section>
<section><h2>المناصب عبر الزمن <small lang="en">Roles over time</small></h2>${
      e.roles.length
        ? h`<ul class="roles">${e.roles.map(
            (r) =>
              h`<li>${r.role} ${r.first ? h`<small lang="en">${r.first === r.last ? r.first : `${r.first} → ${r.last}`}</small>` : ""} <small>(${r.documents} مقالة)</small></li>`,
          )}</ul>`
        : h`<p class="empty">لا مناصب مذكورة · no roles</p>`
    }</section>
<section><h2>الأحداث <small lang="en">Events</small></h2>${eventTable(events.items)}${pager(`/entities/${encodeURIComponent(e.id)}`, {}, events)}</section>
<section><h2>كيانات ترد معه <small lang="en">Co-occurring entities</small></h2>${entityRows(e.cooccurring, (c) => h`${(c as EntitySummary & { shared: number }).shared}`)}</section>
<section><h2>المقالات <small lang="en">Documents</small></h2>${documentRows(e.documents_list)}</section>`,
  );
}

const STATUS_AR: Record<string, string> = {
  active: "نشطة",
  suspended: "معلّقة",
  agreed: "متفق عليها",
  proposed: "مقترحة",
  unknown: "غير معروفة",
};

function statusBadge(status: string): Safe {
  return h`<span class="status status-${status}">${STATUS_AR[status] ?? status} <small lang="en">${status}</small></span>`;
}

function channelHistory(c: ChannelOut): Safe {
  if (c.history.length === 0) return h`<p class="empty">لا تاريخ · no history</p>`;
  return h`<ol class="history">${c.history.map(
    (x) =>
      h`<li><span lang="en">${x.date ?? "—"}</span> ${statusBadge(x.status)} <span lang="en">${x.type}</span> <a href="/documents/${x.document}">${x.evidence}</a>${x.documents > 1 ? h` <small lang="en">(${x.documents} documents)</small>` : ""}</li>`,
  )}</ol>`;
}

function channelRows(channels: readonly ChannelOut[]): Safe {
  return h`<table class="channels"><thead><tr><th>الآلية <small lang="en">mechanism</small></th><th>الأطراف <small lang="en">parties</small></th><th>الحالة <small lang="en">status</small></th><th>منذ <small lang="en">since</small></th><th>التاريخ <small lang="en">history</small></th></tr></thead><tbody>${channels.map(
    (c) =>
      h`<tr><td>${c.name}${c.name_en ? h` <small lang="en">${c.name_en}</small>` : ""} <a class="channel-events" href="/events${query({ mechanism: c.id })}">أحداثها <small lang="en">events</small></a>${c.variants.length > 1 ? h`<br><small>${c.variants.join("، ")}</small>` : ""}</td><td lang="en">${c.parties.join(" – ") || "—"}</td><td>${statusBadge(c.status)}</td><td lang="en">${c.since ?? "—"}</td><td>${channelHistory(c)}</td></tr>`,
  )}</tbody></table>`;
}

export function channelsPage(page: Paged<ChannelOut>): Safe {
  const body =
    page.items.length === 0
      ? h`<p class="empty" id="channels-empty">لا قنوات بعد · no channels yet</p>`
      : channelRows(page.items);
  return layout(
    "القنوات",
    "/channels",
    h`<h1>لوحة القنوات <small lang="en">Channel board</small></h1><p class="lead">حالة كل آلية اتصال أو اتفاق بين الأطراف مع تاريخها.</p>${body}${pager("/channels", {}, page)}`,
  );
}

function storyRows(stories: readonly StoryOut[]): Safe {
  return h`<table class="stories"><thead><tr><th>القصة <small lang="en">story</small></th><th>من – إلى <small lang="en">days</small></th><th>مقالات <small lang="en">articles</small></th></tr></thead><tbody>${stories.map(
    (s) =>
      h`<tr><td>${s.title ?? "(بلا عنوان)"}<ul>${(s.articles ?? []).map(
        (a) =>
          h`<li><a href="/documents/${a.document}">${a.title ?? "(بلا عنوان)"}</a> <small>${a.outlet ?? "—"}</small> <small lang="en">${a.published ?? ""}</small></li>`,
      )}</ul></td><td lang="en">${s.first_day ?? "—"} – ${s.last_day ?? "—"}</td><td>${s.documents}</td></tr>`,
  )}</tbody></table>`;
}

export function storiesPage(page: Paged<StoryOut>): Safe {
  const body =
    page.items.length === 0
      ? h`<p class="empty" id="stories-empty">لا قصص من مقالين أو أكثر بعد · no stories of two or more articles yet</p>`
      : storyRows(page.items);
  return layout(
    "القصص",
    "/stories",
    h`<h1>القصص <small lang="en">Stories</small></h1><p class="lead">مقالات عن الحدث نفسه مجمّعة معًا.</p>${body}${pager("/stories", {}, page)}`,
  );
}
