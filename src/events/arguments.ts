// Who did it to whom: parties of a trigger from Arabic word order and prepositions.
import type { Party, Token } from "../pipeline/types.ts";
import { isReference, objectReference } from "./anaphora.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { seatOf } from "./units.ts";

/** A span of tokens that can take part in an event: a mention or a nisba (`نظيره الصيني`). */
export interface PartyUnit {
  first: number;
  end: number;
  /** Proclitics on its first token (`ب` in `بنظيره الصيني`). */
  prefix: string;
  /** One party, or two for a dual (`الجانبان` → both states last named). */
  parties: Party[];
  type: string;
  /** A state after locative ب (`بالصين`): a party only as the object of a frame that takes ب. */
  place: boolean;
}

export interface Arguments {
  actor: PartyUnit[];
  recipient: PartyUnit[];
  /** The sides were read from the trigger's own phrase (`بناء على طلب من X`); a speaker does not replace them. */
  fromPhrase?: boolean;
}

export interface Clause {
  tokens: readonly Token[];
  text: string;
  /** Units that can act: mentions and nisbas, without states after locative ب. */
  units: readonly PartyUnit[];
  /** All units, states after locative ب included. */
  all: readonly PartyUnit[];
  cues: EventCues;
  /** First token of the trigger's sentence. */
  sentenceStart: number;
  /** One past the last token of the trigger's sentence. */
  sentenceEnd: number;
  /** First token of the trigger's clause (after `إن`, `عندما` …). */
  start: number;
  /** One past its last token. */
  end: number;
  /** Token k opens a trigger word (an act: `القمة`، `الهجوم`), whatever its arguments. */
  isAct?: (k: number) => boolean;
}

/** How far after a verb its subject may stand (VSO: `التقى أكبر مسؤول … نظيره`). */
const SUBJECT_REACH = 8;
/** How far after a noun trigger its genitive party may stand (`لقاء الرئيس الصيني شي`). */
const GENITIVE_REACH = 4;
/** How close before a verb a subject must end to be read SVO (`بكين رفضت`). */
const SVO_GAP = 2;
/** How far after a preposition its party may stand (`مع الرئيس الأمريكي جو بايدن`). */
const PREP_REACH = 4;
/** Prepositions that name the other side of any act (`مع باكستان`، `بين البلدين`), as keys. */
const PARTNER_PREPS = ["مع", "بين"];
/** How far after the actor a direct object may stand (`اتهمت بكين واشنطن`). */
const OBJECT_REACH = 6;

/** Two units joined by و belong to one compound party (`بكين وواشنطن`, `روسيا، والصين`). */
function joined(c: Clause, a: PartyUnit, b: PartyUnit): boolean {
  const gap = c.text.slice((c.tokens[a.end - 1] as Token).end, (c.tokens[b.first] as Token).start);
  // وفد إيراني ووفد سعودي: the second side's head stands between.
  if (b.first === a.end + 1 && b.type === "NISBA" && /^[\s،,]*$/u.test(gap.replace(/\S+/u, ""))) {
    const head = c.tokens[a.end] as Token;
    if (head.bare.some((x) => x.prefix === "و" && c.cues.sideHead.has(x.key))) return true;
  }
  // الحكومة السورية وحليفتها موسكو: an ally word joins the two into one side.
  const ally = c.tokens[a.end] as Token;
  if (
    b.first === a.end + 1 &&
    /^\s+و\S+\s+$/u.test(gap) &&
    ally.bare.some((x) => x.prefix === "و" && c.cues.ally.has(x.key))
  )
    return true;
  return (
    /^[\s،,]*و\s*$/u.test(gap) ||
    // روسيا والصين، الولايات المتحدة، وبريطانيا: the و is the next name's proclitic (not واشنطن's first letter).
    (/^[\s،,]*$/u.test(gap) && b.prefix.startsWith("و"))
  );
}

function groupAt(c: Clause, unit: PartyUnit): PartyUnit[] {
  const units = c.units;
  const group = [unit];
  for (let k = units.indexOf(unit) + 1; k < units.length; k++) {
    const next = units[k] as PartyUnit;
    if (!joined(c, group[group.length - 1] as PartyUnit, next)) break;
    group.push(next);
  }
  return group;
}

/** The group that ends nearest before token `before` inside the clause. */
function groupBefore(c: Clause, before: number): PartyUnit[] {
  const inside = c.units.filter((u) => u.first >= c.start && u.end <= before);
  let s = inside.length - 1;
  if (s < 0) return [];
  while (s > 0 && joined(c, inside[s - 1] as PartyUnit, inside[s] as PartyUnit)) s--;
  return inside.slice(s);
}

function unitFrom(
  c: Clause,
  from: number,
  reach: number,
  exclude: readonly PartyUnit[] = [],
): PartyUnit | undefined {
  return c.units.find(
    (u) => u.first >= from && u.first < from + reach && u.end <= c.end && !exclude.includes(u),
  );
}

/** The unit carries a frame preposition as a proclitic (`بنظيره` → ب). */
function procliticPrep(u: PartyUnit, frame: readonly string[]): boolean {
  const p = u.prefix.replace(/^[وف]/u, "");
  return p !== "" && frame.includes(p);
}

/** A frame preposition stands between `from` and the unit (`مع الرئيس الأمريكي جو بايدن`). */
function governed(c: Clause, u: PartyUnit, from: number, frame: readonly string[]): boolean {
  // حذر من أن إيران تسعى: a complementizer after the preposition opens a clause; its subject is no object.
  for (let k = u.first - 1; k >= Math.max(from, u.first - PREP_REACH); k--) {
    if (tokenIn(c.cues.complementizer, c.tokens[k])) return false;
    if (frame.includes((c.tokens[k] as Token).key)) return true;
  }
  return procliticPrep(u, frame);
}

/** A comma or other punctuation stands in the text between token `from` and token `to`. */
function punctuated(c: Clause, from: number, to: number): boolean {
  const a = (c.tokens[from - 1] as Token).end;
  const b = (c.tokens[to] as Token).start;
  return /[،,.;:؛!?؟"«»()]/u.test(c.text.slice(a, b));
}
/** Any preposition between the trigger and the unit: then it is no genitive (`مناورات في بحر اليابان`). */
function afterPreposition(c: Clause, u: PartyUnit, from: number): boolean {
  for (let k = from; k < u.first; k++) {
    // المجلس العسكري الحاكم في النيجر: في after a ruling body names the body's state.
    if (k === u.first - 1 && seatOf(c.tokens, k, c.cues)) continue;
    if (tokenIn(c.cues.preposition, c.tokens[k])) return true;
  }
  return u.prefix.replace(/^[وف]/u, "") !== "";
}

/** The token is one of the words the trigger needs after it (`طرد` … `السفير`). */
function needed(t: Token | undefined, hit: TriggerHit): boolean {
  if (!t || hit.trigger.needs.length === 0) return false;
  const keys = [t.key, ...t.bare.map((b) => b.key)];
  return hit.trigger.needs.some((n) => keys.some((k) => k.startsWith(n)));
}

function betweenGroup(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (!hit.trigger.frame.includes("between")) return [];
  for (let k = hit.end; k < c.end; k++) {
    if (!tokenIn(c.cues.between, c.tokens[k])) continue;
    const u = unitFrom(c, k + 1, 3);
    return u ? groupAt(c, u) : [];
  }
  return [];
}

/** `أعلن بوتين تعليق …، متهماً واشنطن`: a participle's actor is the subject its sentence opens with. */
function matrixSubject(c: Clause, hit: TriggerHit, from: number = c.sentenceStart): PartyUnit[] {
  const first = c.units.find(
    (u) =>
      u.first >= from &&
      u.end <= hit.first &&
      u.prefix.replace(/^[وف]/u, "") === "" &&
      (!tokenIn(c.cues.preposition, c.tokens[u.first - 1]) ||
        tokenIn(c.cues.seatBody, c.tokens[u.first - 2])),
  );
  return first ? groupAt(c, first) : [];
}

function findActor(c: Clause, hit: TriggerHit): PartyUnit[] {
  const frame = hit.trigger.frame;
  if (hit.trigger.pos === "participle") return matrixSubject(c, hit);
  const antecedent = relativeSubject(c, hit);
  if (antecedent.length > 0) return antecedent;
  // اتفقت عليها روسيا وتركيا: a pronoun on a preposition is never the subject, nor stands in its place.
  const pronouns = c.units.filter((u) => isReference(u) && u.type.startsWith("REF"));
  const after = unitFrom(c, hit.end, hit.trigger.pos === "noun" ? GENITIVE_REACH : SUBJECT_REACH, pronouns);
  const afterOk =
    after !== undefined &&
    // بطرد السفير الكندي، طردت … 145 دبلوماسيا روسيا: a party right after the envoy the trigger needs is
    // the envoy's state, the act's object, not its agent (`عقوبات أمريكية` keeps its agent).
    !(needed(c.tokens[after.first - 1], hit) && tokenIn(c.cues.envoyHead, c.tokens[after.first - 1])) &&
    !governed(c, after, hit.end, frame) &&
    !afterPreposition(c, after, hit.end) &&
    // تهديدات، وحُمّل مسؤولية أداء ألمانيا: a noun's genitive follows it with no punctuation between.
    (hit.trigger.pos !== "noun" || !punctuated(c, hit.end, after.first));
  if (hit.trigger.pos === "noun" && afterOk) return groupAt(c, after);
  const before = groupBefore(c, hit.first);
  const last = before[before.length - 1];
  // تقطع طرق المواصلات مع قطر على خلفية اتهامها: a party a preposition governs is no subject.
  const head = before[0];
  const prepositional =
    head !== undefined &&
    head.type !== "DUAL" &&
    tokenIn(c.cues.preposition, c.tokens[head.first - 1]) &&
    !seatOf(c.tokens, head.first - 1, c.cues);
  // بكين رفضت: a subject right before a verb. A noun after a comma or و is not the agent's (`بشار
  // الأسد، والهجوم`) unless a predicate stands between (`واشنطن مستعدة للحوار`) or a light verb carries it;
  // right after a verb's subject it is (`ووصف الرئيس الأمريكي الاجتماع`).
  if (
    last &&
    !prepositional &&
    hit.first - last.end <= SVO_GAP &&
    // …الحرب على سوريا، واتهم روسيا: a verb after a comma and و opens a clause of its own.
    !(hit.trigger.pos === "verb" && hit.prefix.startsWith("و") && punctuated(c, last.end, hit.first)) &&
    (hit.trigger.pos !== "noun" ||
      (hit.first > last.end && !punctuated(c, last.end, hit.first)) ||
      (!punctuated(c, last.end, hit.first) && !hit.prefix.startsWith("و")) ||
      lightVerbBefore(c, hit, (before[0] as PartyUnit).first))
  )
    return before;
  if (hit.trigger.pos === "noun") {
    // المناورات التي تجريها الولايات المتحدة وكوريا الجنوبية: the agent of a noun in its relative clause.
    const agent = relativeAgent(c, hit);
    if (agent.length > 0) return agent;
    // Farther back, a noun's agent must be the subject of a light verb: أجرت روسيا والصين أمس مناورات.
    // أعلنت وزارة الخارجية الصينية يوم الجمعة 5 أغسطس 2022 تعليق …: the subject of the light verb.
    const carrier = lightVerbSubject(c, hit);
    if (carrier.length > 0) return carrier;
    if (!lightVerbBefore(c, hit)) return [];
    // …على مدينة دوما، ووجه رسالة تحذير لروسيا: a light verb after a comma and و continues the
    // clause before; its subject is that clause's, not a party named just before the comma.
    const light = nearestLightVerb(c, hit);
    if (light > c.sentenceStart && (c.tokens[light] as Token).bare.some((b) => b.prefix.startsWith("و")))
      if (punctuated(c, light, light)) {
        const subject = matrixSubject(c, hit);
        // Only the subject right after the verb the sentence opens with (`توعد الرئيس الأمريكي`).
        return subject.length > 0 && (subject[0] as PartyUnit).first - c.sentenceStart <= OPENING_SUBJECT
          ? subject
          : [];
      }
  }
  if (afterOk) return groupAt(c, after);
  return before;
}

/**
 * `روسيا التي تدعم الحكومة السورية`: a verb right after a relative pronoun has the party the
 * pronoun stands for as its subject.
 */
function relativeSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  if (hit.trigger.pos !== "verb" || !tokenIn(c.cues.relative, c.tokens[hit.first - 1])) return [];
  // بنس الذي اتهمه مادورو: with an object pronoun the antecedent is the object, not the subject.
  if (objectReference(hit, c.tokens, c.cues)) return [];
  const rel = hit.first - 1;
  const inside = c.units.filter((u) => u.first >= c.sentenceStart && u.end <= rel);
  // روسيا، التي: the antecedent ends right before the pronoun (a comma may stand between).
  if (inside[inside.length - 1]?.end !== rel) return [];
  let s = inside.length - 1;
  while (s > 0 && joined(c, inside[s - 1] as PartyUnit, inside[s] as PartyUnit)) s--;
  return inside.slice(s);
}
/** How far after a noun trigger its relative clause may open (`المناورات الواسعة التي`). */
const RELATIVE_REACH = 3;

function relativeAgent(c: Clause, hit: TriggerHit): PartyUnit[] {
  for (let k = hit.end; k < hit.end + RELATIVE_REACH; k++) {
    if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
    // التي + verb + agent
    const u = c.units.find((x) => x.first > k + 1 && x.first <= k + 3);
    return u ? groupAt(c, u) : [];
  }
  return [];
}

/** How far back in its clause a noun trigger's light verb may stand (`أعلنت X يوم … تعليق`). */
const CARRIER_REACH = 14;
/** The party right after the nearest light verb before a noun trigger, when none stands between. */
function lightVerbSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - CARRIER_REACH); k--) {
    if (!tokenIn(c.cues.lightVerb, c.tokens[k])) continue;
    const u = c.units.find((x) => x.first > k && x.first <= k + 2 && x.end <= hit.first);
    return u && !afterPreposition(c, u, k + 1) ? groupAt(c, u) : [];
  }
  return [];
}
/** How far from its sentence's start the subject of the opening verb stands (`توعد الرئيس الأمريكي`). */
const OPENING_SUBJECT = 4;
/** The nearest light verb before a noun trigger in its clause, or -1. */
function nearestLightVerb(c: Clause, hit: TriggerHit): number {
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - CARRIER_REACH); k--)
    if (tokenIn(c.cues.lightVerb, c.tokens[k])) return k;
  return -1;
}
/** A light verb stands before the noun trigger, or before the subject `from` that precedes it. */
function lightVerbBefore(c: Clause, hit: TriggerHit, from: number = hit.first): boolean {
  for (let k = Math.max(c.start, Math.min(from, hit.first) - SUBJECT_REACH); k < hit.first; k++) {
    if (tokenIn(c.cues.lightVerb, c.tokens[k])) return true;
  }
  return false;
}

function findRecipient(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const frame = hit.trigger.frame;
  const from = Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
  // زار بوتين بكين: an object right after a post-verbal subject.
  if (frame.includes("direct") && from > hit.end) {
    const u = unitFrom(c, from, 1, actor);
    if (u) return groupAt(c, u);
  }
  for (let k = hit.end; k < Math.min(c.end, from + OBJECT_REACH + PREP_REACH); k++) {
    const t = c.tokens[k] as Token;
    if (frame.includes(t.key)) {
      const u = unitFrom(c, k + 1, PREP_REACH, actor);
      if (u) return groupAt(c, u);
    } else if (k < from + PREP_REACH) {
      // بنظيره، لتايوان: a preposition carried as a clitic governs only a party close by.
      const u = c.all.find((x) => x.first === k && !actor.includes(x) && procliticPrep(x, frame));
      if (u) return groupAt(c, u);
    }
  }
  if (frame.includes("direct")) {
    const u = unitFrom(c, from, OBJECT_REACH, actor);
    if (u) return groupAt(c, u);
  }
  return [];
}

/** `استضافت أنقرة محادثات بين إثيوبيا والصومال`: a host verb whose meeting names its two sides later in the clause. */
function hostsSides(c: Clause, hit: TriggerHit): boolean {
  if (!tokenIn(c.cues.host, c.tokens[hit.first])) return false;
  for (let k = hit.end; k < c.end; k++) {
    if (!tokenIn(c.cues.between, c.tokens[k])) continue;
    const u = unitFrom(c, k + 1, 3);
    if (u && groupAt(c, u).length >= 2) return true;
  }
  return false;
}

/** How far after a host verb and its subject the guest may stand (`استضافت الصين، أمس، وزير الخارجية`). */
const HOST_OBJECT_REACH = 2;

/** How far before a noun trigger a verb of undergoing may stand (`تواجه الدولتان اتهامات`). */
const UNDERGO_REACH = 4;

/**
 * `ويواجه القس الأمريكي اتهامات تركية`، `تتعرض إيران لضغوط من واشنطن`: the subject of a verb of
 * undergoing is the act's recipient; its actor is the noun's genitive or nisba, or the party after من.
 */
function undergone(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.pos !== "noun") return null;
  let verb = -1;
  for (let k = hit.first - 1; k >= Math.max(c.start, hit.first - UNDERGO_REACH); k--)
    if (tokenIn(c.cues.undergo, c.tokens[k])) {
      verb = k;
      break;
    }
  if (verb < 0) return null;
  const subject = c.units.filter((u) => u.first > verb && u.end <= hit.first);
  const after = unitFrom(c, hit.end, GENITIVE_REACH);
  const agent =
    after &&
    !punctuated(c, hit.end, after.first) &&
    (!afterPreposition(c, after, hit.end) || governed(c, after, hit.end, ["من"]))
      ? groupAt(c, after)
      : [];
  return { actor: agent, recipient: subject.length > 0 ? groupAt(c, subject[0] as PartyUnit) : [] };
}

/**
 * `أفرجت السلطات الإيرانية عن البحارة بناء على طلب من سلطنة عمان`، `بطلب من الخرطوم`: the request
 * the sentence's act answers was made by the party after it, of the sentence's subject.
 */
function atRequest(c: Clause, hit: TriggerHit): Arguments | null {
  if (hit.trigger.type !== "REQUEST") return null;
  const cued =
    // بطلب من الخرطوم (not بدعوة من, an invitation, nor تقدمت بطلب إلى, a request made)
    (/^[وف]?ب$/u.test(hit.prefix) &&
      (c.tokens[hit.first] as Token).bare.some((b) => b.key.startsWith("طلب")) &&
      (c.tokens[hit.end] as Token | undefined)?.key === "من") ||
    tokenIn(c.cues.atRequest, c.tokens[hit.first - 1]) ||
    tokenIn(c.cues.atRequest, c.tokens[hit.first - 2]);
  if (!cued) return null;
  const after = unitFrom(c, hit.end, GENITIVE_REACH);
  const actor =
    after &&
    !punctuated(c, hit.end, after.first) &&
    (!afterPreposition(c, after, hit.end) || governed(c, after, hit.end, ["من"]))
      ? groupAt(c, after)
      : [];
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  const subject = matrixSubject(c, hit).filter((u) => u.parties.every((p) => !mine.has(p.country)));
  // With no other state as the sentence's subject, the request is read as any other.
  return actor.length > 0 && subject.length > 0 ? { actor, recipient: subject, fromPhrase: true } : null;
}

/** A damma on the verb's first letter (`طُرد`، `استُدعي`): the passive, when the text writes it. */
const PASSIVE_MARK = /^[وف]?\p{L}\u064F/u;

/**
 * `طُرد دبلوماسيان روسيان من التشيك`، `تم طرد 23 دبلوماسيا روسيا من لندن`: a passive act was done to the
 * party after it, by the state `من` governs after that; with no such state it reads as before (`تم
 * استئناف العلاقات بين واشنطن وطرابلس`).
 */
function passive(c: Clause, hit: TriggerHit): Arguments | null {
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

export function findArguments(c: Clause, hit: TriggerHit): Arguments {
  // The host is a venue: the meeting noun after it codes the event between its sides.
  if (hostsSides(c, hit)) return { actor: [], recipient: [] };
  const suffered = undergone(c, hit);
  if (suffered) return suffered;
  const answered = atRequest(c, hit);
  if (answered) return answered;
  const done = passive(c, hit);
  if (done) return done;
  const between = betweenGroup(c, hit);
  let actor = findActor(c, hit);
  // …محادثات مع إندونيسيا، واتفقت معها، ودعاها إلى: a و-verb after a comma whose object is a pronoun
  // continues the clause before; its subject is that clause's, not the party named just before.
  if (
    (afterComma(c, hit) || hit.prefix.startsWith("و")) &&
    pronounObject(c, hit) &&
    actor.every((u) => u.end <= hit.first)
  ) {
    const subject = elidedSubject(c, hit);
    if (subject.length > 0) actor = subject;
  }
  // حذرت الخارجية البريطانية مواطنيها من السفر إلى إيران: an act addressed to the actor's own people.
  if (ownPeople(c, hit, actor)) return { actor: [], recipient: [] };
  if (between.length >= 2 && (actor.length === 0 || actor.every((u) => between.includes(u)))) {
    return { actor: [between[0] as PartyUnit], recipient: between.slice(1) };
  }
  let recipient = findRecipient(c, hit, actor).filter((u) => !actor.includes(u));
  // سيزور فرنسا وإيطاليا وبلجيكا، بزيارة أربعة بلدان هي غانا وملاوي: with nowhere else to go, the
  // states after a visit are where it goes, not who goes (وصل ترامب وكيم إلى سنغافورة keeps its actors).
  if (
    hit.trigger.mode === "visit" &&
    recipient.length === 0 &&
    actor.length > 1 &&
    (actor[0] as PartyUnit).first >= hit.end
  )
    return { actor: [], recipient: actor };
  // تستضيف الكويت مؤتمرا بشأن إعادة إعمار العراق: a host's guest is its direct object, not a state
  // the hosted meeting is about.
  if (tokenIn(c.cues.host, c.tokens[hit.first])) {
    const from = Math.max(hit.end, ...actor.map((u) => u.end));
    recipient = recipient.filter((u) => u.first - from <= HOST_OBJECT_REACH);
  }
  // إن دونغ أبلغ أوستن …، وطالب الولايات المتحدة بالكف: a verb after a comma and و with one party after
  // it and none before is the previous clause's act; its subject is that clause's, the party its object.
  // …، وأعرب عن قلق الجزائر من التقارب بين مدريد والرباط: no subject at all; it is the clause's before.
  if (actor.length === 0 && (afterComma(c, hit) || sharesSubject(c, hit))) {
    actor = elidedSubject(c, hit);
    recipient = recipient.filter((u) => !actor.includes(u));
  }
  if (recipient.length === 0 && elided(c, hit, actor)) {
    const subject = elidedSubject(c, hit);
    const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
    if (subject.length > 0 && subject.every((u) => u.parties.every((p) => !mine.has(p.country)))) {
      recipient = actor;
      actor = subject;
    }
  }
  if (recipient.length === 0 && actor.length > 0 && !compound(actor)) recipient = otherState(c, hit, actor);
  return { actor, recipient };
}

/** Where the act's object stands: right after the trigger or after its post-verbal subject. */
export function objectAt(hit: TriggerHit, actor: readonly PartyUnit[]): number {
  return Math.max(hit.end, ...actor.filter((u) => u.first >= hit.end).map((u) => u.end));
}

/** The act's object is a state's own people (`مواطنيها`). */
function ownPeople(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  const k = objectAt(hit, actor);
  return k < c.end && tokenIn(c.cues.ownPeople, c.tokens[k]);
}

/** The verb carries an object pronoun (`ودعاها`) or a reference stands right after it (`معها`). */
function pronounObject(c: Clause, hit: TriggerHit): boolean {
  if (hit.trigger.pos !== "verb") return false;
  return (
    objectReference(hit, c.tokens, c.cues) !== null ||
    c.units.some((u) => isReference(u) && u.first === hit.end)
  );
}

/** The first token after the sentence's first complementizer (`قالت الوزارة إن دونغ أبلغ أوستن أن …`). */
function firstReported(c: Clause, hit: TriggerHit): number {
  for (let k = c.sentenceStart; k < hit.first; k++)
    if (tokenIn(c.cues.complementizer, c.tokens[k])) return k + 1;
  return c.sentenceStart;
}
/** The subject of the clause a و-verb continues: the reported clause's, else the sentence's. */
function elidedSubject(c: Clause, hit: TriggerHit): PartyUnit[] {
  const reported = matrixSubject(c, hit, firstReported(c, hit));
  return reported.length > 0 ? reported : matrixSubject(c, hit);
}
/** `… قبل أن يتوجه إلى إسلام آباد`: a verb after قبل/بعد أن shares the sentence's subject. */
function sharesSubject(c: Clause, hit: TriggerHit): boolean {
  const t = c.tokens[hit.first - 1];
  return (
    hit.trigger.pos === "verb" &&
    t !== undefined &&
    (t.key === "ان" || t.bare.some((b) => b.key === "ان")) &&
    tokenIn(c.cues.sharedSubject, c.tokens[hit.first - 2])
  );
}
/** A و-verb right after a comma (`…، وطالب`): a second act of the clause before. */
function afterComma(c: Clause, hit: TriggerHit): boolean {
  return (
    hit.trigger.pos === "verb" &&
    hit.prefix.startsWith("و") &&
    hit.first > c.sentenceStart &&
    punctuated(c, hit.first, hit.first)
  );
}
/** The actor stands after a و-verb that follows a comma (`…، وطالب الولايات المتحدة`). */
function elided(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): boolean {
  if (!afterComma(c, hit) || !hit.trigger.frame.includes("direct")) return false;
  return actor.length > 0 && (actor[0] as PartyUnit).first >= hit.end;
}
/** The actor already names two states (`روسيا والصين أجرتا محادثات`). */
function compound(actor: readonly PartyUnit[]): boolean {
  return new Set(actor.flatMap((u) => u.parties.map((p) => p.country))).size > 1;
}

/**
 * `علقت الهند العمل بالمعاهدة` … `مع باكستان`: with no recipient in the clause, the nearest state of
 * another country later in the sentence that a partner or frame preposition governs.
 */
function otherState(c: Clause, hit: TriggerHit, actor: readonly PartyUnit[]): PartyUnit[] {
  const mine = new Set(actor.flatMap((u) => u.parties.map((p) => p.country)));
  const other = (u: PartyUnit) =>
    !actor.includes(u) && u.parties.some((p) => p.country !== null && !mine.has(p.country));
  // A relative clause belongs to the object (`المقترحات التي قدمتها واشنطن`); فيما، بينما open another event.
  let stop = hit.end;
  while (
    stop < c.sentenceEnd &&
    (tokenIn(c.cues.relative, c.tokens[stop]) ||
      !(
        tokenIn(c.cues.clauseBreak, c.tokens[stop]) ||
        tokenIn(c.cues.speech, c.tokens[stop]) ||
        tokenIn(c.cues.speechParticiple, c.tokens[stop])
      ))
  )
    stop++;
  // … مع باكستان: only a state a partner or frame preposition governs, or the agent of the object's
  // relative clause; a state named in passing is no party.
  const partner = [...hit.trigger.frame, ...PARTNER_PREPS];
  // الذين لا يريدون أن تكون علاقته مقبولة مع بوتين: inside the object's relative clause only its
  // agent may be taken, not a state its own prepositions govern.
  // The clause of an act (`الهجوم الذي شنته طهران على إسرائيل`، `إلغاء القمة التي كان يعتزم عقدها مع
  // نظيره`) still names the act's sides.
  const relativeBefore = (u: PartyUnit) => {
    for (let k = hit.end; k < u.first; k++) {
      if (!tokenIn(c.cues.relative, c.tokens[k])) continue;
      let act = k - hit.end < RELATIVE_REACH;
      for (let a = Math.max(hit.end, k - RELATIVE_REACH); a < k && !act; a++) act = c.isAct?.(a) ?? true;
      if (!act) return true;
    }
    return false;
  };
  const after = c.units.find(
    (u) =>
      u.first >= hit.end &&
      u.end <= stop &&
      other(u) &&
      ((!relativeBefore(u) && governed(c, u, Math.max(hit.end, u.first - PREP_REACH), partner)) ||
        // العقوبات التي فرضتها الولايات المتحدة: the agent of the object's relative clause.
        tokenIn(c.cues.relative, c.tokens[u.first - 2])),
  );
  // … التي تجريها الولايات المتحدة وكوريا الجنوبية: the whole compound.
  return after ? groupAt(c, after).filter((u) => !actor.includes(u)) : [];
}
