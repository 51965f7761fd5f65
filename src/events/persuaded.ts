// The sides of a verbal noun of persuading (cue `patient_noun`: إقناع) whose persuaded party is told by a
// title, side or partner word and its nisba (`في محاولة لإقناع الرئيس الأمريكي بالبقاء في الاتفاق`، `فشلت
// في إقناع الجانب الإيراني باستئناف`، `سعى لإقناع شركائه الإيرانيين والروس بإلغاء العملية`), with what it
// is urged to do right after it (ب). The noun names the attempt, made or hoped for: a REQUEST of the
// persuaded state by the persuader, who is the subject of the noun's clause (its first party with no
// preposition before the noun), never a party named between (`زار ماكرون واشنطن في محاولة لإقناع نظيره`:
// Washington is where he went). Read by findArguments (arguments.ts) before the charge readings
// (charges.ts `chargedGenitive`), which take the persuaded only when it stands right after the noun and the
// persuader as the nearest party before it. Null when the shape is not there: the other readings stand.
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { matrixSubject } from "./actor.ts";
import { groupAt, punctuated, statesOfUnits } from "./clause-units.ts";
import { anyIn, tokenIn } from "./cues.ts";
import type { Token } from "../pipeline/types.ts";
import type { TriggerHit } from "./triggers.ts";

/** How many words may stand between the noun and the persuaded nisba (`ولي العهد السعودي`). */
const HEAD_REACH = 2;

/** The persuaded group: a nisba after a title, side or partner word right after the noun, or a counterpart. */
function persuadedGroup(c: Clause, hit: TriggerHit): PartyUnit[] {
  const head = c.tokens[hit.end] as Token | undefined;
  if (!head) return [];
  const counterpart = c.units.find((u) => u.first === hit.end && u.prefix === "" && u.type === "NISBA");
  if (counterpart && tokenIn(c.cues.counterpart, head)) return groupAt(c, counterpart);
  if (
    !tokenIn(c.cues.titleObject, head) &&
    !tokenIn(c.cues.sideHead, head) &&
    !tokenIn(c.cues.partnerHead, head)
  )
    return [];
  const u = c.units.find(
    (x) => x.first > hit.end && x.first <= hit.end + HEAD_REACH && x.end <= c.end && x.prefix === "",
  );
  if (!u || u.type !== "NISBA" || punctuated(c, hit.end, u.first)) return [];
  // The words between are the title's own (`ولي العهد`), no preposition among them.
  if (anyIn(c.tokens, hit.end + 1, u.first, c.cues.preposition)) return [];
  return groupAt(c, u);
}

export function persuadedSides(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "REQUEST" || !tokenIn(c.cues.patientNoun, c.tokens[hit.first])) return null;
  const persuaded = persuadedGroup(c, hit);
  if (persuaded.length === 0) return null;
  // What the persuaded is urged to do follows with ب right after it (`شركائه الإيرانيين والروس`: a
  // persuaded side named past the units read is left to the other readings, its list not whole).
  const end = (persuaded[persuaded.length - 1] as PartyUnit).end;
  if (!(c.tokens[end] as Token | undefined)?.bare.some((b) => b.prefix === "ب")) return null;
  // زار ماكرون واشنطن في محاولة لإقناع نظيره: a persuasion told as the purpose (ل، بهدف) of an act told
  // before it in its sentence (the visit) is that act's aim, coded as that act.
  const isAct = c.isAct ?? (() => false);
  const purpose = /ل$/u.test(hit.prefix) || tokenIn(c.cues.purposeLead, c.tokens[hit.first - 1]);
  if (purpose) for (let k = c.sentenceStart; k < hit.first; k++) if (isAct(k)) return null;
  const theirs = statesOfUnits(persuaded);
  if (theirs.has(null)) return null;
  // The clause's subject; a clause after إن (`قالت الوزارة إنها فشلت في إقناع`) has the sentence's.
  let persuader = matrixSubject(c, hit, c.start).filter((u) => u.end <= hit.first);
  if (persuader.length === 0) persuader = matrixSubject(c, hit).filter((u) => u.end <= hit.first);
  const mine = statesOfUnits(persuader);
  if (persuader.length === 0 || mine.has(null) || [...mine].some((s) => theirs.has(s))) return null;
  return { actor: persuader, recipient: persuaded, fromPhrase: true };
}
