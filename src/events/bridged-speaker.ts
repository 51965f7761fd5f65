// The speaker's pronoun carried across a bridge to a second `أن`: `قال ماكرون إنه من المحتمل أن يتحدث إلى
// السعودية`، `قالت إنها تريد أن تزور الصين`. The reported act after the second `أن` is the speaker's, as after
// `إنه سيتحدث`, when its verb agrees with the pronoun and stands right after that `أن`.
import type { Token } from "../pipeline/types.ts";
import { unmarked } from "../arabic/regexes.ts";
import { keyOf } from "../arabic/normalize.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";

const FROM = keyOf("من");
const THAT = keyOf("أن");

/**
 * The pronoun complementizer at `carrier` (`إنه`، `أنها`, no `و` or `ف` before it) reaches the act at `verb`
 * across the plain `أن` at `that`: the words between are `من` with a word of chance or schedule (cue
 * modal_bridge: `من الممكن`، `من المقرر`) or one verb of wanting that agrees with the pronoun (cue wish_bridge:
 * `يريد`، `تأمل`), and the act is a verb right after `أن` of the pronoun's person and gender (`ي` for `ه`, `ت`
 * for `ها`; no dual or plural).
 */
export function bridges(
  tokens: readonly Token[],
  carrier: number,
  that: number,
  verb: number,
  cues: EventCues,
): boolean {
  const c = tokens[carrier];
  const t = tokens[that];
  if (!c || !t || t.key !== THAT || verb !== that + 1) return false;
  const pronoun = unmarked(c.text);
  if (/^[وف]/u.test(pronoun) || /(?:هما|هم)$/u.test(pronoun)) return false;
  const person = pronoun.endsWith("ها") ? "ت" : "ي";
  const gap = that - carrier - 1;
  const bridged =
    (gap === 2 && tokens[carrier + 1]?.key === FROM && tokenIn(cues.modalBridge, tokens[carrier + 2])) ||
    (gap === 1 &&
      tokenIn(cues.wishBridge, tokens[carrier + 1]) &&
      unmarked((tokens[carrier + 1] as Token).text).startsWith(person));
  return bridged && new RegExp(`^(?:س)?${person}`, "u").test(unmarked((tokens[verb] as Token).text));
}

/**
 * `إنه من المحتمل أن يفرض الاتحاد الأوروبي عقوبات`: a party that is no state right after the verb, with no
 * proclitic, is its own subject; the bridged speaker does not act.
 */
export function ownSubjectAfter(span: ClauseSpan, verbEnd: number, actor: readonly PartyUnit[]): boolean {
  return (
    span.carrier !== undefined &&
    actor.some((u) => u.first === verbEnd && u.prefix === "" && u.type !== "GPE")
  );
}

/** `من الممكن أن يفرض`: the verb at `verb` follows `من الممكن أن` (cue possible_that), a possible act. */
export function possibleThat(tokens: readonly Token[], verb: number, cues: EventCues): boolean {
  return (
    tokens[verb - 1]?.key === THAT &&
    tokenIn(cues.possibleThat, tokens[verb - 2]) &&
    tokens[verb - 3]?.key === FROM
  );
}

/** The token whose pronoun is the speaker: the complementizer before the reported clause, or before its bridge. */
export function carrierOf(span: ClauseSpan): number {
  return span.carrier ?? span.reported - 1;
}
