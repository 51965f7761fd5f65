// A channel's history as `rasd channels`, the API and the web page show it: one line per happening,
// however many documents reported it (issue 6, "one event across many articles").
import assert from "node:assert/strict";
import { test } from "node:test";
import { byHappening } from "./channels.ts";

const line = (event: string, document: string, date: string) => ({
  date,
  event,
  type: "AGREE",
  status: "agreed" as const,
  evidence: `وافقت كندا على الاتفاقية (${document})`,
  document,
});

test("channel history: a happening six documents told is one line that says six, told by its first report", () => {
  const got = byHappening([
    line("v1", "d1", "2018-08-28"),
    line("v2", "d2", "2018-09-30"),
    line("v2", "d3", "2018-09-30"),
    line("v2", "d4", "2018-10-01"),
    line("v3", "d5", "2018-10-02"),
  ]);
  assert.deepEqual(
    got.map((h) => [h.event, h.document, h.date, h.documents]),
    [
      ["v1", "d1", "2018-08-28", 1],
      ["v2", "d2", "2018-09-30", 3],
      ["v3", "d5", "2018-10-02", 1],
    ],
  );
});
