import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis, Event } from "../pipeline/types.ts";
import { eventOf, party } from "./event-fixture.ts";
import { bestDate, tallyDate } from "./event-dates.ts";
import {
  choose,
  compatibleParties,
  DEFAULT_EVENT_LINK,
  eventBlock,
  evidenceTerms,
  jaccard,
  type Report,
  type StoredEvent,
} from "./event-match.ts";
import { corpusRecord, EventWrites } from "./event-writes.ts";
import { type EventView, eventReports, linkEvents } from "./events.ts";

/** A USA → CHN meeting on 10 March 2026 unless told otherwise. */
const event = (partial: Partial<Event>): Event =>
  eventOf({ actor: [party("USA", "e1")], recipient: [party("CHN", "e2")], date: "2026-03-10", ...partial });

const none = new Map<string, string>();

test("events.ts: a report is filed by type, polarity and its parties' countries in either direction", () => {
  const usaChn = eventBlock(event({}), none);
  const chnUsa = eventBlock(event({ actor: [party("CHN")], recipient: [party("USA")] }), none);
  assert.deepEqual(usaChn, { block: "CONSULT|is|CHN+USA", day: "2026-03-10", countries: ["CHN", "USA"] });
  assert.deepEqual(chnUsa, usaChn);
  assert.equal(eventBlock(event({ negated: true }), none)?.block, "CONSULT|not|CHN+USA");
  assert.deepEqual(eventBlock(event({ date: "2026-03" }), none), {
    block: "CONSULT|is|CHN+USA|2026-03",
    day: null,
    countries: ["CHN", "USA"],
  });
});

test("events.ts: parties without a country are filed by corpus entity; no party at all, not filed", () => {
  const ids = new Map([["e7", "x123"]]);
  const e = event({ actor: [party(null, "e7")], recipient: [] });
  assert.equal(eventBlock(e, ids)?.block, "CONSULT|is|x123");
  assert.equal(eventBlock(event({ actor: [], recipient: [] }), ids), null);
});

test("events.ts: evidence terms are light stems without function words; Jaccard compares them", () => {
  const stop = new Set(["في", "مع"]);
  const a = evidenceTerms("التقى وزير الدفاع الأميركي نظيره الصيني في هانوي", stop);
  const b = evidenceTerms("اجتمع وزير الدفاع الأمريكي مع نظيره الصيني في هانوي", stop);
  assert.ok(!a.includes("في"));
  assert.ok(jaccard(a, b) > 0.4, `events.ts: ${a} / ${b}`);
  assert.equal(jaccard([], []), 0);
});

test("events.ts: the corpus record names corpus entities", () => {
  const ids = new Map([
    ["e1", "person:هيغسيث"],
    ["e2", "x9"],
  ]);
  const r = corpusRecord(event({ mechanism: "e2", location: "e9" }), ids);
  assert.equal(r.actor[0]?.entity, "person:هيغسيث");
  assert.equal(r.mechanism, "x9");
  assert.equal(r.location, null);
});

test("events.ts: party sets are compatible when equal, or nested with two countries shared", () => {
  assert.ok(compatibleParties(["CHN", "USA"], ["CHN", "USA"]));
  assert.ok(compatibleParties(["IRN", "TUR"], ["IRN", "RUS", "TUR"]));
  assert.ok(compatibleParties(["IRN", "RUS", "TUR"], ["IRN", "TUR"]));
  assert.ok(!compatibleParties(["RUS", "USA"], ["SYR", "USA"]), "one shared country is another event");
  assert.ok(!compatibleParties(["USA"], ["CHN", "USA"]), "one country is too little to tell");
  assert.ok(compatibleParties(["USA"], ["USA"]));
  assert.ok(!compatibleParties(["IRN", "TUR"], ["IRN", "RUS"]));
});

const CTX = { ...DEFAULT_EVENT_LINK, stopwords: new Set(["في", "مع", "من"]) };

/** A report of `countries` (the first two act, the rest receive) on `date`, told in `text`. */
function report(
  countries: string[],
  date: string | null,
  text: string,
  partial: Partial<Event> = {},
): Report {
  const e = event({
    actor: countries.slice(0, 1).map((c) => party(c)),
    recipient: countries.slice(1).map((c) => party(c)),
    date,
    ...partial,
  });
  return { event: e, at: eventBlock(e, none), terms: evidenceTerms(text, CTX.stopwords) };
}

function stored(id: string, r: Report): StoredEvent {
  const at = r.at as NonNullable<Report["at"]>;
  return { id, block: at.block, day: at.day, terms: r.terms, countries: at.countries };
}

const TRIPARTITE =
  "التقى وزير الخارجية الروسي سيرغي لافروف نظيريه التركي والإيراني في موسكو لبحث الأزمة السورية";

test("events.ts: a report naming two of the three parties joins the meeting the other report names in full", () => {
  const full = stored("h1", report(["RUS", "TUR", "IRN"], "2026-04-28", TRIPARTITE));
  const partial = report(
    ["TUR", "IRN"],
    "2026-04-28",
    "وقال لافروف بعد لقائه نظيريه التركي والإيراني في موسكو إن الأزمة السورية تتطلب حلا سياسيا",
  );
  assert.equal(choose(partial, [full], CTX)?.id, "h1");
  // Month-dated, another type or polarity, or one shared country: apart.
  assert.equal(choose(report(["TUR", "IRN"], "2026-04", TRIPARTITE), [full], CTX), null);
  assert.equal(
    choose(report(["TUR", "IRN"], "2026-04-28", TRIPARTITE, { type: "ACCUSE" }), [full], CTX),
    null,
  );
  assert.equal(
    choose(report(["TUR", "IRN"], "2026-04-28", TRIPARTITE, { negated: true }), [full], CTX),
    null,
  );
  assert.equal(choose(report(["RUS", "USA"], "2026-04-28", TRIPARTITE), [full], CTX), null);
  // The same parties on other words: another meeting.
  const other = report(
    ["TUR", "IRN"],
    "2026-04-28",
    "اتفق البلدان على زيادة التبادل التجاري وفتح معبر حدودي جديد",
  );
  assert.equal(choose(other, [full], CTX), null);
});

test("events.ts: among candidates the most similar evidence wins, an equal party set or not", () => {
  const text = "استقبل الرئيس الروسي في الكرملين وزيري خارجية تركيا وإيران";
  const exact = stored(
    "exact",
    report(["TUR", "IRN"], "2026-04-27", "بحث وزيرا خارجية تركيا وإيران ملف اللاجئين"),
  );
  const nested = stored("nested", report(["RUS", "TUR", "IRN"], "2026-04-27", text));
  assert.equal(choose(report(["TUR", "IRN"], "2026-04-27", text), [exact, nested], CTX)?.id, "nested");
});

test("events.ts: a happening's date is the one its reports support best", () => {
  const tally = {};
  // First report: the article's date only; then two reports whose text dates it a day earlier.
  tallyDate(tally, event({ date: "2026-03-11" }));
  assert.deepEqual(bestDate(tally), { date: "2026-03-11", text: null });
  tallyDate(tally, event({ date: "2026-03-10", date_text: "الثلاثاء" }));
  assert.deepEqual(bestDate(tally), { date: "2026-03-10", text: "الثلاثاء" }, "an explicit date wins");
  tallyDate(tally, event({ date: "2026-03-12", date_text: "الخميس" }));
  assert.equal(bestDate(tally)?.date, "2026-03-10", "a tie goes to the earliest");
  tallyDate(tally, event({ date: "2026-03-12", date_text: "يوم الخميس" }));
  assert.deepEqual(bestDate(tally), { date: "2026-03-12", text: "الخميس" }, "the most reported");
  tallyDate(tally, event({ date: null }));
  assert.equal(bestDate(tally)?.date, "2026-03-12", "an undated report counts nowhere");
  assert.equal(bestDate({}), null);
});

test("events.ts: the date is kept up to date as reports join, across the documents of a batch", () => {
  const ctx = { ...DEFAULT_EVENT_LINK, stopwords: new Set<string>() };
  const view: EventView = { byBlock: new Map(), byType: new Map() };
  const writes = new EventWrites();
  const evidence = { text: "التقى وزير الدفاع الأمريكي نظيره الصيني في هانوي", start: 0, end: 10 };
  const doc = (id: string, e: Event): Analysis =>
    ({ document: { id, outlet: `o${id}` }, events: [e] }) as unknown as Analysis;
  const reports = [
    doc("d1", event({ date: "2026-03-11", evidence })),
    doc("d2", event({ date: "2026-03-10", date_text: "الثلاثاء", evidence })),
    doc("d3", event({ date: "2026-03-10", date_text: "أمس", evidence })),
  ];
  const ids = reports.map((a) => linkEvents(view, a, eventReports(a, none, ctx), none, ctx, writes));
  assert.equal(new Set(ids.map((m) => m.get("v1"))).size, 1, "one happening");
  const [row] = [...writes.rows.values()];
  assert.deepEqual(row?.dates, {
    "2026-03-11": { explicit: 0, published: 1, text: null },
    "2026-03-10": { explicit: 2, published: 0, text: "الثلاثاء" },
  });
  assert.equal(bestDate(row?.dates ?? {})?.date, "2026-03-10");
});
