// `تظاهروا ضد قصف اليمن`، `غزو العراق عام 2003`: the verbal noun of a transitive act of force (cue
// `object_genitive_act`: قصف، غزو، احتلال، اجتياح، ضرب) takes the state struck as its genitive; the state is
// its agent only when a target follows it (`قصف إسرائيل لقطاع غزة`، `غزو العراق للكويت`، `هجوم ألمانيا
// بقيادة هتلر على بولندا`). Read by actor.ts: a bare state right after such a noun, with no target
// after it, is not the act's agent.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { anyIn, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after the genitive its target may stand (`هجوم ألمانيا بقيادة زعيمها على بولندا`). */
const TARGET_REACH = 5;

/** The genitive `u` right after the act's noun is the state it was done to (no target after it). */
export function struckGenitive(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (u.first !== hit.end || u.prefix !== "" || u.type !== "GPE") return false;
  if (hit.end - hit.first !== 1 || !tokenIn(c.cues.objectGenitiveAct, c.tokens[hit.first])) return false;
  const to = Math.min(c.sentenceEnd, u.end + TARGET_REACH);
  for (let k = u.end; k < to; k++) {
    if (punctuated(c, k, k)) return true;
    const t = c.tokens[k] as Token;
    if (c.cues.targetPrep.has(t.key) || t.bare.some((b) => /^[وف]?لل?$/u.test(b.prefix))) return false;
  }
  return true;
}

/**
 * `قررت تركيا إطلاق سراح القس الأمريكي`، `مثل إطلاق سراح جنديين يونانيين`: the genitive of the release noun
 * (the phrase ends in a word of freeing, cue `release_word`) is the one freed, so a party in it (the freed's
 * nisba) is the state whose national is freed, never the one who frees (branch assault48).
 */
export function freedGenitive(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.type !== "RETREAT" || hit.trigger.pos !== "noun" || u.prefix !== "") return false;
  if (hit.end - hit.first < 2 || !tokenIn(c.cues.releaseWord, c.tokens[hit.end - 1])) return false;
  return (
    u.first >= hit.end &&
    !punctuated(c, hit.end, u.first) &&
    !anyIn(c.tokens, hit.end, u.first, c.cues.preposition)
  );
}

/**
 * `بعد أن رفضت أنقرة إطلاق سراح الصحفي`، `أن تسعى قطر لإطلاق سراح العسكريين`: a release noun
 * whose agent stands right after a word of refusing (cue `refusing_verb`) or of seeking (cue `agree_sought`) is a
 * release refused or sought, not done: the noun has no agent of its own (branch assault48).
 */
export function refusedRelease(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  const u = actor[0];
  if (!u || u.end > hit.first || hit.trigger.type !== "RETREAT" || hit.trigger.pos !== "noun") return false;
  const before = c.tokens[u.first - 1];
  return tokenIn(c.cues.refusingVerb, before) || tokenIn(c.cues.agreeSought, before);
}

/**
 * `وتطالب المملكة المتحدة بمعاقبة روسيا`، `ودعت فرنسا إلى إدانة سوريا`: a demand (REQUEST verb) that names
 * no addressee before its complement, when that complement is a verbal noun of acting on a state (cues
 * `object_genitive_noun`, `object_genitive_act`) with the state as its bare genitive, asks no state: the
 * state is the one to be acted on. Not when ل follows the genitive (`إدانة روسيا للهجوم`: Russia condemns),
 * nor with an addressee before the complement (`طالبت بريطانيا الاتحاد الأوروبي بمعاقبة روسيا`).
 */
export function askedPatient(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: readonly PartyUnit[],
): boolean {
  if (askedOnto(c, hit, actor, recipient)) return true;
  const u = recipient[0];
  if (hit.trigger.type !== "REQUEST" || hit.trigger.pos !== "verb" || !u || u.prefix !== "") return false;
  const noun = c.tokens[u.first - 1];
  if (!noun || u.first - 1 < hit.end) return false;
  if (!tokenIn(c.cues.objectGenitiveNoun, noun) && !tokenIn(c.cues.objectGenitiveAct, noun)) return false;
  const opened =
    noun.bare.some((b) => /^[وف]?[بل]$/u.test(b.prefix)) ||
    c.cues.askedPrep.has(c.tokens[u.first - 2]?.key ?? "");
  if (!opened) return false;
  // Only the actor may stand between the verb and the complement: a party there is the one asked.
  if (c.units.some((x) => x.first >= hit.end && x.end <= u.first - 1 && !actor.includes(x))) return false;
  const after = c.tokens[u.end];
  return !(after && after.bare.some((b) => /^[وف]?لل?$/u.test(b.prefix)));
}

/** How many words the complement's verbal noun may stand before the على of the state acted on (`فرض عقوبات جديدة على`). */
const ONTO_REACH = 4;

/**
 * `دعت فرنسا إلى الضغط على سوريا`، `وطالبت تركيا بفرض عقوبات على إسرائيل`، `داعيا إلى التحرك ضد …`، `دعوتها إلى فرض
 * عقوبات على …`: a demand (REQUEST verb, participle or noun) that names no addressee before its complement, when that complement opens with a verbal noun of acting on
 * a state (cue `pressure_noun`) and the state stands after its على or ضد, asks no state: the state is the one to be
 * acted on (PLOVER's REQUEST is aimed at the one asked). With an addressee before the complement (`دعت روسيا
 * الولايات المتحدة إلى الضغط على أوكرانيا`) that addressee is read as before (request65).
 */
function askedOnto(
  c: Clause,
  hit: TriggerHit,
  actor: readonly PartyUnit[],
  recipient: readonly PartyUnit[],
): boolean {
  const u = recipient[0];
  if (hit.trigger.type !== "REQUEST" || !u || u.prefix !== "") return false;
  if (!c.cues.targetPrep.has(c.tokens[u.first - 1]?.key ?? "")) return false;
  for (let k = u.first - 2; k >= hit.end && k >= u.first - 1 - ONTO_REACH; k--) {
    const noun = c.tokens[k] as Token;
    if (!tokenIn(c.cues.pressureNoun, noun)) continue;
    const opened =
      noun.bare.some((b) => /^[وف]?(?:[بل]|لل)$/u.test(b.prefix)) ||
      c.cues.askedPrep.has(c.tokens[k - 1]?.key ?? "");
    if (!opened || punctuated(c, k, u.first)) continue;
    // Only the actor may stand between the verb and the complement: a party there is the one asked.
    return !c.units.some((x) => x.first >= hit.end && x.end <= k && !actor.includes(x));
  }
  return false;
}

/**
 * `دعا نتنياهو المجتمع الدولي إلى …`، `التي دعا فيها المجتمع الدولي للضغط على طهران`، `دعت جميع الأطراف إلى`، `طالبت الحكومة بتدخل دولي
 * لوقف …`: the one asked is a collective that is no state (cue world_addressee) right after the verb or its
 * subject, or after a relative's resumptive `فيها`; or a request asks for an intervention or protection that is
 * the world's (cue world_asked, then world_nisba). The state named in what is asked is not the recipient.
 */
export function worldAsked(c: Clause, hit: TriggerHit, k: number): boolean {
  if (k < c.end && tokenIn(c.cues.resumptive, c.tokens[k]) && hit.trigger.pos === "verb") k++;
  if (k >= c.end) return false;
  // تدعو الولايات المتحدة مختلف أطراف النزاع إلى: a word of quantity before the collective.
  const head = tokenIn(c.cues.world.quantity, c.tokens[k]) ? k + 1 : k;
  if (tokenIn(c.cues.world.addressee, c.tokens[head])) return true;
  return (
    hit.trigger.type === "REQUEST" &&
    hit.trigger.pos === "verb" &&
    k + 1 < c.end &&
    tokenIn(c.cues.world.asked, c.tokens[k]) &&
    tokenIn(c.cues.world.nisbas, c.tokens[k + 1])
  );
}

/** How many words after the word that opens the one freed (`عن`، `سراح`) his nisba may stand. */
const FREED_REACH = 4;

/**
 * `أعلنت إسرائيل إطلاق سراح الجندي إيلور عزاريا المدان بقتل فلسطيني`، `بإخلاء سبيل الإعلامي خيري رمضان بضمان
 * مالي`: a release (mode release) is done to the state of the one freed, whose nisba stands in his phrase, a few
 * words after the word that opens it (cue freed_opener or release_word: `عن الصحفي البريطاني`، `سراح 3 من المواطنين
 * الأمريكيين`، `عن الصحفي جون سميث البريطاني`). A nisba past that reach is in a phrase of its own (the man he
 * killed, a bail's sum) and is no side of the release. A state named past it keeps its reading: the sides of a
 * release told in a condition or an exchange stand there (`إذا لم تطلق تركيا سراح القس … ستفرض الولايات
 * المتحدة`; sanction51).
 */
export function pastFreed(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (hit.trigger.mode !== "release" || u.type !== "NISBA" || u.first < hit.end) return false;
  let opener = -1;
  for (let k = u.first - 1; k >= hit.first && opener < 0; k--) {
    const t = c.tokens[k];
    if (tokenIn(c.cues.freedOpener, t) || tokenIn(c.cues.releaseWord, t)) opener = k;
  }
  return opener >= 0 && u.first - opener > FREED_REACH;
}
