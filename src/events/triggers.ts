// Compiles the trigger lexicon and finds trigger occurrences in a text.
import { keyOf } from "../arabic/normalize.ts";
import { PhraseIndex } from "../arabic/phrases.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { EventType, Token } from "../pipeline/types.ts";

export type ChannelAction = "suspend" | "resume" | "agree" | "propose" | "refuse" | "hold" | "";

export interface Trigger {
  type: EventType;
  mode: string | null;
  context: string[];
  pos: "verb" | "noun";
  /** Prepositions (as keys) that introduce the other party; `between`, `direct`. */
  frame: string[];
  channel: ChannelAction;
}

export interface TriggerHit {
  trigger: Trigger;
  first: number;
  end: number;
  /** The proclitics the first token carried (`س` in `ستستأنف`). */
  prefix: string;
}

export function compileTriggers(rows: readonly Row[]): PhraseIndex<Trigger> {
  const index = new PhraseIndex<Trigger>();
  for (const r of rows) {
    const t: Trigger = {
      type: r.type as EventType,
      mode: r.mode || null,
      context: list(r.context),
      pos: r.pos === "noun" ? "noun" : "verb",
      frame: list(r.frame).map((f) => (f === "between" || f === "direct" ? f : keyOf(f))),
      channel: (r.channel ?? "") as ChannelAction,
    };
    for (const form of list(r.forms)) index.add(form, t);
  }
  return index;
}

/** Trigger occurrences, longest first at each token, skipping tokens inside entity mentions. */
export function findTriggers(
  tokens: readonly Token[],
  index: PhraseIndex<Trigger>,
  covered: ReadonlySet<number>,
): TriggerHit[] {
  const hits: TriggerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered.has(i)) continue;
    const m = index.matchAt(tokens, i, { bare: true });
    if (!m) continue;
    hits.push({ trigger: m.values[0] as Trigger, first: i, end: m.end, prefix: m.prefix });
    i = m.end - 1;
  }
  return hits;
}
