// Back-references resolved within the document: a phrase with no name of its own that stands for
// states the article named before (`الدول الأربع`، `الدول الثلاث`، `دول المقاطعة`) becomes a party unit
// of those states (lexicons/back-references.tsv; docs/EVENTS.md, "Tenth pass: parties named by a
// back-reference"). An organisation, an agreement or "the latter" named again by a word of its own is read
// in organisation-units.ts, deal-back-reference.ts and latter-units.ts.
import { BARE, PhraseIndex } from "../arabic/phrases.ts";
import { offsetAfterLetters } from "../arabic/tokens.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import type { Row } from "../pipeline/tsv.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { anyMarked, marked, SCAN_BACK_REFERENCE, type ScanMasks } from "./scan.ts";

/** One row of the lexicon, compiled. */
export interface BackReference {
  /** How many distinct states the list it stands for must hold… */
  count: number;
  /** …exactly, or at least. */
  atLeast: boolean;
  /** How many sentences back the list may stand (Infinity: anywhere before it in the document). */
  reach: number;
}

export type BackReferences = PhraseIndex<BackReference>;

export function compileBackReferences(rows: readonly Row[]): BackReferences {
  const index = new PhraseIndex<BackReference>();
  for (const r of rows) {
    const count = (r.count as string | undefined) ?? "";
    const reach = (r.reach as string | undefined) ?? "doc";
    const n = Number(count.replace(/^>=/u, ""));
    if (!Number.isInteger(n) || n < 2)
      throw new Error(
        `lexicons/back-references.tsv: count "${count}" of "${r.text}"; use a number of 2 or more, or >=N`,
      );
    index.add(r.text as string, {
      count: n,
      atLeast: count.startsWith(">="),
      reach: reach === "doc" || reach === "" ? Infinity : Number(reach),
    });
  }
  return index;
}

/**
 * The back-reference units of a document: one per phrase of the lexicon that no mention holds and
 * that the text before it resolves to one referent. `units` are the party units already read
 * (mentions, nisbas, duals), in text order.
 */
export function backReferenceUnits(
  arabic: ArabicText,
  found: EntitiesResult,
  units: readonly PartyUnit[],
  covered: ReadonlySet<number>,
  refs: BackReferences,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): a phrase begins only at a token with SCAN_BACK_REFERENCE. */
  masks?: ScanMasks,
): PartyUnit[] {
  if (refs.size === 0 || !anyMarked(masks, SCAN_BACK_REFERENCE)) return [];
  const { tokens } = arabic;
  // A mention and a person's title hold no back-reference (`مجموعة الدول السبع`). A byte per
  // token, not a copy of `covered` as a Set: it is read at every token (an index outside the
  // tokens is never asked about, and a typed array ignores a write there).
  const taken = new Uint8Array(tokens.length);
  for (const k of covered) taken[k] = 1;
  for (const m of found.mentions) for (let k = m.titleToken; k < m.endToken; k++) taken[k] = 1;
  const out: PartyUnit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (taken[k] === 1 || !marked(masks, k, SCAN_BACK_REFERENCE)) continue;
    const m = refs.matchAt(tokens, k, BARE);
    const ref = m?.values[0];
    if (!m || !ref) continue;
    const before = tokens[k - 1];
    // `مع الدول الخمس`، `لمقاطعة الدول الأربع`: a coalition inside a prepositional phrase (but `بين`,
    // the sides of a mutual act) is mostly a noun's complement there, not a party (docs/EVENTS.md).
    if (before && before.sentence === (tokens[k] as Token).sentence && inPhrase(before, cues)) continue;
    let end = m.end;
    for (let j = k; j < end; j++) if (taken[j] === 1) end = -1;
    if (end < 0 || namedAfter(arabic, units, end, cues)) continue;
    const parties = listBefore(arabic, units, k, ref, cues);
    if (!parties) continue;
    const first = tokens[k] as Token;
    const last = tokens[end - 1] as Token;
    const text = arabic.text.slice(first.start + offsetAfterLetters(first.text, m.stripped), last.end);
    out.push({
      first: k,
      end,
      prefix: m.prefix,
      type: "GPE",
      parties: parties.map((p) => ({ entity: p.entity, text, country: p.country, sector: p.sector })),
      place: false,
    });
    k = end - 1;
  }
  return out;
}

/**
 * The token is a preposition, or a noun that may carry a proclitic ب or ل (`لمقاطعة`، `بإعلان`: a
 * bare form of four letters or more after it; `بين` is the mutual act's preposition, not this).
 */
function inPhrase(t: Token, cues: EventCues): boolean {
  if (tokenIn(cues.preposition, t)) return true;
  return t.key !== "بين" && t.bare.some((b) => /^[وف]?[بل]$/u.test(b.prefix) && b.key.length >= 4);
}

/**
 * `الدول الأربع، السعودية والإمارات …`، `الدول الثلاث (إيران وروسيا وتركيا)`: states in apposition
 * right after the phrase (after a comma, bracket or `وهي`, or a list of two or more) name its
 * referent themselves. One state right after it with nothing between is its verb's object
 * (`واتهمت الدول الأربع الدوحة`).
 */
function namedAfter(arabic: ArabicText, units: readonly PartyUnit[], end: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  const sentence = (tokens[end - 1] as Token).sentence;
  let at = end;
  const next = tokens[at];
  const introduced = next && (next.key === "وهي" || next.key === "وهما" || next.key === "هي");
  if (introduced) at++;
  const k = units.findIndex((u) => u.first >= end && u.first <= at);
  const u = units[k];
  if (!u || (tokens[u.first] as Token).sentence !== sentence) return false;
  if (introduced) return true;
  const gap = arabic.text.slice((tokens[end - 1] as Token).end, (tokens[u.first] as Token).start);
  const then = units[k + 1];
  return /[،,:(]/u.test(gap) || (then !== undefined && joinedList(arabic, u, then, cues));
}

/** Units joined into one list: spaces, commas, brackets, a و or a list joiner (`بالإضافة إلى`) between them. */
function joinedList(
  arabic: ArabicText,
  a: PartyUnit,
  b: PartyUnit,
  cues: EventCues,
  strict = false,
): boolean {
  const { tokens } = arabic;
  let gap = arabic.text.slice((tokens[a.end - 1] as Token).end, (tokens[b.first] as Token).start);
  if (b.first > a.end) {
    const words = tokens.slice(a.end, b.first).map((t) => t.key);
    if (words[0]?.startsWith("و") && words[0] !== "و") words[0] = words[0].slice(1);
    if (!cues.listJoiner.has(words.join(" "))) return false;
    gap = gap.replace(/[^\s،,()«»"]+/gu, "");
  }
  // `strict` (listBefore): ومصر لقطر, two names with only a space and no و of the second's own, are no list.
  if (strict && b.first === a.end && !/[،,()«»"و]/u.test(gap) && !b.prefix.startsWith("و")) return false;
  return /^[\s،,()«»"]*(و\s*)?[\s(«"]*$/u.test(gap);
}

/**
 * The nearest list of states written out before token `k` (within the row's reach) that holds the
 * row's number of distinct states: its parties, one per state, in the order named.
 */
function listBefore(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  k: number,
  ref: BackReference,
  cues: EventCues,
): Party[] | null {
  const sentence = (arabic.tokens[k] as Token).sentence;
  const states = units.filter(
    (u) =>
      u.type === "GPE" &&
      u.end <= k &&
      u.parties.length === 1 &&
      u.parties[0]?.country !== null &&
      u.parties[0]?.country !== "IGO" &&
      sentence - (arabic.tokens[u.first] as Token).sentence <= ref.reach,
  );
  // From the nearest unit back, each list once: its last unit, then the units joined before it.
  for (let i = states.length - 1; i >= 0;) {
    let s = i;
    while (s > 0 && joinedList(arabic, states[s - 1] as PartyUnit, states[s] as PartyUnit, cues, true)) s--;
    const group = states.slice(s, i + 1);
    const parties: Party[] = [];
    for (const u of group)
      for (const p of u.parties) if (!parties.some((q) => q.country === p.country)) parties.push(p);
    const n = parties.length;
    if (n >= 2 && (ref.atLeast ? n >= ref.count : n === ref.count)) return parties;
    i = s - 1;
  }
  return null;
}
