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
  /** Keys of words one of which must follow within NEEDS_REACH tokens (`وقع` … `اتفاقية`). */
  needs: string[];
}

/** How close after a trigger a noun trigger is read as its object (`رفضت مواصلة المفاوضات`). */
const ABSORB_REACH = 3;

/** How far after an ambiguous trigger the word that settles it may stand. */
const NEEDS_REACH = 8;

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
      needs: list(r.needs).map(keyOf),
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
    const trigger = m.values[0] as Trigger;
    // A verb takes و ف س before it, never a preposition: بحذر is "with caution", not "warned".
    if (trigger.pos === "verb" && /[بلك]/u.test(m.prefix.replace(/^[وف]/u, ""))) continue;
    if (trigger.needs.length > 0 && !followedBy(tokens, m.end, trigger.needs)) continue;
    // إلغاء المحادثات، اتفقا على عقد محادثات: a noun right after another trigger is that one's object.
    const prev = hits[hits.length - 1];
    const absorbed =
      trigger.pos === "noun" &&
      prev !== undefined &&
      i - prev.end <= ABSORB_REACH &&
      (tokens[prev.first] as Token).sentence === (tokens[i] as Token).sentence;
    if (!absorbed) hits.push({ trigger, first: i, end: m.end, prefix: m.prefix });
    i = m.end - 1;
  }
  return hits;
}

function followedBy(tokens: readonly Token[], from: number, keys: readonly string[]): boolean {
  for (let k = from; k < Math.min(tokens.length, from + NEEDS_REACH); k++) {
    const t = tokens[k] as Token;
    if (keys.some((n) => t.key.startsWith(n) || t.bare.some((b) => b.key.startsWith(n)))) return true;
  }
  return false;
}
