// A backing participle told as the circumstance of its clause's subject, away from it (branch assault51):
// `ويواصل الجيش السوري تقدمه داخل المدينة، مدعوما بالغارات الجوية الروسية`، `يحشد الجيش السوري قواته
// مدعوما بالطيران الروسي`. backed.ts reads the body backed only when the participle follows it at once
// (`الجيش السوري، مدعوما بقوات روسية`); an indefinite participle (no ال: a حال, not an adjective) further on
// qualifies the subject of its clause all the same. Only the row of military backing (forces or air power
// after ب, PLOVER AID): the subject is read as backing.ts reads the subject of `بدعم` (a state's own
// body, no other clause between), and the backers as backed.ts reads them.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { backedSides, backers } from "./backed.ts";
import { backedSubject } from "./backing.ts";
import type { EventCues } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** The sides of an indefinite backing participle of forces away from the clause's subject, or null. */
export function circumstanceSides(
  arabic: ArabicText,
  hit: TriggerHit,
  clause: Clause,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  if (hit.trigger.type !== "AID") return null;
  const word = arabic.tokens[hit.first];
  if (!word || word.key.startsWith("ال") || word.bare.some((b) => b.key.startsWith("ال"))) return null;
  const actor = backers(arabic, hit, units, mentions, cues);
  if (actor.length === 0) return null;
  const backed = backedSubject(clause, hit, mentions, cues);
  if (!backed || actor.includes(backed)) return null;
  return { actor, recipient: [backed] };
}

/** A backing participle's sides: right after the body backed (backed.ts), else away from its clause's subject. */
export function participleSides(
  hit: TriggerHit,
  clause: Clause,
  ctx: {
    arabic: ArabicText;
    units: readonly PartyUnit[];
    found: { mentions: EntitiesResult["mentions"] };
    cues: EventCues;
  },
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  const { arabic, units, cues } = ctx;
  const mentions = ctx.found.mentions;
  return (
    backedSides(arabic, hit, units, mentions, cues) ??
    circumstanceSides(arabic, hit, clause, units, mentions, cues)
  );
}
