import assert from "node:assert/strict";
import { test } from "node:test";
import type { Analysis, Event } from "../pipeline/types.ts";
import { bestDate } from "./event-dates.ts";
import { meeting } from "./event-fixture.ts";
import { DEFAULT_EVENT_LINK } from "./event-match.ts";
import { EventWrites } from "./event-writes.ts";
import { type EventView, eventReports, linkEvents } from "./events.ts";

const none = new Map<string, string>();

test("events.ts: the date is kept up to date as reports join, across the documents of a batch", () => {
  const ctx = { ...DEFAULT_EVENT_LINK, stopwords: new Set<string>() };
  const view: EventView = { byBlock: new Map(), byType: new Map() };
  const writes = new EventWrites();
  const evidence = { text: "التقى وزير الدفاع الأمريكي نظيره الصيني في هانوي", start: 0, end: 10 };
  const doc = (id: string, e: Event): Analysis =>
    ({ document: { id, outlet: `o${id}` }, events: [e] }) as unknown as Analysis;
  const reports = [
    doc("d1", meeting({ date: "2026-03-11", evidence })),
    doc("d2", meeting({ date: "2026-03-10", date_text: "الثلاثاء", evidence })),
    doc("d3", meeting({ date: "2026-03-10", date_text: "أمس", evidence })),
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
