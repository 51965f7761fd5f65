// A reaction whose object is a demonstrative (`ورفضت روسيا هذه المزاعم`، `ووصف الكرملين هذه الاتهامات بأنها
// غير مقبولة`، `رفضت تركيا هذا المقترح`) answers what the sentence before told. When no event was read there
// (a charge told with no accusing verb, a proposal told as a permission), its teller is the one state other
// than the reactor's that the sentence before names: `… وقالت وزارة العدل الأمريكية إن الأهداف شملت …`.
import type { ArabicText, Party, Sentence, Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { anyIn, type EventCues } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/**
 * The act's object is a demonstrative: the word right after the trigger, or after a subject right after
 * it (`ووصف الكرملين هذه الاتهامات`), or the trigger's own last word (a phrase row: `نفت ذلك`).
 */
export function demonstrativeObject(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  // إذا رفضت هذه الطلبات: an act on a condition answers nothing told.
  if (
    anyIn(c.tokens, c.start, hit.first, c.cues.conditionWord) ||
    anyIn(c.tokens, c.start, hit.first, c.cues.conditional)
  )
    return false;
  if (c.cues.demonstrative.has((c.tokens[hit.end - 1] as Token).key)) return true;
  const after = actor.find((u) => u.first === hit.end);
  const object = c.tokens[after ? after.end : hit.end];
  return (
    object !== undefined &&
    object.sentence === c.tokens[hit.first]?.sentence &&
    c.cues.demonstrative.has(object.key)
  );
}

/**
 * The one state other than the actor's that the sentence before the act's names (its units that are no
 * place), as a party; none when it names no other state or more than one (`قطعت السعودية والإمارات
 * والبحرين ومصر علاقاتها مع قطر … . وتنفي قطر تلك الاتهامات`: several accusers, no one recipient). An
 * international body (IGO) named after a state is none of the rivals; named before one, it is.
 */
export function previousSentenceState(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  actor: readonly Party[],
): Party[] {
  const previous = arabic.sentences[sentenceIndex - 1] as Sentence | undefined;
  if (!previous) return [];
  const mine = new Set(actor.map((p) => p.country));
  if (mine.has(null)) return [];
  let found: Party | null = null;
  let body: Party | null = null;
  for (const u of units) {
    if (u.first < previous.firstToken || u.end > previous.endToken || u.place) continue;
    for (const p of u.parties) {
      if (p.country === null || mine.has(p.country)) continue;
      // `قالت وزارة العدل الأمريكية إن الأهداف شملت منظمة حظر الأسلحة`: an international body named after a
      // state is no rival teller; named first, it is (`أعربت الجامعة العربية عن تضامنها مع المغرب`).
      if (p.country === "IGO" && found !== null) continue;
      if (p.country === "IGO") {
        body ??= p;
        continue;
      }
      if (body !== null) return [];
      if (found !== null && found.country !== p.country) return [];
      found ??= p;
    }
  }
  found ??= body;
  return found ? [found] : [];
}

/** What a reaction's sentence tells of its reach back: the other states it names, whether it turns away. */
export interface ReactionScope {
  named: Set<string>;
  fresh: boolean;
}

/**
 * The scope of a reaction told in sentence `sentenceIndex` (`implicitRecipient`): the states its sentence names
 * (`sentenceStates`), and whether it opens with a phrase of another matter (cue topic_shift, after في، من or
 * على: `وفي سياق منفصل، دانت الحكومة الصومالية الهجوم`), after which no event told before is answered.
 */
export function reactionScope(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  actor: readonly Party[],
  cues: EventCues,
): ReactionScope {
  const sentence = arabic.sentences[sentenceIndex] as Sentence | undefined;
  const named = sentenceStates(arabic, units, sentenceIndex, actor);
  if (!sentence) return { named, fresh: false };
  const opening = arabic.tokens[sentence.firstToken];
  const at = opening && opening.bare.some((b) => cues.shiftPrep.has(b.key)) ? sentence.firstToken + 1 : -1;
  const [a, b] = [arabic.tokens[at], arabic.tokens[at + 1]];
  return { named, fresh: a !== undefined && b !== undefined && cues.topicShift.has(`${a.key} ${b.key}`) };
}

/**
 * `… وهدد ترامب بالتخلي عن الاتفاق النووي مع إيران`: the states other than the actor's that the act's own
 * sentence names (`implicitRecipient` lends no state from far back to a sentence that names others).
 */
export function sentenceStates(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  actor: readonly Party[],
): Set<string> {
  const sentence = arabic.sentences[sentenceIndex] as Sentence | undefined;
  const mine = new Set(actor.map((p) => p.country));
  const named = new Set<string>();
  if (!sentence) return named;
  for (const u of units)
    // Named as a state or its body, not through a person (`المؤتمر الذي عقده مع آبي`: a partner of the telling).
    if (u.first >= sentence.firstToken && u.end <= sentence.endToken && u.type !== "PERSON")
      for (const p of u.parties) if (p.country !== null && !mine.has(p.country)) named.add(p.country);
  return named;
}
