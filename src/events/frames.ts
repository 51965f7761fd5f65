// Frames that replace the plain word order: a host, a verb of undergoing, a request answered, the passive.
import type { Token } from "../pipeline/types.ts";
import type { Arguments, Clause, PartyUnit } from "./arguments.ts";
import { matrixSubject } from "./actor.ts";
import {
  afterPreposition,
  GENITIVE_REACH,
  governed,
  groupAt,
  punctuated,
  statesOfUnits,
  unitFrom,
} from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import { emptyAddressee } from "./recipient.ts";
import type { TriggerHit } from "./triggers.ts";

export { calledTo } from "./called-to.ts";
export { objectCalled } from "./object-called.ts";

/**
 * `استضافت أنقرة محادثات بين إثيوبيا والصومال`: a host verb whose meeting names its two sides later in the
 * clause, or in a relative clause on the meeting right after it (`تستضيف فيتنام القمة، التي ستكون اللقاء
 * الأول بين …`): the host is the venue, no side.
 */
export function hostsSides(c: Clause, hit: TriggerHit): boolean {
  if (!tokenIn(c.cues.host, c.tokens[hit.first])) return false;
  const relative = c.end < c.sentenceEnd && tokenIn(c.cues.relative, c.tokens[c.end]);
  const wide = relative ? { ...c, end: c.sentenceEnd } : c;
  for (let k = hit.end; k < wide.end; k++) {
    if (!tokenIn(c.cues.between, c.tokens[k])) continue;
    const u = unitFrom(wide, k + 1, 3);
    if (u && groupAt(wide, u).length >= 2) return true;
  }
  return false;
}

/** How far before a noun trigger a verb of undergoing may stand (`تواجه الدولتان اتهامات`). */
const UNDERGO_REACH = 4;

/**
 * `ويواجه القس الأمريكي اتهامات تركية`، `تتعرض إيران لضغوط من واشنطن`: the subject of a verb of
 * undergoing is the act's recipient; its actor is the noun's genitive or nisba, or the party after من.
 */
export function undergone(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.pos !== "noun") return null;
  let verb = -1;
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - UNDERGO_REACH); k--)
    if (tokenIn(c.cues.undergo, c.tokens[k])) {
      verb = k;
      break;
    }
  if (verb < 0) return null;
  let subject = c.units.filter((u) => u.first > verb && u.end <= hit.first);
  // القرار الأمريكي لقي ترحيبا من السعودية: with no subject after the verb, the party (or the thing's
  // nisba) right before it, in its clause, is the subject that undergoes the act.
  if (subject.length === 0) subject = c.units.filter((u) => u.end === verb && u.first >= c.start);
  const agent = agentAfter(c, hit);
  return { actor: agent, recipient: subject.length > 0 ? groupAt(c, subject[0] as PartyUnit) : [] };
}

/** The party right after the act that did it: its genitive, or the state `من` governs (`من قبل`). */
function agentAfter(c: Clause, hit: TriggerHit): PartyUnit[] {
  const after = unitFrom(c, hit.end, GENITIVE_REACH);
  return after &&
    !punctuated(c, hit.end, after.first) &&
    (!afterPreposition(c, after, hit.end) || governed(c, after, hit.end, ["من"]))
    ? groupAt(c, after)
    : [];
}

/**
 * `أفرجت السلطات الإيرانية عن البحارة بناء على طلب من سلطنة عمان`، `بطلب من الخرطوم`: the request
 * the sentence's act answers was made by the party after it, of the sentence's subject.
 */
export function atRequest(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "REQUEST") return null;
  const cued =
    // بطلب من الخرطوم (not بدعوة من, an invitation, nor تقدمت بطلب إلى, a request made)
    (/^[وف]?ب$/u.test(hit.prefix) &&
      (c.tokens[hit.first] as Token).bare.some((b) => b.key.startsWith("طلب") || bodyCalled(c, hit, b.key)) &&
      (c.tokens[hit.end] as Token | undefined)?.key === "من") ||
    tokenIn(c.cues.atRequest, c.tokens[hit.first - 1]) ||
    tokenIn(c.cues.atRequest, c.tokens[hit.first - 2]) ||
    anyRequestFrom(c, hit);
  if (!cued) return null;
  const actor = agentAfter(c, hit);
  const mine = statesOfUnits(actor);
  const other = (u: PartyUnit) => u.parties.every((p) => !mine.has(p.country));
  let subject = matrixSubject(c, hit).filter(other);
  // وعلى إيران الامتثال لأي طلب تفتيش من الوكالة: with no subject, the nearest party before would answer it.
  if (subject.length === 0 && anyRequestFrom(c, hit)) {
    const before = c.units.filter((u) => u.first >= c.sentenceStart && u.end <= hit.first && other(u));
    subject = before.length > 0 ? groupAt(c, before[before.length - 1] as PartyUnit) : [];
  }
  // With no other state as the sentence's subject, a party after من still asked: it is never the one asked
  // (`عقد الاجتماع بناء على طلب من كيم`); a genitive (`بناء على طلب روسي`) is read as any other request's.
  const from = (c.tokens[hit.end] as Token | undefined)?.key === "من" || anyRequestFrom(c, hit);
  return actor.length > 0 && (subject.length > 0 || from)
    ? { actor, recipient: subject, fromPhrase: true }
    : null;
}

/**
 * `مهلة للرد على أي طلب تفتيش من الوكالة`: the noun طلب after a word of any (cue `any_word`),
 * with `من` right after it or after one word of what is asked, names who would ask: the party after `من`, never
 * the one asked (read as the verb, the state before was the asker).
 */
function anyRequestFrom(c: Clause, hit: TriggerHit): boolean {
  if (!tokenIn(c.cues.anyWord, c.tokens[hit.first - 1])) return false;
  const t = c.tokens[hit.first] as Token;
  if (![t.key, ...t.bare.map((b) => b.key)].some((k) => k.startsWith("طلب"))) return false;
  return [hit.end, hit.end + 1].some((k) => k < c.end && (c.tokens[k] as Token).key === "من");
}

/**
 * `عقد مجلس الأمن جلسة طارئة بدعوة من بريطانيا`: a body does not visit, so a call after which it acts is a
 * request put to it, as `بطلب من` is; a state's subject keeps `بدعوة من` an invitation (`زار … بدعوة من`).
 */
function bodyCalled(c: Clause, hit: TriggerHit, key: string): boolean {
  return (
    key.startsWith("دعو") && matrixSubject(c, hit).some((u) => u.parties.some((p) => p.country === "IGO"))
  );
}

/**
 * `ورفضت ألمانيا طلب الولايات المتحدة إرسال قوات`، `وتنظر السلطات اللبنانية في طلب الكويت`، `قبلت إيران عرض
 * روسيا للوساطة`: a form that is both a perfect verb and a verbal noun whose genitive is its agent (cue
 * `agent_noun_form`: طلب، عرض), written with no proclitic right after a preposition of answering (cue
 * `answer_prep`: تنظر في، وافقت على، تجاوب مع), an act word, or a party right after an act word (that act's
 * subject), is the noun: no perfect verb follows a preposition, and the object of a verb of answering is
 * what it answers. The party right after it, with no preposition, asked or offered; the one asked is the
 * subject before it (that party, else the sentence's subject), unless `من` after the genitive names one
 * asked who is no state (`طلب مانيلا من مواطنيها العودة`: no event).
 */
export function requestNoun(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.prefix !== "" || hit.trigger.pos !== "verb") return null;
  if (!tokenIn(c.cues.agentNounForm, c.tokens[hit.first])) return null;
  const before = hit.first - 1;
  if (before < c.sentenceStart) return null;
  const isAct = c.isAct ?? (() => false);
  const subject = c.units.find((u) => u.end === hit.first && u.first > c.sentenceStart && isAct(u.first - 1));
  const cued = subject !== undefined || tokenIn(c.cues.answerPrep, c.tokens[before]) || isAct(before);
  if (!cued) return null;
  const after = unitFrom(c, hit.end, 1);
  if (!after || after.first !== hit.end || after.prefix !== "") return null;
  // طلب مانيلا من مواطنيها العودة: the one asked is named after the genitive, and is no state.
  if (emptyAddressee(c, hit, [after])) return { actor: [], recipient: [] };
  const actor = groupAt(c, after);
  const mine = statesOfUnits(actor);
  // بتجاوب تركيا مع طلب المملكة: the party right before the preposition answers the request.
  const answerer = subject
    ? undefined
    : c.units.find(
        (u) => u.end === before && u.prefix === "" && tokenIn(c.cues.answerPrep, c.tokens[before]),
      );
  const asked = (
    subject ? groupAt(c, subject) : answerer ? groupAt(c, answerer) : matrixSubject(c, hit)
  ).filter((u) => u.parties.every((p) => !mine.has(p.country)));
  return asked.length > 0 ? { actor, recipient: asked, fromPhrase: true } : null;
}

/** A damma on the verb's first letter (`طُرد`، `استُدعي`): the passive, when the text writes it. */
const PASSIVE_MARK = /^[وف]?\p{L}\u064F/u;

/**
 * `طُرد دبلوماسيان روسيان من التشيك`، `تم طرد 23 دبلوماسيا روسيا من لندن`: a passive act was done to the
 * party after it, by the state `من` governs after that; with no such state it reads as before (`تم
 * استئناف العلاقات بين واشنطن وطرابلس`).
 */
export function passive(c: Clause, hit: TriggerHit): Arguments | null {
  const t = c.tokens[hit.first] as Token;
  const marked =
    (hit.trigger.pos === "verb" && PASSIVE_MARK.test(t.text)) ||
    // تم طرد: the word after تم is the verbal noun, whichever row reads it.
    (hit.prefix === "" && tokenIn(c.cues.passiveAux, c.tokens[hit.first - 1]));
  if (!marked) return null;
  const patient = c.units.find(
    (u) => u.first >= hit.end && u.end <= c.end && !afterPreposition(c, u, hit.end),
  );
  // تم توقيع الاتفاق بين مصر والسودان: with no object outside a preposition, the act reads as before.
  if (!patient) return null;
  const recipient = groupAt(c, patient);
  const from = (recipient[recipient.length - 1] as PartyUnit).end;
  const agent = c.all.find((u) => u.first >= from && u.end <= c.end && governed(c, u, from, ["من"]));
  return agent ? { actor: groupAt(c, agent), recipient, fromPhrase: true } : null;
}
