// `قال وزير الخارجية الفرنسي إن … . وأكد رفض العقوبات الأمريكية`، `وألقى السيسي كلمة …، كما أعرب عن تقديره لما
// حققته الصين`: a verb of stating a stance (cue stance_verb) whose object is a noun of the speaker's own stance
// (cue own_stance_noun, right after it or after على or عن) and that names no subject of its own states the stance of
// the speaker named before it: the speaker of the sentence before when the verb opens its sentence, the sentence's
// opening subject when the verb is joined to the clause before by و، كما or إذ after a comma. The noun's other side
// is the party read after it; a state right after the noun is the noun's own agent (`رفض إيران`), and then the
// reading does not apply.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { markBetween } from "../arabic/gaps.ts";
import { unmarked } from "../arabic/regexes.ts";
import { ungoverned } from "./anaphora.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { pronounAgrees, speakerBefore } from "./carried-speaker.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { stateful } from "./stateful.ts";
import type { TriggerHit } from "./triggers.ts";

/** The verb of stating and its noun of stance, as token indexes. */
interface Stance {
  verb: number;
  noun: number;
}

/** What the reading takes from the document. */
export interface OwnNounContext {
  arabic: ArabicText;
  units: readonly PartyUnit[];
  cues: EventCues;
  sentenceIndex: number;
}

/**
 * The sides of a stance the speaker states through its noun with no subject of his own, or null when the
 * trigger is none, a subject is read before the noun already, or no other side stands after the noun.
 */
export function ownNounSides(
  args: Arguments,
  hit: TriggerHit,
  clause: Clause,
  ctx: OwnNounContext,
): Arguments | null {
  const { arabic, units, cues, sentenceIndex } = ctx;
  const { tokens } = arabic;
  const named = namedSpeaker(arabic, hit, units, cues);
  const at = named ? { verb: named.first - 1, noun: hit.first } : stanceAt(arabic, hit, cues);
  if (!at) return null;
  // A side read before the noun (`وأكد الوزير`، a speaker found) stands; one read after it is the object's.
  const misread = args.actor.length > 0 && args.actor.every((u) => u.first > at.noun);
  if (args.actor.length > 0 && !misread) return null;
  const sentence = arabic.sentences[sentenceIndex] as Sentence;
  const verb = tokens[at.verb] as Token;
  const speaker = named
    ? named
    : at.verb === sentence.firstToken
      ? /^[وف]/u.test(unmarked(verb.text))
        ? speakerBefore(arabic, sentenceIndex, units, cues, verb)
        : null
      : joinedSubject(arabic, units, sentence, at.verb, cues);
  if (!speaker) return null;
  const own = statesOfUnits([speaker]);
  const ownUnit = (u: PartyUnit) => u.parties.every((p) => own.has(p.country));
  // رفض إيران للعقوبات، رفض أمريكي: a party right after the noun is its agent, unless it is the speaker's state.
  const genitive = units.find((u) => u.first === at.noun + 1 && u.prefix === "");
  if (genitive && !ownUnit(genitive)) return null;
  // تأييده، دعم بلادها: the pronoun on the noun or on `بلاد` after it agrees with the verb.
  const noun = tokens[at.noun] as Token;
  const carrier = /ها?$/u.test(unmarked(noun.text)) ? noun : genitive ? tokens[at.noun + 1] : undefined;
  if (carrier && !pronounAgrees(verb, carrier)) return null;
  const others = (misread ? groupAt(clause, args.actor[0] as PartyUnit) : args.recipient).filter(
    (u) => !ownUnit(u),
  );
  const near = others.reduce<PartyUnit | undefined>((a, u) => (a && a.first <= u.first ? a : u), undefined);
  if (!near || !sideOf(tokens, at.noun, near, cues)) return null;
  return { ...args, actor: [speaker], recipient: groupAt(clause, near).filter((u) => !ownUnit(u)) };
}

/** The verb of stating at or right before the trigger and its noun of stance, in one stretch of words. */
function stanceAt(arabic: ArabicText, hit: TriggerHit, cues: EventCues): Stance | null {
  const { tokens } = arabic;
  let verb: number;
  let noun: number;
  if (tokenIn(cues.stanceVerb, tokens[hit.first])) {
    verb = hit.first;
    noun = tokenIn(cues.stanceLink, tokens[verb + 1]) ? verb + 2 : verb + 1;
  } else {
    noun = hit.first;
    verb = tokenIn(cues.stanceLink, tokens[noun - 1]) ? noun - 2 : noun - 1;
  }
  const v = tokens[verb];
  const n = tokens[noun];
  if (!v || !n || v.sentence !== n.sentence) return null;
  if (!tokenIn(cues.stanceVerb, v) || !cues.ownStanceNoun.has(n.key)) return null;
  if (markBetween(arabic.text, v.end, n.start, "any")) return null;
  return { verb, noun };
}

/**
 * `وألقى السيسي كلمة …، كما أعرب عن تقديره`: a verb joined after a comma by و or by `كما`، `إذ` shares the subject
 * right after the one-word verb its sentence opens with, when both verbs agree in gender (both end in ت, or neither).
 */
function joinedSubject(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentence: Sentence,
  verb: number,
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const v = tokens[verb] as Token;
  const join = tokenIn(cues.stanceJoin, tokens[verb - 1]) ? verb - 1 : verb;
  if (join === verb && !/^[وف]/u.test(unmarked(v.text))) return null;
  const before = tokens[join - 1];
  if (!before || join <= sentence.firstToken + 1) return null;
  if (!markBetween(arabic.text, before.end, (tokens[join] as Token).start, "any")) return null;
  const opening = tokens[sentence.firstToken] as Token;
  if (!/^\p{L}+$/u.test(opening.text) || /^و?ال/u.test(opening.text) || tokenIn(cues.preposition, opening))
    return null;
  const subject = units.find((u) => u.first === sentence.firstToken + 1 && !u.place);
  if (!subject || !stateful(subject) || !ungoverned(tokens, subject, cues)) return null;
  return unmarked(opening.text).endsWith("ت") === unmarked(v.text).endsWith("ت") ? subject : null;
}

/** How far after the noun its other side may start (`رفض أي تدخل باكستاني`، `تضامنها الكامل مع مصر`). */
const SIDE_REACH = 4;

/**
 * The party is the noun's other side: within reach after it, with no preposition between but those of its side
 * (cue stance_side: `مع`، `إلى جانب`، `تجاه`); not a state a phrase of place or topic names (`في شؤون أفغانستان`).
 */
function sideOf(tokens: readonly Token[], noun: number, u: PartyUnit, cues: EventCues): boolean {
  if (u.first <= noun || u.first - noun > SIDE_REACH) return false;
  for (let k = noun + 1; k < u.first; k++) {
    const t = tokens[k];
    if (tokenIn(cues.preposition, t) && !tokenIn(cues.stanceSide, t)) return false;
  }
  return !/[فك]/u.test(u.prefix.replace(/^و/u, ""));
}

/**
 * `جدد الرئيس المصري عبد الفتاح السيسي إدانة الهجمات الإسرائيلية`: the noun of stance after a verb of stating and
 * its subject, the party units that fill every word between them (on على or عن after them too); that subject.
 */
function namedSpeaker(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const noun = tokens[hit.first];
  if (!noun || !cues.ownStanceNoun.has(noun.key)) return null;
  let k = tokenIn(cues.stanceLink, tokens[hit.first - 1]) ? hit.first - 1 : hit.first;
  let first: PartyUnit | undefined;
  for (let u = units.find((x) => x.end === k); u; u = units.find((x) => x.end === k)) {
    first = u;
    k = u.first;
  }
  const verb = tokens[k - 1];
  if (!first || first.prefix.replace(/^[وف]/u, "") !== "" || !tokenIn(cues.stanceVerb, verb)) return null;
  if (!verb || verb.sentence !== noun.sentence || markBetween(arabic.text, verb.end, noun.start, "any"))
    return null;
  return stateful(first) ? first : null;
}
