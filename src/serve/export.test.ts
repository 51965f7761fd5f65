// Exports over several pages: valid JSON, one JSONL record per event, CSV cells quoted.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../pipeline/types.ts";
import type { EventItem } from "../store/browse-events.ts";
import { CSV_COLUMNS, type ExportFormat, ploverRecord, writeExport } from "./export.ts";

function item(id: string, evidence: string): EventItem {
  const event: Event = {
    id,
    type: "CONSULT",
    mode: null,
    context: ["military"],
    actor: [
      { entity: "e1", text: "واشنطن", country: "USA", sector: "GOV" },
      { entity: "e2", text: "سيول", country: "KOR", sector: "GOV" },
    ],
    recipient: [{ entity: "e3", text: "بكين", country: "CHN", sector: null }],
    date: "2024-05-14",
    end_date: null,
    date_text: "الثلاثاء",
    location: null,
    negated: false,
    modality: "asserted",
    mechanism: null,
    source: null,
    evidence: { text: evidence, start: 0, end: evidence.length },
    cameo: "04",
    quad: 1,
    intensity: 2.5,
  };
  return {
    document: "d1",
    title: "عنوان",
    outlet: "وكالة",
    uri: null,
    published: "2024-05-15",
    event,
    happening: null,
    sources: null,
  };
}

async function* twoPages(): AsyncIterable<EventItem[]> {
  yield [item("v1", 'قال "نعم"، ثم\nأضاف')];
  yield [];
  yield [item("v2", "جملة ثانية")];
}

async function exported(format: ExportFormat): Promise<{ text: string; n: number }> {
  let text = "";
  const n = await writeExport(format, twoPages(), (s) => {
    text += s;
  });
  return { text, n };
}

test("export: JSON over several pages is one valid array", async () => {
  const { text, n } = await exported("json");
  assert.equal(n, 2);
  const parsed = JSON.parse(text) as Array<{ id: string }>;
  assert.deepEqual(
    parsed.map((r) => r.id),
    ["rasd-d1-v1", "rasd-d1-v2"],
  );
});

test("export: PLOVER JSONL uses the manual's field names, compound actors stay lists", async () => {
  const { text } = await exported("plover-jsonl");
  const lines = text.trim().split("\n");
  assert.equal(lines.length, 2);
  const r = JSON.parse(lines[0] as string) as ReturnType<typeof ploverRecord>;
  assert.deepEqual(r.event, ["CONSULT"]);
  assert.deepEqual(
    (r.actor as Array<{ code: string }>).map((a) => a.code),
    ["USA", "KOR"],
  );
  assert.equal(r.quad_code, 1);
  assert.equal(r.event_scale, 2.5);
  assert.deepEqual(r.text_info, { start: 0, end: 'قال "نعم"، ثم\nأضاف'.length });
});

test("export: CSV has one header, quotes cells with quotes and newlines, joins parties with |", async () => {
  const { text } = await exported("csv");
  assert.ok(text.startsWith(`${CSV_COLUMNS.join(",")}\n`));
  assert.equal(text.split(CSV_COLUMNS.join(",")).length, 2, "the header once");
  assert.ok(text.includes('"قال ""نعم""، ثم\nأضاف"'));
  assert.ok(text.includes(",USA|KOR,GOV|GOV,واشنطن|سيول,"));
});
