// The agent a relative clause on an act's object names (`تدين العقوبات التي فرضتها الولايات المتحدة`،
// `الخطوة التي قامت بها الولايات المتحدة`): the state a reaction is aimed at when the clause names no other
// side. Split from recipient.ts (otherState). Also where a relative verb's pronoun stands (`relativeBefore`)
// and the antecedent's pronoun after its subject (`resumedAfter`), which actor.ts reads.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";

/** How far after the trigger the relative pronoun of its object may stand (`تدين الهجوم الكيماوي المروع الذي`). */
const OBJECT_CLAUSE_REACH = 5;
/** How far after the act `التي قامت بها` may open: past its object and two adjectives, no comma between. */
const DONE_WITH_REACH = 3;

/**
 * The unit is the agent of a relative clause: `التي فرضتها الولايات المتحدة`, or one bare head word
 * further (`التي ارتكبتها قوات الجيش الإسرائيلي`), but not after a verb of undergoing (`التي تعرضت لها
 * المملكة`: the one who suffered it) nor after a preposition.
 */
export function relativeAgentOf(c: Clause, u: PartyUnit, from: number, type = ""): boolean {
  // التي وجهتها كل من أمريكا وبريطانيا: `كل من` (each of) opens the agents' list; the clause is read as without it.
  if (eachOfBefore(c, u)) return relativeAgentOf(c, { ...u, first: u.first - 2, prefix: "" }, from, type);
  // تطالب أرمينيا بأن تصبح الكنيسة، التي رممتها فرنسا …، متحفا: a relative clause set off by a comma
  // tells the background of what is asked for; its agent is not the one asked.
  if (type === "REQUEST" && [2, 3].some((d) => asideRelative(c, u.first - d))) return false;
  if (tokenIn(c.cues.relative, c.tokens[u.first - 2])) return true;
  // The clause must be the object's, right after it (`إدانة بلادها الشديدة للمجزرة التي`).
  if (u.first - 3 - from > OBJECT_CLAUSE_REACH) return false;
  // Only a body or a person one head word further (`قوات`، `نظام`): a nisba's head is a thing
  // (`التي تشهدها الساحة السورية`), a state after a verb its object (`التي كانت تحتل أفغانستان`).
  const doneWith = tokenIn(c.cues.doneWith, c.tokens[u.first - 1]);
  if (u.type !== "ORG" && u.type !== "PERSON" && !doneWith) return false;
  if (!tokenIn(c.cues.relative, c.tokens[u.first - 3]) || u.prefix !== "") return false;
  const verb = c.tokens[u.first - 2];
  const head = c.tokens[u.first - 1] as Token;
  // الخطوة التي قامت بها الولايات المتحدة: the pronoun on ب after a verb of doing is the antecedent, so the
  // state right after is the doer, when the clause stands on the act's object with no comma between.
  if (doneWith)
    return (
      verb !== undefined &&
      !tokenIn(c.cues.undergo, verb) &&
      u.first - 3 - from <= DONE_WITH_REACH &&
      !punctuated(c, from, u.first)
    );
  return (
    // التي ارتكبتها قوات: the verb's pronoun is the antecedent, so the unit is its agent
    // (`الذي أفشل مبادرة الرئيس الأمريكي`: the antecedent acts, the person is the object's).
    verb !== undefined &&
    /ه$|ها$|هم$|هما$/u.test(verb.key) &&
    !tokenIn(c.cues.undergo, verb) &&
    !tokenIn(c.cues.preposition, head) &&
    head.bare.every((b) => b.prefix === "") &&
    // الذي تقود قواته السعودية، التي تسعى إليه المملكة: a head with a pronoun is no bare head.
    (head.segments?.suffix ?? "") === "" &&
    !punctuated(c, u.first - 2, u.first)
  );
}

/** `كل من` (each of) stands right before the unit, which takes no proclitic, after a verb with a pronoun. */
function eachOfBefore(c: Clause, u: PartyUnit): boolean {
  return (
    u.prefix === "" &&
    c.tokens[u.first - 2]?.key === "كل" &&
    c.tokens[u.first - 1]?.key === "من" &&
    /ه$|ها$|هم$|هما$/u.test(c.tokens[u.first - 3]?.key ?? "")
  );
}

/** An imperfect verb's person prefix (`يطالب`، `ترفض`): `كان` before it tells a past that went on. */
const IMPERFECT = /^[يتن]/u;

/**
 * The relative pronoun of a verb at `first`: right before it, or before the auxiliary of a past that
 * went on (`ترامب الذي كان يطالب`، `التي كانت ترفض`) or was done before (`الذي كان قد زار`), else -1.
 * A perfect right after `كان` (`التي كان وصل إليها`) is left out: its pronoun is often the object's.
 * `progressive` false leaves out the past that went on (a talk told as the setting: `الذي كان يتحدث`).
 */
export function relativeBefore(c: Clause, first: number, progressive = true): number {
  let k = first - 1;
  if (tokenIn(c.cues.might, c.tokens[k]) && tokenIn(c.cues.pluperfectAux, c.tokens[k - 1])) k -= 2;
  else if (
    progressive &&
    tokenIn(c.cues.pluperfectAux, c.tokens[k]) &&
    IMPERFECT.test(c.tokens[first]?.text ?? "")
  )
    k -= 1;
  return tokenIn(c.cues.relative, c.tokens[k]) ? k : -1;
}

/** How many words after a relative verb's subject the antecedent's pronoun may stand (`بمهاجمتها`). */
const RESUMED_REACH = 2;

/** A verbal noun on ب or ل with a pronoun of the antecedent (`بمهاجمتها`، `لضربهم`), or `ضدها`. */
const RESUMED = /^(?:[وف]?[بل]\p{L}{3,}(?:ها|هم|هما)|ضدها|ضدهم)$/u;

/** The antecedent's pronoun right after `end` (`بمهاجمتها`، `ضدها`). */
export function resumedAfter(c: Clause, end: number): boolean {
  for (let k = end; k < Math.min(c.end, end + RESUMED_REACH); k++)
    if (RESUMED.test(c.tokens[k]?.text ?? "")) return true;
  return false;
}

/** A relative pronoun at `k` with a comma right before it (`، التي احتلتها`). */
function asideRelative(c: Clause, k: number): boolean {
  return k > c.sentenceStart && tokenIn(c.cues.relative, c.tokens[k]) && punctuated(c, k, k);
}
