// `قتل شاب فلسطيني برصاص جنود إسرائيليين`، `أعلنت الوزارة مقتل 6 فلسطينيين برصاص الجيش الإسرائيلي`،
// `لقي ثلاثة فلسطينيين حتفهم برصاص القوات الإسرائيلية`: a death told with the fire that caused it. The
// verb is read as a passive and the noun has no agent of its own before it; the fire word (cue
// fire_agent: برصاص، بنيران، the يد of على يد) names the killer right after it, and the dead are the party before the fire
// word, after the death word or just before it (the subject of `لقي`). The trigger rows of carrier `fire`
// (triggers.tsv) need the fire word a few words after the death word, so a death told with no cause
// (`قتل جنديان تركيان في سوريا`) or with another doer's words around it stays uncoded. Guards: the killer
// is a party right after the fire word (one word between at most: `برصاص قوات الأمن الإسرائيلية`), not
// after a preposition; the dead have another state than the killer; a clause that names a party before
// the death word other than the dead (`اتهمت تركيا إسرائيل بقتل`، the speaker of a report) keeps the
// ordinary reading, as does a death word inside a charge. Thirty-eighth pass (branch force38). A clash
// noun (`قتل 17 فلسطينيا في مواجهات مع القوات الإسرائيلية`) is read as a fire word whose killer follows مع
// (rows of their own after `قتلت القوات`, so that row keeps its reading; branch assault51).
import type { ArabicText, DateMention, Sentence, Token } from "../pipeline/types.ts";
import type { ClauseSpan } from "./clauses.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { groupAt, groupBefore, punctuated } from "./clause-units.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
export { lamAgentSides } from "./lam-agent.ts";

/** How far after the death word the fire word may stand (`قتل 36 فلسطينيا وأصيب أكثر من 1600 برصاص`). */
const FIRE_REACH = 10;
/** How many words may stand between the fire word and the killer (`برصاص قوات الجيش الإسرائيلي`). */
const KILLER_GAP = 2;

const states = (us: readonly PartyUnit[]) => new Set(us.flatMap((u) => u.parties.map((p) => p.country)));

export function killedByFire(c: Clause, hit: TriggerHit): Arguments | null {
  if (!hit.trigger.fire) return null;
  let fire = -1;
  for (let k = hit.end; k < Math.min(c.end, hit.end + FIRE_REACH); k++)
    if (tokenIn(c.cues.fireAgent, c.tokens[k])) {
      fire = k;
      break;
    }
  if (fire < 0) return { actor: [], recipient: [] };
  // في اشتباكات مع القوات التركية: a clash noun names its killer after مع (branch assault51).
  const from = c.tokens[fire + 1]?.key === "مع" ? fire + 1 : fire;
  const u = c.units.find((x) => x.first > from && x.first <= from + KILLER_GAP && x.end <= c.end);
  if (!u || u.prefix.replace(/^[وف]/u, "") !== "" || punctuated(c, from + 1, u.first))
    return { actor: [], recipient: [] };
  // اشتباكات بين القوات …: a preposition before the party makes it no killer.
  for (let k = from + 1; k < u.first; k++)
    if (tokenIn(c.cues.preposition, c.tokens[k])) return { actor: [], recipient: [] };
  const killer = groupAt(c, u);
  // The dead: after the death word, before the fire word; else right before the death word (`لقي`'s subject).
  const after = c.units.filter((x) => x.first >= hit.end && x.end <= fire);
  const before = hit.first > c.start ? groupBefore(c, hit.first) : [];
  const beforeNear = before.filter((x) => hit.first - x.end <= 2);
  const dead = after.length > 0 ? groupAt(c, after[0] as PartyUnit).filter((x) => x.end <= fire) : beforeNear;
  // Another party before the death word than its dead: the clause is someone's act or word about it.
  // A speech verb opening the clause (`أعلنت وكالة الأنباء الفلسطينية الجمعة مقتل`) makes the parties before the
  // death word its speaker, not doers of the clause: the death is what was announced (fire66).
  const told = reportedDeath(c, hit.first);
  const others = c.units.filter(
    (x) => x.first >= c.start && x.end <= hit.first && !dead.includes(x) && !told,
  );
  if (others.length > 0) return { actor: [], recipient: [] };
  const mine = states(killer);
  if (dead.length === 0 || [...states(dead)].some((s) => s === null || mine.has(s)))
    return { actor: [], recipient: [] };
  return { actor: killer, recipient: dead, fromPhrase: true };
}

/** A speech verb opens the clause before the death word at `at`, with no other verb or trigger between. */
function reportedDeath(c: Clause, at: number): boolean {
  for (let k = c.start; k < Math.min(at, c.start + 2); k++)
    if (tokenIn(c.cues.speech, c.tokens[k])) {
      for (let j = k + 1; j < at; j++) if (c.isAct?.(j) || c.verbAt?.(j)) return false;
      return true;
    }
  return false;
}

/**
 * A killing by a state's forces (the fire rows, and `قتلت القوات`) is one day's act when the text gives
 * its day: a date of its own clause, or the article's first sentence, which tells the day's news. A
 * sentence with `منذ` up to the act's clause end tells a tally since a start (`قتل 40 فلسطينيا برصاص
 * القوات الإسرائيلية منذ بدء الاحتجاجات`، `منذ مارس قتلت القوات`); with no day past the lead (`أكثر من
 * 130 فلسطينيا قتلوا … أثناء الاحتجاجات`، `وكان فلسطيني قد لقي مصرعه`) it is a running tally or a retold
 * death whose day the reader cannot fix. Neither is coded.
 */
export function killingUncoded(
  arabic: ArabicText,
  clause: ClauseSpan,
  hit: TriggerHit,
  dated: DateMention | null,
  cues: EventCues,
): boolean {
  if (hit.trigger.type !== "ASSAULT" || hit.trigger.mode !== "firearms") return false;
  const { tokens } = arabic;
  const first = tokens[hit.first] as Token;
  const sentence = arabic.sentences[first.sentence] as Sentence;
  for (let k = sentence.firstToken; k < clause.end; k++) if (tokenIn(cues.since, tokens[k])) return true;
  return first.sentence > 0 && (dated === null || dated.value === null);
}
