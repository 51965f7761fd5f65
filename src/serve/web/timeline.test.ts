// The dyad chart: one point per dated event, time right to left, cooperation above the axis.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../../pipeline/types.ts";
import type { EventItem } from "../../store/browse-events.ts";
import { dateValue, pointRadius, timelineSvg } from "./timeline.ts";

function item(
  id: string,
  date: string | null,
  quad: number,
  intensity: number,
  happening: string | null = null,
  sources: number | null = null,
): EventItem {
  const event = {
    id,
    type: quad <= 2 ? "CONSULT" : "SANCTION",
    date,
    quad,
    intensity,
    evidence: { text: `دليل <${id}>`, start: 0, end: 5 },
  } as unknown as Event;
  return { document: "d1", title: null, outlet: null, uri: null, published: null, event, happening, sources };
}

function points(svg: string): Array<{ cls: string; cx: number; cy: number }> {
  return [...svg.matchAll(/<circle class="pt (q\d)" cx="([\d.]+)" cy="([\d.]+)"/gu)].map((m) => ({
    cls: m[1] as string,
    cx: Number(m[2]),
    cy: Number(m[3]),
  }));
}

test("timeline: dated events become points; earlier is further right; conflict below cooperation", () => {
  const svg = timelineSvg([
    item("v1", "2023-01-10", 1, 2.5),
    item("v2", "2024-06", 4, -8),
    item("v3", null, 1, 2.5),
  ]).html;
  const [a, b] = points(svg);
  assert.equal(points(svg).length, 2, "the undated event is not drawn");
  assert.ok(a && b);
  assert.equal(a.cls, "q1");
  assert.equal(b.cls, "q4");
  assert.ok(a.cx > b.cx, "time runs right to left");
  assert.ok(a.cy < b.cy, "cooperation above conflict");
  assert.ok(svg.includes("دليل &lt;v1&gt;"), "evidence is escaped");
  assert.ok(svg.includes('href="/documents/d1#event-v2"'));
});

test("timeline: partial dates sit in the middle of their month or year", () => {
  assert.equal(dateValue("2024-05"), Date.UTC(2024, 4, 15));
  assert.equal(dateValue("2024"), Date.UTC(2024, 6, 1));
  assert.equal(dateValue("2024-05-02"), Date.UTC(2024, 4, 2));
});

test("timeline: a point grows with the outlets that reported it, up to five", () => {
  assert.equal(pointRadius(null), 7);
  assert.equal(pointRadius(1), 7);
  assert.equal(pointRadius(3), 11);
  assert.equal(pointRadius(40), 15);
  const svg = timelineSvg([item("v1", "2026-03-10", 1, 4, "h1", 3)]).html;
  assert.match(svg, /r="11"/u);
  assert.match(svg, /data-sources="3"/u);
});
