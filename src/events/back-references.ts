// Back-references resolved within the document: a phrase with no name of its own that stands for
// parties the article named before — a coalition counted or pointed at (`الدول الأربع`، `هذه الدول`)
// or a post told by its title alone (`ولي العهد`، `الأمير الشاب`) — becomes a party unit of those
// parties (lexicons/back-references.tsv; docs/EVENTS.md, "Tenth pass").
import { keyOf } from "../arabic/normalize.ts";
import { BARE, PhraseIndex } from "../arabic/phrases.ts";
import { offsetAfterLetters } from "../arabic/tokens.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/** One row of the lexicon, compiled. */
export interface BackReference {
  kind: "states" | "person";
  /** states: how many distinct states the list must hold… */
  count: number;
  /** …exactly, or at least. */
  atLeast: boolean;
  /** states: sentences back the list may stand (Infinity: anywhere before in the document). */
  reach: number;
  /** person: the keys of the post's words its holder's role holds (`ولي العهد`). */
  holder: string[][];
  /** Keys of words that, right before the phrase, make it no party (`منصب`). */
  notAfter: Set<string>;
}

export type BackReferences = PhraseIndex<BackReference>;

export function compileBackReferences(rows: readonly Row[]): BackReferences {
  const index = new PhraseIndex<BackReference>();
  for (const r of rows) {
    const kind = r.kind as string;
    if (kind !== "states" && kind !== "person")
      throw new Error(`lexicons/back-references.tsv: unknown kind "${kind}"; use states or person`);
    const count = (r.count as string | undefined) ?? "";
    const reach = (r.reach as string | undefined) ?? "doc";
    index.add(r.text as string, {
      kind,
      count: Number(count.replace(/^>=/u, "")) || 0,
      atLeast: count.startsWith(">="),
      reach: reach === "doc" || reach === "" ? Infinity : Number(reach),
      holder: list(r.holder).map((h) => h.split(/\s+/u).map(keyOf)),
      notAfter: new Set(list(r.not_after).map(keyOf)),
    });
  }
  return index;
}

/** The unit type of a person told by title alone; a coalition's unit is a GPE unit of its states. */
const PERSON = "PERSON";

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
): PartyUnit[] {
  if (refs.size === 0) return [];
  const { tokens } = arabic;
  // A person's title belongs to the person (`ولي العهد السعودي الأمير محمد بن سلمان`).
  const taken = new Set(covered);
  for (const m of found.mentions) for (let k = m.titleToken; k < m.endToken; k++) taken.add(k);
  const out: PartyUnit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (taken.has(k)) continue;
    const m = refs.matchAt(tokens, k, BARE);
    const ref = m?.values[0];
    if (!m || !ref) continue;
    const before = tokens[k - 1];
    if (before && before.sentence === (tokens[k] as Token).sentence && keyIn(ref.notAfter, before)) continue;
    // `مع الدول الخمس`، `لمقاطعة الدول الأربع`: a coalition inside a prepositional phrase (but `بين`,
    // the sides of a mutual act) is mostly a noun's complement there, not a party (docs/EVENTS.md).
    if (
      ref.kind === "states" &&
      before &&
      before.sentence === (tokens[k] as Token).sentence &&
      inPhrase(before, cues)
    )
      continue;
    let end = m.end;
    for (let j = k; j < end; j++) if (taken.has(j)) end = -1;
    if (end < 0 || namedAfter(arabic, units, end)) continue;
    const parties =
      ref.kind === "states" ? listBefore(arabic, units, k, ref) : holderBefore(arabic, found, units, k, ref);
    if (!parties) continue;
    const first = tokens[k] as Token;
    const last = tokens[end - 1] as Token;
    const text = arabic.text.slice(first.start + offsetAfterLetters(first.text, m.stripped), last.end);
    out.push({
      first: k,
      end,
      prefix: m.prefix,
      type: ref.kind === "person" ? PERSON : "GPE",
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

function keyIn(keys: ReadonlySet<string>, t: Token): boolean {
  return keys.has(t.key) || t.bare.some((b) => keys.has(b.key));
}

/**
 * `الدول الأربع، السعودية والإمارات …`، `ولي العهد السعودي`: a party unit right after the phrase (or
 * after a comma or `وهي`) names its referent itself.
 */
function namedAfter(arabic: ArabicText, units: readonly PartyUnit[], end: number): boolean {
  const sentence = (arabic.tokens[end - 1] as Token).sentence;
  let at = end;
  const next = arabic.tokens[at];
  if (next && (next.key === "وهي" || next.key === "وهما" || next.key === "هي")) at++;
  return units.some(
    (u) => u.first >= end && u.first <= at && (arabic.tokens[u.first] as Token).sentence === sentence,
  );
}

/** Units joined into one list: only spaces, commas or a و (its own word or a proclitic) between them. */
function joinedList(arabic: ArabicText, a: PartyUnit, b: PartyUnit): boolean {
  const gap = arabic.text.slice(
    (arabic.tokens[a.end - 1] as Token).end,
    (arabic.tokens[b.first] as Token).start,
  );
  return /^[\s،,]*(و\s*)?$/u.test(gap);
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
    while (s > 0 && joinedList(arabic, states[s - 1] as PartyUnit, states[s] as PartyUnit)) s--;
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

/**
 * The holder of the post named before token `k`: the persons whose role holds the post's words, and
 * the nisbas written right after an earlier use of the same title (`ولي العهد السعودي`), when all are
 * of one state; the nearest of them.
 */
function holderBefore(
  arabic: ArabicText,
  found: EntitiesResult,
  units: readonly PartyUnit[],
  k: number,
  ref: BackReference,
): Party[] | null {
  const { tokens } = arabic;
  const holds = (words: readonly string[]) =>
    ref.holder.some((post) => {
      for (let s = 0; s + post.length <= words.length; s++)
        if (post.every((w, j) => words[s + j]?.replace(/^ال/u, "") === w.replace(/^ال/u, ""))) return true;
      return false;
    });
  const candidates: Party[] = [];
  for (const m of found.mentions) {
    if (m.type !== "PERSON" || m.endToken > k || m.country === null || !m.role) continue;
    if (holds(keyOf(m.role).split(/\s+/u)))
      candidates.push({ entity: m.entity, text: m.text, country: m.country, sector: m.sector });
  }
  for (const u of units) {
    if (u.type !== "NISBA" || u.end > k || u.first === 0) continue;
    // The title's words right before the nisba (`ولي العهد السعودي`).
    const p = u.parties[0];
    if (p && ref.holder.some((post) => titleBefore(tokens, u.first, post)))
      candidates.push({ entity: null, text: p.text, country: p.country, sector: "GOV" });
  }
  if (candidates.length === 0) return null;
  const states = new Set(candidates.map((p) => p.country));
  if (states.size !== 1) return null;
  // The nearest: mentions and nisbas were pushed in two runs, so the last named person if any.
  const persons = candidates.filter((p) => p.entity !== null);
  return [(persons[persons.length - 1] ?? candidates[candidates.length - 1]) as Party];
}

/** The post's words stand right before token `at` (`لولي العهد السعودي`: a proclitic on the first). */
function titleBefore(tokens: readonly Token[], at: number, post: readonly string[]): boolean {
  const start = at - post.length;
  if (start < 0) return false;
  const bareKey = (w: string) => w.replace(/^ال/u, "");
  return post.every((w, j) => {
    const t = tokens[start + j] as Token;
    return bareKey(t.key) === bareKey(w) || t.bare.some((b) => bareKey(b.key) === bareKey(w));
  });
}
