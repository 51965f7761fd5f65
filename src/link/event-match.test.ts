import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../pipeline/types.ts";
import { meeting, party } from "./event-fixture.ts";
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

const none = new Map<string, string>();

test("event-match.ts: a report is filed by type, polarity and its parties' countries in either direction", () => {
  const usaChn = eventBlock(meeting({}), none);
  const chnUsa = eventBlock(meeting({ actor: [party("CHN")], recipient: [party("USA")] }), none);
  assert.deepEqual(usaChn, { block: "CONSULT|is|CHN+USA", day: "2026-03-10", countries: ["CHN", "USA"] });
  assert.deepEqual(chnUsa, usaChn);
  assert.equal(eventBlock(meeting({ negated: true }), none)?.block, "CONSULT|not|CHN+USA");
  assert.deepEqual(eventBlock(meeting({ date: "2026-03" }), none), {
    block: "CONSULT|is|CHN+USA|2026-03",
    day: null,
    countries: ["CHN", "USA"],
  });
});

test("event-match.ts: parties without a country are filed by corpus entity; no party at all, not filed", () => {
  const ids = new Map([["e7", "x123"]]);
  const e = meeting({ actor: [party(null, "e7")], recipient: [] });
  assert.equal(eventBlock(e, ids)?.block, "CONSULT|is|x123");
  assert.equal(eventBlock(meeting({ actor: [], recipient: [] }), ids), null);
});

test("event-match.ts: evidence terms are light stems without function words; Jaccard compares them", () => {
  const stop = new Set(["في", "مع"]);
  const a = evidenceTerms("التقى وزير الدفاع الأميركي نظيره الصيني في هانوي", stop);
  const b = evidenceTerms("اجتمع وزير الدفاع الأمريكي مع نظيره الصيني في هانوي", stop);
  assert.ok(!a.includes("في"));
  assert.ok(jaccard(a, b) > 0.4, `event-match.ts: ${a} / ${b}`);
  assert.equal(jaccard([], []), 0);
});

test("event-match.ts: party sets are compatible when equal, or nested with two countries shared", () => {
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
  const e = meeting({
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

test("event-match.ts: a report naming two of the three parties joins the meeting the other report names in full", () => {
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

test("event-match.ts: among candidates the most similar evidence wins, an equal party set or not", () => {
  const text = "استقبل الرئيس الروسي في الكرملين وزيري خارجية تركيا وإيران";
  const exact = stored(
    "exact",
    report(["TUR", "IRN"], "2026-04-27", "بحث وزيرا خارجية تركيا وإيران ملف اللاجئين"),
  );
  const nested = stored("nested", report(["RUS", "TUR", "IRN"], "2026-04-27", text));
  assert.equal(choose(report(["TUR", "IRN"], "2026-04-27", text), [exact, nested], CTX)?.id, "nested");
});
