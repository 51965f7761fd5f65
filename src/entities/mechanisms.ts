// Channels and agreements no lexicon row knows, read from their shape: a head noun and the words
// that name one channel (محادثات قادة المسارح، اللجنة الاستشارية الثنائية).
import { keyOf } from "../arabic/normalize.ts";
import { BARE, PhraseIndex, phraseKeys } from "../arabic/phrases.ts";
import { definite, offsetAfterLetters } from "../arabic/tokens.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { ArabicText, MentionCandidate, Token } from "../pipeline/types.ts";
import { fromPattern, mentionOf } from "./walker.ts";

export interface MechanismPatterns {
  heads: PhraseIndex<true>;
  strong: Set<string>;
  qualifiers: Set<string>;
}

/** How many qualifiers a pattern name may take after its head. */
const MAX_QUALIFIERS = 6;

export function compileMechanismPatterns(rows: readonly Row[]): MechanismPatterns {
  const heads = new PhraseIndex<true>();
  const strong = new Set<string>();
  const qualifiers = new Set<string>();
  for (const r of rows) {
    for (const form of list(r.forms)) {
      if (r.kind === "head") {
        heads.add(form, true);
        // الخط الساخن، المحادثات: the definite head.
        heads.add(
          phraseKeys(form)
            .map((w) => `ال${w}`)
            .join(" "),
          true,
        );
      } else if (r.kind === "strong") strong.add(keyOf(form));
      else if (r.kind === "qualifier") qualifiers.add(keyOf(form));
    }
  }
  return { heads, strong, qualifiers };
}

/** A qualifier stands bare or after ل (`لإجراءات بناء الثقة`); `وعسكرية` coordinates a description. */
const kindOf = (t: Token, p: MechanismPatterns): "strong" | "qualifier" | null => {
  // No array of keys: filter's result differs in elements kind when empty and V8 recompiled for it.
  const has = (set: Set<string>) => set.has(t.key) || t.bare.some((b) => b.prefix === "ل" && set.has(b.key));
  if (has(p.strong)) return "strong";
  if (has(p.qualifiers)) return "qualifier";
  return null;
};

/** Whether a word from i to j carries the article (`الحوار`، `للتجارة`). */
function anyDefinite(tokens: readonly Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) if (definite(tokens[k] as Token)) return true;
  return false;
}

/**
 * Pattern mechanisms over tokens no other mention holds (`taken`: 1 at each of them,
 * `coveredTokens`); one entity per name in a document.
 */
export function findMechanisms(
  arabic: ArabicText,
  taken: Uint8Array,
  patterns: MechanismPatterns,
): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  const tokens = arabic.tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] === 1) continue;
    const m = patterns.heads.matchAt(tokens, i, BARE);
    if (!m) continue;
    let j = m.end;
    let strong = 0;
    let weak = 0;
    while (j < tokens.length && j - m.end < MAX_QUALIFIERS && taken[j] !== 1) {
      const t = tokens[j] as Token;
      const kind = t.linked && t.sentence === (tokens[i] as Token).sentence ? kindOf(t, patterns) : null;
      if (!kind) break;
      if (kind === "strong") strong++;
      else weak++;
      j++;
    }
    if (strong === 0 && weak < 2) continue;
    // محادثات ثنائية، خط ساخن، مجموعة عمل مشتركة: with no word made definite, the phrase describes a
    // kind of channel; a channel's name has one (الحوار الاستراتيجي، محادثات قادة المسارح).
    if (!anyDefinite(tokens, i, j)) continue;
    const first = tokens[i] as Token;
    const last = tokens[j - 1] as Token;
    const start = first.start + (m.stripped > 0 ? offsetAfterLetters(first.text, m.stripped) : 0);
    const text = arabic.text.slice(start, last.end);
    const key = keyOf(text).replace(/^ال/u, "");
    out.push(
      mentionOf(
        fromPattern("MECHANISM", text, { key: `mechanism:${key}` }),
        start,
        last.end,
        text,
        i,
        j,
        i,
        m.prefix,
      ),
    );
    i = j - 1;
  }
  return out;
}
