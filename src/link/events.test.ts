import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../pipeline/types.ts";
import { eventOf, party } from "./event-fixture.ts";
import { corpusRecord, eventBlock, evidenceTerms, jaccard } from "./events.ts";

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
