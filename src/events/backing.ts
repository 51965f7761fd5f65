// A state acting "with the backing of" another, told by the adverbial noun of backing after its act:
// `وتتأهب أنقرة، بدعم من حليفتيها باكستان وأذربيجان، لتنظيم مناورات`، `استعادت القوات العراقية بدعم أمريكي قرى عدة`،
// `شنت الحكومة الصومالية هجوما بدعم من إثيوبيا وكينيا`. The noun carries the manner ب (trigger row
// with carrier `backing` in triggers.tsv: `بدعم`، `بمساندة`); the backers are the states after من (past one
// word of alliance, cue `ally`, or من قبل) or the nisba right after the noun (`بدعم روسي`), one adjective of
// kind allowed before either (`بدعم جوي من`), and the backed side is the subject of the clause: its first
// party, standing before the noun with no preposition on it or before it. PLOVER SUPPORT, backer to backed.
// Guards: the backed side must be a state's own body (a state named, its government, army or forces by
// their nisba, a person or body of government or the military), never a movement, the opposition or an
// alliance (`الحركة … بدعم تركي`، `المعارضة بدعم من تركيا`، `قوات التحالف … بدعم إماراتي`); the backers must
// be states or state bodies; with no من and no nisba right after the noun (`اتهمها بدعم الإرهاب`) there is
// no backing told.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { STATE_SECTORS, stateRun } from "./backed.ts";
import { pastLeader } from "./led-coalition.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { markBetween } from "../arabic/gaps.ts";

type Mention = EntitiesResult["mentions"][number];

/** A unit or mention that stands for a state (not an IGO, a movement or a people). */
function stateParty(p: Party, type: string): boolean {
  if (p.country === null || p.country === "IGO") return false;
  return type === "GPE" || type === "NISBA" || STATE_SECTORS.has(p.sector ?? "");
}

/** The backers after the noun: states after من (past قبل or a word of alliance), or the nisba right after. */
function backersAfter(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: readonly Mention[],
  cues: EventCues,
): PartyUnit[] {
  const { tokens } = arabic;
  const sentence = (tokens[hit.first] as Token).sentence;
  const at = (k: number): Token | undefined => {
    const t = tokens[k];
    return t && t.sentence === sentence ? t : undefined;
  };
  let k = hit.end;
  // بدعم روسي، بدعم جوي روسي: the nisba right after the noun, or after one word of kind.
  for (let j = k; j <= k + 1; j++) {
    const u = units.find((v) => v.first === j && v.type === "NISBA" && v.prefix === "");
    if (u) return stateParty(u.parties[0] as Party, u.type) ? [u] : [];
    if (at(j)?.key === "من") {
      k = j;
      break;
    }
  }
  if (at(k)?.key !== "من") return [];
  k++;
  if (tokenIn(cues.agentHead, at(k)) || tokenIn(cues.ally, at(k))) k++;
  // بدعم من حلفائها الروس والإيرانيين: nisbas of peoples after the word of alliance.
  const nisba = units.find((v) => v.first === k && v.type === "NISBA" && v.prefix === "");
  if (nisba) {
    const out = [nisba];
    let end = nisba.end;
    for (;;) {
      const next = units.find((v) => v.first === end && v.type === "NISBA" && v.prefix.startsWith("و"));
      if (!next) break;
      out.push(next);
      end = next.end;
    }
    return out.every((u) => stateParty(u.parties[0] as Party, u.type)) ? out : [];
  }
  return stateRun(mentions, pastLeader(tokens, k, cues), { igo: false });
}

/** The clause's subject before the noun: its first party, with no preposition on it or right before it. */
export function backedSubject(
  clause: Clause,
  hit: TriggerHit,
  mentions: readonly Mention[],
  cues: EventCues,
): PartyUnit | null {
  const first = clause.units
    .filter((u) => u.first >= clause.start && u.end <= hit.first)
    .sort((a, b) => a.first - b.first)[0];
  if (!first || first.parties.length !== 1) return null;
  if (first.prefix.replace(/^[وف]/u, "") !== "") return null;
  if (tokenIn(cues.preposition, clause.tokens[first.first - 1])) return null;
  const p = first.parties[0] as Party;
  if (!stateParty(p, first.type)) return null;
  // No other clause between the subject and the noun: a relative or a clause of time (`الثوار الذين تدعمهم
  // تركيا، والأكراد بدعم أمريكي`), an act after بعد (`بعد سيطرة الحوثيين … بدعم من إيران`), or a clause
  // joined after a comma (`أعلن المغرب …، وفي يناير … تم الإعلان … بدعم من الجزائر`): the backing is that clause's.
  for (let k = first.end; k < hit.first; k++) {
    const t = clause.tokens[k] as Token;
    if (tokenIn(cues.clauseBreak, t) || tokenIn(cues.afterWord, t) || tokenIn(cues.conditionWord, t))
      return null;
    const comma = markBetween(clause.text, (clause.tokens[k - 1] as Token).end, t.start, "comma");
    if (comma && t.bare.some((b) => b.prefix.startsWith("و"))) return null;
  }
  // الحكومة اليمنية، القوات السورية: a nisba names the state only after a word of its government or forces.
  if (first.type === "NISBA" && !tokenIn(cues.backedBody, clause.tokens[first.first - 1])) return null;
  // A force known by a fixed name of its own (`الحشد الشعبي`) is a movement as often as the state (backed.ts).
  const m = mentions.find((x) => x.firstToken === first.first && x.endToken === first.end);
  if (m && m.type === "ORG" && m.via === "lexicon") return null;
  return first;
}

/**
 * The two sides of an adverbial noun of backing (carrier `backing`): the backers after it and the clause's
 * subject they back, or null when the noun has no manner ب, names no state backer or backs no state body.
 */
export function backingSides(
  arabic: ArabicText,
  hit: TriggerHit,
  clause: Clause,
  units: readonly PartyUnit[],
  mentions: readonly Mention[],
  cues: EventCues,
): Arguments | null {
  if (hit.trigger.frame.includes("ل")) return backingFor(arabic, hit, clause, units, mentions, cues);
  const actor = backersAfter(arabic, hit, units, mentions, cues);
  if (actor.length === 0) return null;
  const backed = backedSubject(clause, hit, mentions, cues);
  if (!backed) return null;
  return { actor, recipient: [backed] };
}

/** How far after the noun of backing for the state backed may stand (`دعما لحكومة الرئيس اليمني`). */
const FOR_REACH = 3;

/**
 * `وتقود السعودية تحالفا عسكريا دعما للحكومة اليمنية`، `تشن روسيا غارات دعما للجيش السوري`: the accusative noun
 * of backing with ل after an act (a row of carrier `backing` whose frame is ل) backs the state after ل, and the
 * clause's subject, a state's own body, is the backer. The word right after the noun must carry ل, and the side
 * backed is the first state or state body within a few words of it, with no break between.
 */
function backingFor(
  arabic: ArabicText,
  hit: TriggerHit,
  clause: Clause,
  units: readonly PartyUnit[],
  mentions: readonly Mention[],
  cues: EventCues,
): Arguments | null {
  const { tokens } = arabic;
  if (hit.prefix.replace(/^[وف]/u, "") !== "") return null;
  const next = tokens[hit.end];
  if (!next || next.sentence !== (tokens[hit.first] as Token).sentence) return null;
  if (!next.bare.some((b) => b.prefix.replace(/^[وف]/u, "").startsWith("ل"))) return null;
  const backed = units
    .filter((u) => u.first >= hit.end && u.first <= hit.end + FOR_REACH && u.parties.length === 1)
    .sort((a, b) => a.first - b.first)[0];
  if (!backed || !stateParty(backed.parties[0] as Party, backed.type)) return null;
  for (let k = hit.end + 1; k < backed.first; k++) if (tokenIn(cues.clauseBreak, tokens[k])) return null;
  const backer = backedSubject(clause, hit, mentions, cues);
  if (!backer || (backer.parties[0] as Party).country === (backed.parties[0] as Party).country) return null;
  // وتوفر روسيا وإيران دعما ل…: states joined by و as the subject each back the side (one event per backer).
  const run = stateRun(mentions, backer.first, { igo: false }).filter((u) => u.end <= hit.first);
  const backers = run.length > 1 && run[0]?.end === backer.end ? run : [backer];
  if (backers.some((u) => (u.parties[0] as Party).country === (backed.parties[0] as Party).country))
    return null;
  return { actor: backers, recipient: [backed] };
}
