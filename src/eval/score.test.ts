import assert from "node:assert/strict";
import { test } from "node:test";
import { prf, scoreOne, wordOccurrences } from "./score.ts";

const cases: Array<[string, string, number[]]> = [
  ["بكين وواشنطن وبكين", "بكين", [0, 14]],
  ["الصينية والصين", "الصين", [9]],
  ["وبالصين", "الصين", [2]],
  ["للصين", "صين", [2]],
  ["مصين", "صين", []],
];

for (const [text, needle, expected] of cases) {
  test(`score.ts wordOccurrences: ${needle} in ${text}`, () =>
    assert.deepEqual(wordOccurrences(text, needle), expected));
}

test("score.ts prf: precision, recall and F1", () => {
  assert.deepEqual(prf({ tp: 3, fp: 1, fn: 1 }), { precision: 0.75, recall: 0.75, f1: 0.75 });
  assert.deepEqual(prf({ tp: 0, fp: 0, fn: 0 }), { precision: 1, recall: 1, f1: 1 });
});

test("score.ts scoreOne: breakdown by entity type, event type and polarity", () => {
  const text = "التقى بايدن شي في بكين";
  const party = (country: string) => ({ entity: null, text: "", country, sector: null });
  const event = (type: "CONSULT" | "ACCUSE", negated: boolean) => ({
    id: "v",
    type,
    mode: null,
    context: [],
    actor: [party("USA")],
    recipient: [party("CHN")],
    date: "2023-11-15",
    end_date: null,
    date_text: null,
    location: null,
    negated,
    modality: "asserted" as const,
    mechanism: null,
    source: null,
    evidence: { text, start: 0, end: text.length },
    cameo: "04",
    quad: 1,
    intensity: 1,
  });
  const entity = (type: "PERSON" | "GPE", name: string, country: string, sector: string | null) => ({
    id: name,
    type,
    name,
    name_en: null,
    country,
    sector,
    role: null,
    mentions: [{ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length }],
  });
  const analysis = {
    schema: "rasd.analysis/1" as const,
    document: {
      id: "d",
      uri: null,
      title: null,
      published: null,
      outlet: null,
      cited: [],
      keywords: [],
      text,
      appended: [],
    },
    entities: [entity("PERSON", "بايدن", "USA", "GOV"), entity("GPE", "بكين", "CHN", null)],
    events: [event("CONSULT", true), event("ACCUSE", false)],
    quotes: [],
  };
  const gold = {
    input: "x",
    body: { must: [], must_not: [] },
    entities: [
      { type: "PERSON" as const, text: "بايدن", country: "USA", sector: "GOV" },
      { type: "PERSON" as const, text: "شي", country: "CHN" },
      { type: "LOC" as const, text: "بكين" },
    ],
    events: [{ type: "CONSULT" as const, parties: ["CHN", "USA"], date: "2023-11" }],
  };
  const { breakdown: b } = scoreOne(analysis, gold);
  assert.deepEqual(b.mentions.PERSON, { tp: 1, fp: 0, fn: 1 });
  assert.deepEqual(b.mentions.LOC, { tp: 0, fp: 0, fn: 1 });
  assert.deepEqual(b.mentions.GPE, { tp: 0, fp: 1, fn: 0 });
  assert.deepEqual(b.attributes.sector, { right: 1, total: 1 });
  assert.deepEqual(b.events.CONSULT, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(b.eventsUndated.ACCUSE, { tp: 0, fp: 1, fn: 0 });
  // The gold event is not negated; the match says it is.
  assert.deepEqual(b.polarity.negation, { right: 0, total: 1 });
  assert.deepEqual(b.polarity.modality, { right: 1, total: 1 });
});
