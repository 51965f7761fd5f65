// Precision, recall and F1 of one analysis against its gold, per measure.
import { LETTER } from "../arabic/regexes.ts";
import type { Analysis } from "../pipeline/types.ts";
import { type Breakdown, countInto, emptyBreakdown, rateInto } from "./breakdown.ts";
import type { Gold, GoldEvent } from "./gold.ts";

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const MEASURES = ["body", "metadata", "mentions", "country", "events", "events_undated"] as const;
export type Measure = (typeof MEASURES)[number];
export type Tally = Record<Measure, Counts>;

export function emptyTally(): Tally {
  return Object.fromEntries(MEASURES.map((m) => [m, { tp: 0, fp: 0, fn: 0 }])) as Tally;
}

export function addTally(into: Tally, from: Tally): void {
  for (const m of MEASURES) {
    into[m].tp += from[m].tp;
    into[m].fp += from[m].fp;
    into[m].fn += from[m].fn;
  }
}

const PROCLITIC = /[وفبلك]/u;

/** Every word-bounded occurrence of `needle`, allowing one or two proclitics before it (`وبكين`). */
export function wordOccurrences(text: string, needle: string): number[] {
  const boundary = (k: number) => k === 0 || !LETTER.test(text[k - 1] as string);
  const clitic = (k: number) => k >= 0 && PROCLITIC.test(text[k] as string);
  const out: number[] = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
    const after = text[i + needle.length];
    if (after !== undefined && LETTER.test(after)) continue;
    const ok =
      boundary(i) ||
      (clitic(i - 1) && boundary(i - 1)) ||
      (clitic(i - 1) && clitic(i - 2) && boundary(i - 2));
    if (ok) out.push(i);
  }
  return out;
}

export interface Detail {
  measure: Measure;
  kind: "fp" | "fn";
  what: string;
}

export function scoreOne(
  a: Analysis,
  gold: Gold,
): { tally: Tally; details: Detail[]; modality: { right: number; total: number }; breakdown: Breakdown } {
  const t = emptyTally();
  const b = emptyBreakdown();
  const details: Detail[] = [];
  const text = a.document.text;
  const miss = (measure: Measure, kind: "fp" | "fn", what: string) => {
    t[measure][kind]++;
    details.push({ measure, kind, what });
  };

  for (const s of gold.body.must) {
    if (text.includes(s)) t.body.tp++;
    else miss("body", "fn", `missing from body: ${s}`);
  }
  for (const s of gold.body.must_not)
    if (text.includes(s)) miss("body", "fp", `in body but should not be: ${s}`);

  for (const field of ["title", "published", "outlet"] as const) {
    if (!(field in gold) || gold[field] === undefined) continue;
    const want = gold[field] ?? null;
    const got = a.document[field] ?? null;
    if (want === got && want !== null) t.metadata.tp++;
    else if (want === got) continue;
    else {
      if (got !== null) miss("metadata", "fp", `${field}: got ${got}, want ${want}`);
      if (want !== null) miss("metadata", "fn", `${field}: want ${want}, got ${got}`);
    }
  }

  // Mentions: type + exact span.
  const goldSpans = new Map<
    string,
    {
      type: string;
      country: string | null | undefined;
      sector: string | null | undefined;
      role: string | null | undefined;
      text: string;
    }
  >();
  for (const g of gold.entities) {
    const all = g.start !== undefined ? [g.start] : wordOccurrences(text, g.text);
    const picked = g.occurrences
      ? g.occurrences.map((n) => all[n - 1]).filter((x): x is number => x !== undefined)
      : all;
    for (const start of picked)
      goldSpans.set(`${g.type}|${start}|${start + g.text.length}`, {
        type: g.type,
        country: g.country,
        sector: g.sector,
        role: g.role,
        text: g.text,
      });
  }
  const predicted = new Map<
    string,
    { country: string | null; sector: string | null; role: string | null; text: string }
  >();
  for (const e of a.entities) {
    if (e.type === "OTHER") continue;
    for (const m of e.mentions)
      predicted.set(`${e.type}|${m.start}|${m.end}`, {
        country: e.country,
        sector: e.sector,
        role: e.role,
        text: m.text,
      });
  }
  for (const [k, g] of goldSpans) {
    const p = predicted.get(k);
    countInto(b.mentions, g.type, p ? "tp" : "fn");
    if (p) t.mentions.tp++;
    else miss("mentions", "fn", `${g.type} ${g.text} @${k.split("|")[1]}`);
    if (p) {
      if (g.country !== undefined) rateInto(b.attributes, "country", p.country === g.country);
      if (g.sector !== undefined) rateInto(b.attributes, "sector", p.sector === g.sector);
      if (g.role !== undefined) rateInto(b.attributes, "role", p.role === g.role);
    }
    if (g.country === undefined) continue;
    if (p && p.country === g.country && g.country !== null) t.country.tp++;
    else if (g.country !== null)
      miss("country", "fn", `${g.text}: want ${g.country}, got ${p?.country ?? "nothing"}`);
    else if (p && p.country !== null) miss("country", "fp", `${g.text}: want none, got ${p.country}`);
  }
  for (const [k, p] of predicted) {
    if (goldSpans.has(k)) continue;
    countInto(b.mentions, k.split("|")[0] as string, "fp");
    miss("mentions", "fp", `${k.split("|")[0]} ${p.text} @${k.split("|")[1]}`);
  }

  const modality = { right: 0, total: 0 };
  matchEvents(a, gold.events, true, t.events, details, "events", modality, b);
  matchEvents(a, gold.events, false, t.events_undated, details, "events_undated", modality, b);
  return { tally: t, details, modality, breakdown: b };
}

function partiesOf(e: Analysis["events"][number]): string {
  return [
    ...new Set([...e.actor, ...e.recipient].map((p) => p.country).filter((c): c is string => c !== null)),
  ]
    .sort()
    .join(",");
}

function matchEvents(
  a: Analysis,
  gold: readonly GoldEvent[],
  withDate: boolean,
  c: { tp: number; fp: number; fn: number },
  details: Detail[],
  measure: Measure,
  modality: { right: number; total: number },
  b: Breakdown,
): void {
  const byType = withDate ? b.events : b.eventsUndated;
  const used = new Set<number>();
  for (const g of gold) {
    const parties = [...new Set(g.parties)].sort().join(",");
    const k = a.events.findIndex(
      (e, i) =>
        !used.has(i) &&
        e.type === g.type &&
        partiesOf(e) === parties &&
        (!withDate || !g.date || (e.date ?? "").startsWith(g.date)),
    );
    if (k < 0) {
      countInto(byType, g.type, "fn");
      c.fn++;
      details.push({
        measure,
        kind: "fn",
        what: `${g.type} ${parties}${withDate && g.date ? ` ${g.date}` : ""}`,
      });
      continue;
    }
    used.add(k);
    countInto(byType, g.type, "tp");
    c.tp++;
    const e = a.events[k] as Analysis["events"][number];
    if (!withDate) {
      // Every matched event is scored; a gold event without the keys is asserted and not negated.
      rateInto(b.polarity, "modality", (g.modality ?? "asserted") === e.modality);
      rateInto(b.polarity, "negation", (g.negated ?? false) === e.negated);
      if (g.modality !== undefined || g.negated !== undefined) {
        modality.total++;
        if ((g.modality ?? "asserted") === e.modality && (g.negated ?? false) === e.negated) modality.right++;
      }
    }
  }
  a.events.forEach((e, i) => {
    if (used.has(i)) return;
    countInto(byType, e.type, "fp");
    c.fp++;
    details.push({
      measure,
      kind: "fp",
      what: `${e.type} ${partiesOf(e)} ${e.date ?? ""} «${e.evidence.text.slice(0, 70)}»`,
    });
  });
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
