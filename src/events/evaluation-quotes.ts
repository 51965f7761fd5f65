// Charges told inside a quotation, with no judging frame: a state speaker's evaluation with another
// state's nisba after it (`قال أدرعي: "… العدوان الإيراني …"`) and a force backed by a state (`…
// الميليشيا الحوثية المدعومة من إيران …`) accuse that state. Also what a judgement is, which
// evaluations.ts reads by its frames. Split from evaluations.ts.
import { tokenValue } from "../arabic/tokens.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { mentionUnit } from "./backed.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { quoteAt } from "./quotes.ts";
import { type Evaluation, type Evaluations, keysOf } from "./evaluation-lexicon.ts";
import { carriedJudge } from "./carried-judge.ts";

/** The first state a unit's parties name, or null. */
export const stateOf = (u: PartyUnit): string | null =>
  u.parties.find((p) => p.country !== null)?.country ?? null;

/** An accusation an evaluation makes: the judge (`actor`) charges the act's owners (`recipient`). */
export interface Judgement {
  evaluation: Evaluation;
  /** The frame token: the judging verb, or the copula when no judging verb governs it. */
  frame: number;
  at: number;
  /** The speech verb and the reported clause's first token when the speaker of `قال … إن` judges. */
  speech: number | null;
  reported: number;
  actor: PartyUnit;
  recipient: PartyUnit[];
}

/** The backing word a token is (`المدعومة`، `والمدعومة`), by its whole key or a bare form. */
export function backingAt(t: Token, ev: Evaluations): Evaluation | undefined {
  return tokenValue(ev.backing, t);
}

/** How far before its speech verb the speaker of a quotation may be named. */
const SPEAKER_REACH = 10;

/**
 * The speaker of the quotation that holds token k: the first party of a state named before the quote
 * in the sentence that opens it, after which a speech verb stands (as `attributeQuotes` reads it).
 */
export function quotedBy(
  arabic: ArabicText,
  k: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): { speaker: PartyUnit; verb: number; opening: number } | null {
  const { tokens } = arabic;
  const quote = quoteAt(arabic, k);
  if (!quote) return null;
  const opening = tokens.findIndex((x) => x.start >= quote.inner.start);
  const sentence = arabic.sentences[(tokens[opening] as Token).sentence] as Sentence;
  let verb = -1;
  for (let j = sentence.firstToken; j < opening && verb < 0; j++)
    if (tokenIn(cues.speech, tokens[j])) verb = j;
  if (verb < 0) return null;
  // قال المالكي: "…"، وزير … قال: "…": the speaker stands between the verb and the quote, else just
  // before the verb (`جاء ذلك في تغريدة للأمير السعودي …، حيث قال`), not anywhere in the sentence.
  const speaker =
    units.find((u) => u.first > verb && u.end <= opening && stateOf(u) !== null) ??
    units.findLast(
      (u) =>
        u.first >= Math.max(sentence.firstToken, verb - SPEAKER_REACH) &&
        u.end <= verb &&
        stateOf(u) !== null,
    ) ??
    // وأضاف: "…": a speech verb that opens the sentence with no speaker carries the one named before.
    (units.some((u) => u.first >= sentence.firstToken && u.end <= opening)
      ? null
      : carriedJudge(arabic, sentence, verb, opening, units, cues));
  return speaker ? { speaker, verb, opening } : null;
}

/**
 * `قال أدرعي: "… العدوان الإيراني …"`: inside a state speaker's quotation, an evaluation with another
 * state's nisba (or the state as its genitive: `يشجع عدوان إسرائيل`) right after it is the speaker's
 * charge against that state, with no judging frame.
 */
export function quotedNisba(
  arabic: ArabicText,
  k: number,
  evaluation: Evaluation,
  units: readonly PartyUnit[],
  cues: EventCues,
  ev: Evaluations,
): Judgement | null {
  // ردع أي عدوان إيراني: any such act, none charged.
  if (!ev.quoted.has(evaluation.group) || tokenIn(cues.anyWord, arabic.tokens[k - 1])) return null;
  const said = quotedBy(arabic, k, units, cues);
  if (!said) return null;
  const judge = stateOf(said.speaker);
  // عدوان إسرائيل: a state as the evaluation's genitive owns the act as its nisba does.
  const nisba = units.find(
    (u) =>
      u.first === k + evaluation.words.length &&
      (u.type === "NISBA" || (u.type === "GPE" && u.prefix === "" && adjoining(arabic, u.first))),
  );
  if (!nisba || stateOf(nisba) === null || stateOf(nisba) === judge) return null;
  return {
    evaluation,
    frame: k,
    at: k,
    speech: said.verb,
    reported: said.opening,
    actor: said.speaker,
    recipient: [nisba],
  };
}

/**
 * `قال المالكي: "… الميليشيا الحوثية المدعومة من إيران …"`: inside a quotation, a force backed by a
 * state (the state right after `من`, or after ل in `الموالية لإيران`) is the speaker's charge against
 * that state. Only quoted words: in the reporter's own words the phrase is a description. The speaker
 * is the first party of a state named before the quote in the sentence that opens it, after which a
 * speech verb stands (as `attributeQuotes` reads it); none, no event.
 */
export function backedIn(
  arabic: ArabicText,
  k: number,
  evaluation: Evaluation,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): Judgement | null {
  const { tokens } = arabic;
  const said = quotedBy(arabic, k, units, cues);
  if (!said) return null;
  const { speaker, verb, opening } = said;
  const judge = stateOf(speaker);
  const next = tokens[k + 1] as Token | undefined;
  // The backer is no party unit (units.ts `backerOf`): it is read from the mentions.
  const backer =
    next && keysOf(next).includes("من")
      ? mentions.find((m) => m.firstToken === k + 2 && m.prefix === "")
      : mentions.find((m) => m.firstToken === k + 1 && m.prefix.replace(/^[وف]/u, "") === "ل");
  if (!backer || backer.type !== "GPE" || !backer.country || backer.country === judge) return null;
  const owner = mentionUnit(backer);
  return { evaluation, frame: k, at: k, speech: verb, reported: opening, actor: speaker, recipient: [owner] };
}

/**
 * Only spaces or quotation marks between token i and the one before it (`عدوان إسرائيل`، `"وقف عدائية"
 * إيران`; not `التهديدات الإرهابية. تركيا`, where a sentence ends between).
 */
export function adjoining(arabic: ArabicText, i: number): boolean {
  const before = arabic.tokens[i - 1];
  const t = arabic.tokens[i];
  return (
    before !== undefined &&
    t !== undefined &&
    arabic.text.slice(before.end, t.start).replace(/[\s"«»“”]/gu, "") === ""
  );
}
