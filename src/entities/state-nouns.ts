// Common nouns that stand for a state the article names (`المملكة` after `السعودية`, `الدولة العبرية`
// for Israel): each is a GPE mention of the one state of its row the article names most
// (lexicons/state-nouns.tsv).
import { BARE, PhraseIndex } from "../arabic/phrases.ts";
import { offsetAfterLetters } from "../arabic/tokens.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { MentionCandidate, Token } from "../pipeline/types.ts";
import { coveredTokens, mentionOf } from "./walker.ts";

/** The states each phrase can stand for, by phrase. */
export type StateNouns = PhraseIndex<string[]>;

export function compileStateNouns(rows: readonly Row[]): StateNouns {
  const index = new PhraseIndex<string[]>();
  for (const r of rows) index.add(r.text as string, list(r.states));
  return index;
}

/**
 * The candidates with a GPE mention added for every state noun no other mention holds. The state is
 * the one of the row's states the article's GPE mentions name most often; a tie or no mention of any
 * of them adds nothing, so `المملكة` in an article about Jordan and Saudi Arabia named equally stays
 * no party.
 */
export function resolveStateNouns(
  candidates: readonly MentionCandidate[],
  text: string,
  tokens: readonly Token[],
  nouns: StateNouns,
): MentionCandidate[] {
  const named = new Map<string, MentionCandidate[]>();
  for (const c of candidates) {
    if (c.type !== "GPE" || c.country === null) continue;
    named.set(c.country, [...(named.get(c.country) ?? []), c]);
  }
  if (named.size === 0) return [...candidates];
  const taken = coveredTokens(candidates, tokens.length);
  const added: MentionCandidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1) continue;
    const m = nouns.matchAt(tokens, i, BARE);
    if (!m || !m.values[0]) continue;
    const state = mostNamed(m.values[0], named);
    if (!state) continue;
    const first = tokens[i] as Token;
    const last = tokens[m.end - 1] as Token;
    const start = first.start + (m.stripped > 0 ? offsetAfterLetters(first.text, m.stripped) : 0);
    const surface = text.slice(start, last.end);
    added.push(mentionOf({ ...state, via: "noun" }, start, last.end, surface, i, m.end, i, m.prefix));
    i = m.end - 1;
  }
  if (added.length === 0) return [...candidates];
  return [...candidates, ...added].sort((a, b) => a.start - b.start);
}

/** The mention of the state the article names most among `states`, or null (none, or a tie). */
function mostNamed(
  states: readonly string[],
  named: ReadonlyMap<string, MentionCandidate[]>,
): MentionCandidate | null {
  let best: MentionCandidate[] | null = null;
  let tie = false;
  for (const s of states) {
    const ms = named.get(s);
    if (!ms) continue;
    if (!best || ms.length > best.length) {
      best = ms;
      tie = false;
    } else if (ms.length === best.length) tie = true;
  }
  if (!best || tie) return null;
  // The state's own name, not a capital's, is the entity the noun joins.
  return best.find((c) => c.key.startsWith("gpe:")) ?? (best[0] as MentionCandidate);
}
