// Terminal tables: long cells are cut between words, never inside one.
import assert from "node:assert/strict";
import { test } from "node:test";
import type { Event } from "../pipeline/types.ts";
import type { HappeningItem } from "../store/browse-happenings.ts";
import { renderEvents } from "./commands/list.ts";
import { table, truncate } from "./format.ts";

const SENTENCE = "في عام 2016 طردت إدارة أوباما 35 دبلوماسيا روسيا ردا على اختراق حملة الانتخابات الأمريكية";

test("format: a long cell is cut after a whole word and marked", () => {
  const cut = truncate(SENTENCE, 40);
  assert.ok(cut.endsWith(" …"), cut);
  const kept = cut.slice(0, -2);
  assert.ok(SENTENCE.startsWith(kept), cut);
  assert.equal(SENTENCE[kept.length], " ", `cut at a word's end: ${cut}`);
  assert.ok([...cut].length <= 40, cut);
  assert.ok([...kept].length >= 20, "keeps at least half the room");
});

test("format: a cell that fits is left whole; one long word is cut where it must be", () => {
  assert.equal(truncate("اجتماع هانوي", 40), "اجتماع هانوي");
  const word = "ب".repeat(50);
  assert.equal(truncate(word, 10), `${"ب".repeat(8)} …`);
});

test("format: table rows cut every long cell between words", () => {
  const out = table([{ evidence: SENTENCE, type: "SANCTION" }], ["type", "evidence"], 30);
  const row = out.trim().split("\n")[2] ?? "";
  const cell = row.slice(row.indexOf("SANCTION") + "SANCTION".length).trim();
  assert.ok(cell.endsWith(" …"), row);
  assert.ok(SENTENCE.startsWith(cell.slice(0, -2)) && SENTENCE[cell.length - 2] === " ", row);
});

function happening(id: string, date: string | null): HappeningItem {
  const event = {
    id: "v1",
    type: "CONSULT",
    mode: null,
    date,
    actor: [{ entity: null, text: "واشنطن", country: "USA", sector: null }],
    recipient: [{ entity: null, text: "بكين", country: "CHN", sector: null }],
    negated: false,
    modality: "asserted",
    evidence: { text: "التقى الوزيران في هانوي", start: 0, end: 22 },
  } as unknown as Event;
  return {
    happening: id,
    event,
    document: "d1",
    title: null,
    outlet: "الحرة",
    uri: null,
    published: null,
    sources: 2,
    documents: 2,
    mentions: [],
  };
}

test("format: an undated happening says so in a table and is empty in CSV", () => {
  const rows = [happening("h1", "2026-03-10"), happening("h2", null)];
  const lines = renderEvents(rows, "table").trim().split("\n");
  assert.match(lines[2] ?? "", /^2026-03-10\s+CONSULT/u);
  assert.match(lines[3] ?? "", /^undated\s+CONSULT/u);
  const csv = renderEvents(rows, "csv").trim().split("\n");
  assert.match(csv[2] ?? "", /^,CONSULT,/u);
});
