// Mentions the lexicon names at a token: which entries apply there, names, and institutions by head + nisba.

import { tokenIn } from "../arabic/tokens.ts";
import type { PhraseMatch } from "../arabic/phrases.ts";
import type { Token } from "../pipeline/types.ts";
import type { EntityEntry } from "./lexicon.ts";
import { fromEntry, fromPattern, push, type Walker } from "./walker.ts";

/** The first entry of `kind`. */
export function ofKind(values: readonly EntityEntry[], kind: EntityEntry["kind"]): EntityEntry | undefined {
  // A loop, not `find` with a closure over `kind`: asked up to four times for each matched token.
  for (const v of values) if (v.kind === kind) return v;
  return undefined;
}

export function usable(w: Walker, values: readonly EntityEntry[], at: number): EntityEntry[] {
  // Loops, not `some` and `filter` with closures over the walker: this runs for every token a
  // lexicon phrase starts at.
  // The two look-ups are made only for a value that asks them (few do): 0 not asked, 1 no, 2 yes.
  const lex = w.options.lexicon;
  let headed = 0;
  // A surname that is also a word (تراس، ترأس) stands for the person only once the full name was read.
  let word = 0;
  const out: EntityEntry[] = [];
  for (const v of values) {
    if (v.kind === "after_full" && !w.seenKeys.has(v.key)) continue;
    if (v.kind === "short" && !w.seenKeys.has(v.key)) {
      if (word === 0) word = tokenIn(lex.commonWords, w.tokens[at] as Token) ? 2 : 1;
      if (word === 2) continue;
    }
    if (v.needsHead) {
      if (headed === 0) headed = tokenIn(lex.mediaHeads, w.tokens[at - 1]) ? 2 : 1;
      if (headed === 1) continue;
    }
    out.push(v);
  }
  return out;
}

export function best(values: readonly EntityEntry[], published: string | null): EntityEntry {
  if (values.length === 1 || !published) return values[0] as EntityEntry;
  const valid = values.find(
    (v) => (v.from === "" || v.from <= published) && (v.to === "" || published < v.to),
  );
  return valid ?? (values[values.length - 1] as EntityEntry);
}

export function emitName(w: Walker, i: number, m: PhraseMatch<EntityEntry>, e: EntityEntry): number {
  const chosen = best(
    m.values.filter((v) => v.key === e.key),
    w.options.published,
  );
  let end = m.end;
  // An institution name may carry its nisba: جيش التحرير الشعبي الصيني.
  if (chosen.type === "ORG") {
    const nisba = nisbaAt(w, end, i);
    if (nisba && (chosen.country === null || nisba.country === chosen.country)) end = nisba.end;
  }
  push(w, i, end, m.stripped, fromEntry(chosen));
  return end;
}

export function nisbaAt(
  w: Walker,
  j: number,
  sentenceOf: number,
): { country: string | null; end: number } | null {
  const t = w.tokens[j];
  if (!t?.linked || t.sentence !== (w.tokens[sentenceOf] as Token).sentence) return null;
  const m = w.options.lexicon.index.matchAt(w.tokens, j, { bare: false });
  const nisba = m?.values.find((v) => v.kind === "nisba");
  return m && nisba ? { country: nisba.country, end: m.end } : null;
}

/** The nisba agrees in gender with the head noun: `وزير الخارجية الصيني` is no `الخارجية الصيني`. */
function agrees(head: Token, nisba: Token): boolean {
  const feminine = (t: Token) => /ه$/u.test(t.key) || /ه$/u.test(t.bare[0]?.key ?? "");
  // Only a feminine head with a masculine nisba is sure not to agree (plurals take either).
  return !(feminine(head) && !feminine(nisba));
}

/** `وزارة الدفاع الصينية`, `السفارة الصينية في واشنطن`: a head completed by a nisba. */
export function institution(
  w: Walker,
  i: number,
  m: PhraseMatch<EntityEntry>,
  head: EntityEntry,
): number | null {
  const lex = w.options.lexicon;
  if (
    lex.sideHeads.has((w.tokens[i] as Token).bare[0]?.key ?? "") ||
    lex.sideHeads.has((w.tokens[i] as Token).key)
  )
    return null;
  const nisba = nisbaAt(w, m.end, i);
  if (!nisba || !agrees(w.tokens[i] as Token, w.tokens[m.end] as Token)) return null;
  let end = nisba.end;
  const inTok = w.tokens[end];
  if (inTok?.linked && inTok.key === "في") {
    const place = lex.index.matchAt(w.tokens, end + 1, { bare: false });
    const gpe = place?.values.find((v) => v.kind === "name" && v.type === "GPE");
    if (place && gpe && w.tokens[end + 1]?.linked) end = place.end;
  }
  const text = w.text.slice((w.tokens[i] as Token).start, (w.tokens[end - 1] as Token).end);
  push(w, i, end, m.stripped, fromPattern("ORG", text, { country: nisba.country, sector: head.sector }));
  return end;
}
