// An agreement called by its bare definite head (`الاتفاق`، `الصفقة`, cue deal_head) after the article
// named it without the state it was made with (cue deal_counterpart): read by deal-recipient.ts. Split from
// back-references.ts, which is at its size limit.
import { definite } from "../arabic/tokens.ts";
import type { Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { gapIs } from "../arabic/gaps.ts";

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
