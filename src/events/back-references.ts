// Back-references resolved within the document: a phrase with no name of its own that stands for
// states the article named before (`الدول الأربع`، `الدول الثلاث`، `دول المقاطعة`) becomes a party unit
// of those states (lexicons/back-references.tsv; docs/EVENTS.md, "Tenth pass: parties named by a
// back-reference").
import { BARE, PhraseIndex } from "../arabic/phrases.ts";
import { definite, offsetAfterLetters } from "../arabic/tokens.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import type { Row } from "../pipeline/tsv.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { stateful } from "./stateful.ts";
import { agrees } from "./references.ts";
import { NOT_STATE } from "./units.ts";
import {
  anyMarked,
  marked,
  SCAN_BACK_REFERENCE,
  SCAN_LATTER,
  SCAN_ORG_HEAD,
  type ScanMasks,
} from "./scan.ts";
import { unmarked } from "../arabic/regexes.ts";
import { gapIs } from "../arabic/gaps.ts";
import { nameAfterHead } from "./org-head-name.ts";

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

/**
 * `رفضت منظمة حظر الأسلحة الكيميائية مقترحا روسيا … وقال جونسون إن بريطانيا دعت المنظمة`: after an
 * organisation of states is named, news prose calls it by its head noun alone (cue `org_back_head`:
 * المنظمة، المحكمة، الوكالة). Such a head, standing alone (the phrase ends after it: punctuation,
 * a preposition, a relative pronoun or a word with a proclitic follows), is a unit of the nearest
 * organisation named before it with the same head, when that one is intergovernmental (IGO); a nearer
 * one of the same head that is not (`منظمة العفو الدولية`) keeps it from being read.
 */
export function organisationUnits(
  arabic: ArabicText,
  found: EntitiesResult,
  covered: ReadonlySet<number>,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_ORG_HEAD is read. */
  masks?: ScanMasks,
): PartyUnit[] {
  if (cues.orgBackHead.size === 0 || !anyMarked(masks, SCAN_ORG_HEAD)) return [];
  const { tokens } = arabic;
  const taken = new Uint8Array(tokens.length);
  for (const k of covered) taken[k] = 1;
  for (const m of found.mentions) for (let k = m.titleToken; k < m.endToken; k++) taken[k] = 1;
  const orgs = found.mentions
    .filter((m) => m.type === "ORG")
    .sort((a, b) => a.firstToken - b.firstToken)
    .map((m) => ({ m, head: headKey(tokens[m.firstToken]) }));
  const out: PartyUnit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (!marked(masks, k, SCAN_ORG_HEAD) || taken[k] === 1 || !tokenIn(cues.orgBackHead, t)) continue;
    if (!standsAlone(arabic, k, cues) && !nameAfterHead(arabic, found, k)) continue;
    const head = headKey(t);
    let named: (typeof orgs)[number] | undefined;
    for (const o of orgs) if (o.m.endToken <= k && o.head === head) named = o;
    // منظمة العفو الدولية: civil society (its sector SOC) is no organisation of states, as in partyUnits.
    if (!named || named.m.country !== "IGO" || NOT_STATE.has(named.m.sector ?? "")) continue;
    const reading = t.bare.find((b) => cues.orgBackHead.has(b.key));
    out.push({
      first: k,
      end: k + 1,
      prefix: reading?.prefix ?? "",
      type: "ORG",
      parties: [
        {
          entity: named.m.entity,
          text: arabic.text.slice(t.start + offsetAfterLetters(t.text, reading?.prefix.length ?? 0), t.end),
          country: "IGO",
          sector: named.m.sector,
        },
      ],
      place: false,
    });
  }
  return out;
}

/** A head noun's key without the article or a proclitic (`والمجلس`، `مجلس` → `مجلس`). */
function headKey(t: Token | undefined): string {
  if (!t) return "";
  const keys = [t.key, ...t.bare.map((b) => b.key)];
  const bare = keys.find((x) => x.startsWith("ال")) ?? keys[keys.length - 1] ?? "";
  return bare.replace(/^ال/u, "");
}

/** The most words an agreement's name in cue deal_counterpart takes (`خطة العمل الشاملة المشتركة`). */
const DEAL_WORDS = 4;

/** The tokens and text a back-reference is read in: the document's (`ArabicText`) or a clause's. */
type Read = { readonly tokens: readonly Token[]; readonly text: string };

/**
 * `… الانسحاب من الاتفاق النووي. … وقال إن انسحاب الولايات المتحدة من الاتفاق …`: once an article has named
 * an agreement without the state it was made with (cue `deal_counterpart`), news prose calls it by its bare
 * definite head (cue `deal_head`: الاتفاق، الاتفاقية، الصفقة). Such a head at token `k`, standing alone (no
 * qualifier, genitive or name goes on after it), stands for the nearest agreement named before it in the
 * document: that agreement's state when it is a deal_counterpart one; none when the nearest is another
 * (`توصلا إلى اتفاق`، `اتفاق باريس`، `الاتفاق التجاري`). A bare head before it is the same back-reference
 * and is passed over.
 */
export function dealBackReference(read: Read, k: number, cues: EventCues): string | null {
  const { tokens } = read;
  const t = tokens[k];
  if (!t || cues.dealCounterpart.size === 0 || !definite(t) || !tokenIn(cues.dealHead, t)) return null;
  if (!dealAlone(read, k, cues)) return null;
  for (let j = k - 1; j >= 0; j--) {
    const named = dealNamedAt(read, j, cues);
    if (named !== null) return named;
    const u = tokens[j] as Token;
    if (!tokenIn(cues.dealHead, u)) continue;
    if (definite(u) && dealAlone(read, j, cues)) continue;
    return null;
  }
  return null;
}

/**
 * The agreement's head at token `k` is its whole name: the sentence or punctuation follows, or a relative
 * or a word that is no part of the name (a verb, a preposition); not a definite word right after it
 * (`الاتفاق النووي`، `الاتفاقية التجارية`, an adjective or a genitive), nor one of cue deal_complement (`الاتفاق مع`).
 */
function dealAlone(read: Read, k: number, cues: EventCues): boolean {
  const { tokens } = read;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return true;
  if (!gapIs(read.text, t.end, next.start, "space")) return true;
  if (tokenIn(cues.relative, next)) return true;
  return !next.key.startsWith("ال") && !tokenIn(cues.dealComplement, next);
}

/** The state of the deal_counterpart agreement whose name opens at token `j` (a proclitic aside), if one does. */
function dealNamedAt(read: Read, j: number, cues: EventCues): string | null {
  const { tokens } = read;
  const first = tokens[j] as Token;
  const starts = [first.key, ...first.bare.map((b) => b.key)];
  if (
    !starts.some(
      (x) =>
        cues.dealCounterpart.has(x) || [...cues.dealCounterpart.keys()].some((n) => n.startsWith(`${x} `)),
    )
  )
    return null;
  for (const start of starts) {
    let name = start;
    for (let i = j; i < Math.min(tokens.length, j + DEAL_WORDS); i++) {
      const w = tokens[i] as Token;
      if (i > j) {
        const prev = tokens[i - 1] as Token;
        if (w.sentence !== first.sentence || !gapIs(read.text, prev.end, w.start, "space")) break;
        name = `${name} ${w.key}`;
      }
      const state = cues.dealCounterpart.get(name);
      if (state) return state;
    }
  }
  return null;
}

/** The phrase ends after token `k`: the sentence or punctuation, a preposition, a relative or a proclitic word follows. */
function standsAlone(arabic: Read, k: number, cues: EventCues): boolean {
  const { tokens } = arabic;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return true;
  if (!gapIs(arabic.text, t.end, next.start, "space")) return true;
  if (tokenIn(cues.preposition, next) || tokenIn(cues.relative, next)) return true;
  return next.bare.length > 0 && next.bare.every((b) => /^[وفبل]/u.test(b.prefix));
}

/** Unit types a `الأخيرة` may stand for: names and nisba phrases, not places. */
const LATTER_OF = new Set(["GPE", "NISBA", "ORG", "PERSON"]);

/**
 * `انتقاد الأخيرة`، `واصفا الأخير بأنه`: news prose calls the party it named last `the latter` (cue
 * `latter`). Not after a definite word, a name, a possessed noun or a word of time (cue `latter_time`):
 * there it is the adjective `last` (`السنوات الأخيرة`، `تصريحات ترامب الأخيرة`، `زيارته الأخيرة`). It
 * becomes a unit of the nearest name before it, in its sentence or the one before, of its gender (as
 * a pronoun agrees); none when that name is of no state (the latter is then no state's party).
 */
export function latterUnits(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  covered: ReadonlySet<number>,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_LATTER is read. */
  masks?: ScanMasks,
): PartyUnit[] {
  if (cues.latter.size === 0 || !anyMarked(masks, SCAN_LATTER)) return [];
  const { tokens } = arabic;
  const out: PartyUnit[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // The cue first: its SlotSet bit test is cheaper than the set of numbers.
    if (!marked(masks, k, SCAN_LATTER) || !tokenIn(cues.latter, t) || covered.has(k)) continue;
    const before = tokens[k - 1] as Token;
    if (before.sentence !== t.sentence || covered.has(k - 1) || tokenIn(cues.latterTime, before)) continue;
    if (!gapIs(arabic.text, before.end, t.start, "space")) continue;
    if (definite(before)) continue;
    const plain = unmarked(before.text);
    if (/(ه|ها|هم|هما|هن|كم|نا)$/u.test(plain) && !tokenIn(cues.latterTime, before)) continue;
    const feminine = unmarked(t.text).endsWith("ة");
    let named: PartyUnit | undefined;
    for (const u of units) {
      if (u.end > k) continue;
      const s = (tokens[u.first] as Token).sentence;
      if (s < t.sentence - 1 || u.place || !LATTER_OF.has(u.type) || !agrees(tokens, u, feminine)) continue;
      named = u;
    }
    if (!named || !stateful(named)) continue;
    const reading = [{ key: t.key, prefix: "" }, ...t.bare].find((b) => cues.latter.has(b.key));
    out.push({
      first: k,
      end: k + 1,
      prefix: reading?.prefix ?? "",
      type: named.type,
      parties: named.parties.map((p) => ({ ...p, text: t.text })),
      place: false,
    });
  }
  return out;
}
