// A demand refused in its own sentence (twenty-ninth pass, req29): `ولا تزال إسرائيل تطالب بإعادة رفاته،
// لكن سوريا ترفض`، `وطالبت تركيا بوقف إطلاق النار، لكن هذا الطلب رفضته روسيا وإيران`. A demand that names no
// addressee, followed in its sentence by a word of contrast (cue `demand_refused`) and a refusal (cue
// `refusing_verb`) by another state, was made to that state; the refusal, read after it, answers the
// demand's maker (implicitRecipient, sides.ts).
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt, statesOfUnits } from "./clause-units.ts";
import { isComplementizer, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words after the word of contrast the refusal verb may stand (`لكن هذا الطلب رفضته`). */
const VERB_REACH = 4;

/**
 * The state that refuses the demand `hit` after a word of contrast in its sentence: the subject right
 * before the refusal verb (`لكن سوريا ترفض`) or right after it (`رفضته روسيا وإيران`), of a state other
 * than the actor's; none when the first word of contrast after the demand leads to no such refusal.
 */
export function refuserAfter(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = statesOfUnits(actor);
  if (mine.size === 0 || mine.has(null)) return [];
  const other = (u: PartyUnit | undefined): u is PartyUnit =>
    u !== undefined && u.parties.every((p) => p.country !== null && !mine.has(p.country));
  // وردت أنقرة بأن المطالب الأمريكية … غير مقبولة: the state that replies about the demand was asked.
  const replier = replierBefore(c, hit);
  if (replier.length > 0) return other(replier[0]) ? replier.filter((u) => other(u)) : [];
  for (let k = hit.end; k < c.sentenceEnd; k++) {
    if (!tokenIn(c.cues.demandRefused, c.tokens[k])) continue;
    // بيد أن، غير أن، إلا أن: the particle after the word of contrast (cue contrast_that).
    const from = c.cues.contrastThat.has((c.tokens[k + 1] as Token | undefined)?.key ?? "") ? k + 2 : k + 1;
    for (let j = from; j <= from + VERB_REACH && j < c.sentenceEnd; j++) {
      if (!tokenIn(c.cues.refusingVerb, c.tokens[j])) continue;
      const subject =
        c.units.find((u) => u.end === j && u.first >= from) ?? c.units.find((u) => u.first === j + 1);
      return other(subject) ? groupAt(c, subject).filter((u) => other(u)) : [];
    }
    return [];
  }
  return [];
}

/**
 * `وردت أنقرة بأن المطالب الأمريكية غير مقبولة` (branch appeal64): a demand noun opening the complement (`أن`،
 * `بأن`، `إن`) of a verb of replying (cue reply_verb) whose subject stands right between them: that subject.
 */
function replierBefore(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "noun" || !isComplementizer(c.tokens[hit.first - 1], c.cues)) return [];
  const subject = c.units.find((u) => u.end === hit.first - 1 && u.prefix.replace(/^[وف]/u, "") === "");
  if (subject === undefined || subject.first - 1 < c.sentenceStart) return [];
  if (!tokenIn(c.cues.replyVerb, c.tokens[subject.first - 1])) return [];
  const group = groupAt(c, subject);
  return (group[group.length - 1] as PartyUnit).end === hit.first - 1 ? group : [];
}

/**
 * `طالب بالسماح لموسكو بالعودة`، `دعت فرنسا إلى السماح لتركيا بالانضمام`: inside a
 * demand, a state after the verbal noun of permitting (cue `permit_noun`) with ل is the one permitted,
 * not the one asked.
 */
export function permittedParty(c: Clause, u: PartyUnit): boolean {
  return /ل$/u.test(u.prefix) && tokenIn(c.cues.permitNoun, c.tokens[u.first - 1]);
}
