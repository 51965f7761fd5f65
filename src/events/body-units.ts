// A state's government called by its head noun alone (`الحكومة`) once the article has named it with its
// state (`الحكومة الأردنية`). The cue `body_back_head` holds the head nouns read so; `الجيش`، `الوزارة`،
// `السلطات` were measured and left out (docs/EVENTS.md, "Twenty-ninth pass: acts Rasd finds with one side lost").
import { offsetAfterLetters } from "../arabic/tokens.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { anyMarked, marked, SCAN_BODY_HEAD, type ScanMasks } from "./scan.ts";
import { gapIs } from "../arabic/gaps.ts";

/** A word's readings without the article (`والحكومة` → `والحكومه`، `حكومه`): the key and its bare forms. */
function headKeys(t: Token | undefined): string[] {
  if (!t) return [];
  return [t.key, ...t.bare.map((b) => b.key)].map((x) => x.replace(/^ال/u, ""));
}

/**
 * The head nouns a unit names its body with: its first word, and the one or two words right before it
 * in its sentence with only spaces between (`الجيش الإسرائيلي`، `وزارة الخارجية الروسية`).
 */
function headsOf(arabic: ArabicText, u: PartyUnit): string[] {
  const { tokens } = arabic;
  const heads = headKeys(tokens[u.first]);
  for (let k = u.first - 1; k >= u.first - 2 && k >= 0; k--) {
    const t = tokens[k] as Token;
    const after = tokens[k + 1] as Token;
    if (t.sentence !== after.sentence || !gapIs(arabic.text, t.end, after.start, "space")) break;
    heads.push(...headKeys(t));
  }
  return heads;
}

/** The unit's states, when it names one state (no IGO, no mixed list). */
function oneState(u: PartyUnit): string | null {
  const states = new Set(u.parties.map((p) => p.country));
  const [only] = [...states];
  return states.size === 1 && only && only !== "IGO" ? only : null;
}

/** A party unit of one state with the head nouns it names its body with. */
interface NamedBody {
  u: PartyUnit;
  state: string;
  heads: string[];
}

/** The units of one state that are no place, in their order, with their heads (`headsOf`). */
function namedBodies(arabic: ArabicText, listed: readonly PartyUnit[]): NamedBody[] {
  const out: NamedBody[] = [];
  for (const u of listed) {
    const state = oneState(u);
    if (state !== null && !u.place) out.push({ u, state, heads: headsOf(arabic, u) });
  }
  return out;
}

/**
 * The phrase ends after token `k`: the sentence or punctuation, a preposition, a complementizer (cue
 * `body_end`) or a word with a proclitic follows. A nisba or any other word after it may make it another
 * body (`الحكومة المؤقتة`), and a state's name after it may be its nisba (`السلطات السعودية`).
 */
function standsAlone(
  arabic: ArabicText,
  k: number,
  starts: ReadonlyMap<number, PartyUnit>,
  cues: EventCues,
): boolean {
  const { tokens } = arabic;
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  if (!next || next.sentence !== t.sentence) return true;
  if (!gapIs(arabic.text, t.end, next.start, "space")) return true;
  if (tokenIn(cues.preposition, next) || tokenIn(cues.bodyEnd, next)) return true;
  if (starts.has(k + 1)) return false;
  return next.bare.length > 0 && next.bare.every((b) => /^[وفبل]/u.test(b.prefix));
}

/** A word of cue `nonstate_body` (`حزب`، `حركة`) stands within the three words before `k`, in its sentence. */
function bodyOfNoState(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  const sentence = (tokens[k] as Token).sentence;
  for (let j = k - 1; j >= k - 3 && j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.nonStateBody, t)) return true;
  }
  return false;
}

/**
 * `أعلنت الحكومة الأردنية …. وانتقدت الحكومة …`: a body head noun (cue `body_back_head`) standing alone,
 * in no name, is a unit of the state the article named that body with before it: a party unit whose
 * first word, or one of the two words before it (the head of a nisba), has the same head. It is read only when
 * every such body named before it is of one state: with two (`الحكومة السورية` and `الحكومة التركية`),
 * the bare head is left unread. It looks back to the article's start.
 */
export function bodyUnits(
  arabic: ArabicText,
  listed: readonly PartyUnit[],
  covered: ReadonlySet<number>,
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_BODY_HEAD can be a body's head noun. */
  masks?: ScanMasks,
): PartyUnit[] {
  // A document with no head noun has no such unit: nothing below is built for it.
  if (cues.bodyBackHead.size === 0 || !anyMarked(masks, SCAN_BODY_HEAD)) return [];
  const { tokens } = arabic;
  const taken = new Uint8Array(tokens.length);
  for (const k of covered) taken[k] = 1;
  const starts = new Map<number, PartyUnit>();
  for (const u of listed) {
    starts.set(u.first, u);
    for (let k = u.first; k < u.end; k++) taken[k] = 1;
  }
  /** The units of one state that are no place, with their heads: made for the first head noun read. */
  let named: NamedBody[] | null = null;
  const out: PartyUnit[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (taken[k] === 1 || !marked(masks, k, SCAN_BODY_HEAD) || !tokenIn(cues.bodyBackHead, t)) continue;
    // الجيش الإسرائيلي: the head of a nisba right after it is that unit's.
    if (starts.get(k + 1)?.type === "NISBA") continue;
    if (!standsAlone(arabic, k, starts, cues)) continue;
    // ويطالب حزب العمال الحكومة: a party's or a movement's act on the government is its own country's
    // business, and the government need not be the one named before.
    if (bodyOfNoState(tokens, k, cues)) continue;
    const reading = t.bare.find((b) => cues.bodyBackHead.has(b.key));
    const head = (reading?.key ?? t.key).replace(/^ال/u, "");
    named ??= namedBodies(arabic, listed);
    const before = named.filter((x) => x.u.end <= k && x.heads.includes(head));
    const states = new Set(before.map((x) => x.state));
    const last = before[before.length - 1];
    if (!last || states.size !== 1) continue;
    const prefix = reading?.prefix ?? "";
    out.push({
      first: k,
      end: k + 1,
      prefix,
      type: "ORG",
      parties: last.u.parties.map((p) => ({
        entity: p.entity,
        text: arabic.text.slice(t.start + offsetAfterLetters(t.text, prefix.length), t.end),
        country: p.country,
        sector: p.sector,
      })),
      place: false,
    });
  }
  return out;
}
