// The speaker of a sentence that names none: `وقال الوزير الروسي … . وأضاف أن على واشنطن أن …`، `وقالت
// الهيئة إنها …`. News prose goes on quoting the speaker it has named with a speech verb alone, or with a
// bare role noun (`المتحدث`، `الهيئة`، `البيان`); the state of that speaker is told in the sentence before.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { unmarked } from "../arabic/regexes.ts";
import { spokeNear, ungoverned } from "./anaphora.ts";
import { stateful } from "./stateful.ts";
import { apposedOffice } from "./apposed-office.ts";
import type { Arguments, PartyUnit } from "./arguments.ts";
import type { ClauseSpan } from "./clauses.ts";
import type { TriggerHit } from "./triggers.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";

/** How many words may stand between the speech verb and its complementizer: a bare role noun (`المتحدث`). */
const ROLE_WORDS = 1;

/**
 * The speaker an unnamed speech verb continues: the sentence opens with a speech verb (`وأضاف`، `وقالت`, or
 * `ولكنه قال`: cue `contrast_pronoun` before it), at
 * most one word (no party, no name) stands between it and the complementizer or colon that opens the
 * reported clause holding token `at`, and the sentence or the one before it names the speaker
 * (`previousSpeaker`: a person, an office or a state body that opens it, with a speech verb near).
 */
export function carriedSpeaker(
  arabic: ArabicText,
  sentenceIndex: number,
  span: ClauseSpan,
  at: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const sentence = arabic.sentences[sentenceIndex] as Sentence;
  // ولكنه قال إن على …: a contrast word with the speaker's pronoun may stand before the speech verb.
  const first = sentence.firstToken + (tokenIn(cues.contrastPronoun, tokens[sentence.firstToken]) ? 1 : 0);
  if (!tokenIn(cues.speech, tokens[first])) return null;
  const opening = openingOf(arabic, sentence, span, at, cues);
  if (opening === null || opening - (first + 1) > ROLE_WORDS) return null;
  // وقال ترامب إن …، وقالت الخارجية الأمريكية: a speaker named in the sentence is its own.
  if (units.some((u) => u.first > first && u.first < opening)) return null;
  for (let k = first + 1; k < opening; k++) if (!roleWord(tokens[k] as Token)) return null;
  return speakerBefore(arabic, sentenceIndex, units, cues, tokens[first] as Token);
}

/** How many sentences back the named speaker may stand (`وقال X … . وأضاف … . وتابع أن …`). */
const SPEAKER_REACH = 2;

/**
 * The speaker named in the nearest sentence before `index` that opens with a party: that party, when it
 * stands for a state and a speech verb is near it; none when it does not (`وقالت منظمة العفو الدولية`:
 * the quotes after it are the group's). A sentence with no party before it must itself open with a speech
 * verb (the run of quotes goes on) for the search to go further back.
 */
export function speakerBefore(
  arabic: ArabicText,
  index: number,
  units: readonly PartyUnit[],
  cues: EventCues,
  verb: Token,
): PartyUnit | null {
  const { tokens } = arabic;
  for (let i = index - 1; i >= Math.max(0, index - SPEAKER_REACH); i--) {
    const before = arabic.sentences[i] as Sentence;
    // قال مسؤول إن روسيا …: a party of the reported clause is no speaker; the speaker stands before it.
    let limit = before.firstToken;
    while (limit < before.endToken && !isComplementizer(tokens[limit], cues) && !quoteOpens(arabic, limit))
      limit++;
    // قال فرانك مولر، المسؤول في الخارجية الألمانية، إن …: a name of no known state speaks for its office.
    const office = apposedOffice(arabic, units, before, cues);
    if (office) return office;
    const subject = units.find(
      (u) => u.first >= before.firstToken && u.end <= limit && !u.place && ungoverned(tokens, u, cues),
    );
    if (subject)
      return stateful(subject) &&
        (spokeNear(tokens, subject, before, cues) || actedBefore(arabic, subject, before, verb, cues))
        ? subject
        : null;
    if (!tokenIn(cues.speech, tokens[before.firstToken])) return null;
  }
  return null;
}

/** Where the reported clause opens: after the complementizer that follows the speech verb, or after its colon. */
function openingOf(
  arabic: ArabicText,
  sentence: Sentence,
  span: ClauseSpan,
  at: number,
  cues: EventCues,
): number | null {
  const { tokens } = arabic;
  // وأضاف أن على إيران أن …: a duty's trigger is its complementizer.
  if (isComplementizer(tokens[at], cues)) return at;
  // وأضاف أن …، وقال المتحدث إن …: the complementizer the clause reader found.
  if (span.reported > sentence.firstToken && span.reported <= at) {
    const comp = tokens[span.reported - 1];
    return comp && isComplementizer(comp, cues) ? span.reported - 1 : null;
  }
  // وأضاف: "يجب على إيران أن …": a colon after the verb (or after one role word) opens a quotation.
  for (let k = sentence.firstToken; k <= sentence.firstToken + ROLE_WORDS && k < at; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (!next) return null;
    if (/^\s*:/u.test(arabic.text.slice(t.end, next.start))) return k + 1;
  }
  return null;
}

/** A colon or quotation mark stands right before token `k`: a quotation opens there. */
function quoteOpens(arabic: ArabicText, k: number): boolean {
  const t = arabic.tokens[k] as Token;
  const prev = arabic.tokens[k - 1];
  return prev !== undefined && /[:"«“]/u.test(arabic.text.slice(prev.end, t.start));
}

/** A bare role noun (`المتحدث`، `الهيئة`): a definite word of letters only, no proclitic preposition. */
function roleWord(t: Token): boolean {
  return /^ال\p{L}{2,}$/u.test(t.text);
}

/**
 * The pronoun a word ends with (`أنه`، `إنها`، `بلاده`) agrees in gender with the speech verb (`وأضاف`،
 * `وأضافت`): a perfect ending in ت is feminine, and so must the pronoun be (ها); a dual pronoun agrees with none.
 */
export function pronounAgrees(verb: Token | undefined, word: Token | undefined): boolean {
  if (!verb || !word) return false;
  const pronoun = unmarked(word.text);
  if (pronoun.endsWith("هما") || pronoun.endsWith("هم")) return false;
  return unmarked(verb.text).endsWith("ت") === pronoun.endsWith("ها");
}

/**
 * `قالت إيران إنه إذا انسحبت واشنطن من الاتفاق`: a masculine `ه` on the complementizer before a verb of the
 * feminine (`انسحبت`، `ستنسحب`) whose own subject stands right after it is the pronoun of the matter, not the
 * speaker: the verb's act is its subject's.
 */
export function matterPronoun(
  carrier: Token | undefined,
  verb: Token,
  hit: TriggerHit,
  after: PartyUnit | undefined,
): boolean {
  if (!carrier || !after || after.first !== hit.end || after.prefix !== "" || hit.trigger.pos !== "verb")
    return false;
  const pronoun = unmarked(carrier.text);
  if (!pronoun.endsWith("ه") || pronoun.endsWith("هه")) return false;
  const word = unmarked(verb.text).slice(hit.prefix.length);
  return /ت$/u.test(word) || /^س?ت/u.test(word);
}

/**
 * `اتهمت إيران واشنطن … . وقالت إنها …`: the sentence before opens with a one-word verb whose subject, right
 * after it, is the party, and that verb agrees in gender with the speech verb that names no speaker (both end
 * in ت, or neither). The party that acted is the one who goes on speaking. A verb after an opening phrase
 * (`وفي منتصف عام 2016، هدد …`) is left out: such a sentence tells background, whose day the next one does not share.
 */
function actedBefore(
  arabic: ArabicText,
  subject: PartyUnit,
  before: Sentence,
  verb: Token,
  cues: EventCues,
): boolean {
  if (subject.first !== before.firstToken + 1) return false;
  const opening = arabic.tokens[before.firstToken] as Token;
  if (!/^\p{L}+$/u.test(opening.text) || /^و?ال/u.test(opening.text) || tokenIn(cues.preposition, opening))
    return false;
  return unmarked(opening.text).endsWith("ت") === unmarked(verb.text).endsWith("ت");
}

/**
 * `إنها تقف مع الرياض في خلافها مع كندا`: when the speaker acts through its pronoun and a party of another state
 * stands right after a verb of direct frame, that party alone is the recipient, not a state after it (deal51).
 */
export function soleObject(args: Arguments, hit: TriggerHit, speaker: PartyUnit | undefined): boolean {
  const first = args.actor[0];
  return (
    first?.first === hit.end &&
    hit.trigger.frame.includes("direct") &&
    !first.parties.some((p) => speaker?.parties.some((q) => q.country === p.country))
  );
}
