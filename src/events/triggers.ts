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

/** Types whose trigger takes the act agreed, asked or refused as a complement. */
const COMPLEMENT_TAKERS = new Set<EventType>(["AGREE", "REQUEST", "REJECT", "SUPPORT"]);
/** How far such a complement may stand from its trigger. */
const COMPLEMENT_REACH = 8;
/** Prepositions and clitics that open a complement (`على استعادة`، `إلى عقد`، `لاستئناف`). */
const COMPLEMENT_OPENERS = new Set(["علي", "الي", "ب", "ل"]);

function introducesComplement(tokens: readonly Token[], i: number, prefix: string): boolean {
  const p = prefix.replace(/^[وف]/u, "");
  return COMPLEMENT_OPENERS.has(p) || COMPLEMENT_OPENERS.has(tokens[i - 1]?.key ?? "");
}

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
    const sameSentence =
      prev !== undefined && (tokens[prev.first] as Token).sentence === (tokens[i] as Token).sentence;
    const absorbed =
      trigger.pos === "noun" &&
      sameSentence &&
      (i - prev.end <= ABSORB_REACH ||
        // اتفقا في سان فرانسيسكو على استعادة العلاقات: what was agreed, asked or refused is no event of its own.
        (COMPLEMENT_TAKERS.has(prev.trigger.type) &&
          i - prev.end <= COMPLEMENT_REACH &&
          introducesComplement(tokens, i, m.prefix)));
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
