// `قصفت القوات التركية مواقع في شمال العراق يوم الأحد. ودعت بغداد إلى وقف الهجمات فورا`، `اتهمت الأمم المتحدة
// سوريا بقصف المدنيين. ودعت المنظمة إلى وقف الهجمات`: a call to halt (cue halt_noun after إلى or ب) that names no
// one asked, told right after a sentence of the same paragraph whose acts of conflict (PLOVER quads 3 and 4: a
// strike, a charge, a measure) involve the caller's state and one other state only, is made to that other state:
// the one whose act is to stop, or the one charged. Narrow on purpose (branch request66): the sentence right
// before only, one candidate state there, and none named in the call's own sentence.
import type { ArabicText, Event, Party, Sentence } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import { previousSentenceState, sentenceStates } from "./previous-claim.ts";
import type { Told } from "./told.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the verb (its subject between) the halt noun may stand. */
const HALT_REACH = 6;
/** PLOVER's quads 3 and 4, verbal and material conflict. */
const CONFLICT_QUAD = 3;

/** A halt noun after إلى (`إلى وقف`) or with ب on it (`بوقف`، `بإنهاء`) within HALT_REACH words of the verb. */
export function asksHalt(c: Clause, hit: TriggerHit): boolean {
  const { tokens, cues } = c;
  const verb = tokens[hit.first];
  if (!verb) return false;
  const sentence = verb.sentence;
  for (let k = hit.end; k < hit.end + HALT_REACH; k++) {
    const t = tokens[k];
    if (!t || t.sentence !== sentence) return false;
    if (t.bare.some((b) => b.prefix === "ب" && cues.haltNoun.has(b.key))) return true;
    if (tokenIn(cues.haltNoun, t) && tokenIn(cues.toWord, tokens[k - 1])) return true;
  }
  return false;
}

/** Only spaces, no line break, between the two sentences: one paragraph. */
function sameParagraph(arabic: ArabicText, sentenceIndex: number): boolean {
  const before = arabic.sentences[sentenceIndex - 1] as Sentence | undefined;
  const here = arabic.sentences[sentenceIndex] as Sentence | undefined;
  return !!before && !!here && !arabic.text.slice(before.end, here.start).includes("\n");
}

/** The addressee of a call to halt with none named (above), or none. */
export function haltAddressee(
  hit: TriggerHit,
  clause: Clause,
  actor: readonly Party[],
  arabic: ArabicText,
  units: readonly PartyUnit[],
  told: Told,
  sentenceIndex: number,
): Party[] {
  if (hit.trigger.pos !== "verb" || !asksHalt(clause, hit)) return [];
  const mine = new Set(actor.map((p) => p.country));
  if (mine.size !== 1 || mine.has(null) || !sameParagraph(arabic, sentenceIndex)) return [];
  if (sentenceStates(arabic, units, sentenceIndex, actor).size > 0) return [];
  const before: Event[] = told.events.filter((e) => told.sentenceOf.get(e) === sentenceIndex - 1);
  const conflict = before.filter((e) => e.quad >= CONFLICT_QUAD && !e.negated && e.modality === "asserted");
  if (conflict.length === 0) return [];
  let other: Party | null = null;
  for (const e of before) {
    const parties = [...e.actor, ...e.recipient];
    for (const p of parties) {
      if (p.country === null || mine.has(p.country)) continue;
      if (other !== null && other.country !== p.country) return [];
      other ??= p;
    }
  }
  if (other === null) return [];
  const involved = conflict.some((e) => [...e.actor, ...e.recipient].some((p) => mine.has(p.country)));
  if (!involved) return [];
  const named = previousSentenceState(arabic, units, sentenceIndex, actor);
  if (named.length !== 1 || named[0]?.country !== other.country) return [];
  return [other];
}
