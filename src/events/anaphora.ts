// Parties outside the trigger's clause: a state's pronoun (`بلاده`، `حكومته`، `وزارتها`) is a party
// unit of the state of the speaker, person or subject named before it.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { SCAN_PRONOUN_PREP, SCAN_STATE_POSSESSIVE } from "./scan.ts";
import type { TriggerHit } from "./triggers.ts";
import { seatOf } from "./units.ts";

/** The unit type of a state's pronoun. */
export const PRONOUN_UNIT = "PRONOUN";

/** Sectors of a state's people and bodies: government, diplomacy, armed forces, parliament, intelligence. */
const STATE_SECTORS = new Set(["GOV", "DIP", "MIL", "LEG", "SPY"]);

/**
 * A unit stands for a state or a state's official: a state, a nisba title (`الرئيس المصري`), or a
 * person or body of a state's sector; not a company, a group or a person with no office.
 */
export function stateful(u: PartyUnit): boolean {
  if (u.place || u.parties.length === 0) return false;
  if (!u.parties.every((p) => p.country !== null)) return false;
  return u.type === "GPE" || u.type === "NISBA" || u.parties.every((p) => STATE_SECTORS.has(p.sector ?? ""));
}

/** The unit is its clause's subject: no preposition governs it (a seat like `السلطات في` aside). */
function ungoverned(tokens: readonly Token[], u: PartyUnit, cues: EventCues): boolean {
  if (u.prefix.replace(/^[وف]/u, "") !== "") return false;
  const before = tokens[u.first - 1];
  if (!before || before.sentence !== (tokens[u.first] as Token).sentence) return true;
  return !tokenIn(cues.preposition, before) || seatOf(tokens, u.first - 1, cues);
}

/**
 * The subject a sentence opens with, before token `before`: the first unit no preposition governs
 * (`قال وزير الخارجية الإيراني …`، `واستقبل الرئيس المصري …`), when it stands for a state.
 */
export function openingSubject(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  sentence: Pick<Sentence, "firstToken">,
  before: number,
  cues: EventCues,
): PartyUnit | null {
  const first = units.find(
    (u) => u.first >= sentence.firstToken && u.end <= before && !u.place && ungoverned(tokens, u, cues),
  );
  return first && stateful(first) ? first : null;
}

/**
 * `قال وزير الخارجية الهندي إن حكومته …`، `وأضاف أن بلاده …`: a state's pronoun stands for the state
 * of the nearest person named before it in its sentence, else of the sentence's opening subject,
 * else (no party before it in its sentence) of the previous sentence's opening subject.
 */
export function possessiveUnits(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  units: readonly PartyUnit[],
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_STATE_POSSESSIVE is read. */
  masks?: Uint8Array,
): PartyUnit[] {
  const keys = cues.statePossessive;
  const out: PartyUnit[] = [];
  const read = (t: Token, k: number) => {
    // The whole key, else the first bare form in the set: no array or object made per token.
    let prefix: string | null = keys.has(t.key) ? "" : null;
    if (prefix === null)
      for (const b of t.bare)
        if (keys.has(b.key)) {
          prefix = b.prefix;
          break;
        }
    if (prefix === null) return;
    const sentence = sentences[t.sentence] as Sentence;
    const earlier = units.filter((u) => u.first >= sentence.firstToken && u.end <= k && !u.place);
    let owner = possessor(tokens, units, sentence, k, cues);
    const previous = sentences[t.sentence - 1];
    if (!owner && earlier.length === 0 && previous)
      owner = openingSubject(tokens, units, previous, previous.endToken, cues);
    if (!owner) return;
    const text = t.text;
    out.push({
      first: k,
      end: k + 1,
      prefix,
      type: PRONOUN_UNIT,
      parties: owner.parties.map((p) => ({ entity: p.entity, text, country: p.country, sector: p.sector })),
      place: false,
    });
  };
  // A loop, not forEach: most tokens are passed over by their scan bit, with no call.
  for (let k = 0; k < tokens.length; k++)
    if (!masks || ((masks[k] as number) & SCAN_STATE_POSSESSIVE) !== 0) read(tokens[k] as Token, k);
  return out;
}

/** How many sentences back a quoted first-person act looks for the speaker's opening subject. */
const SPEAKER_REACH = 2;
/** How far from the speaker's name its speech verb may stand (`قال وزير الدفاع الإسرائيلي أفيغدور ليبرمان`). */
const SPOKE_REACH = 4;

/** A speech verb within reach before or after the unit, in its sentence. */
function spokeNear(tokens: readonly Token[], u: PartyUnit, sentence: Sentence, cues: EventCues): boolean {
  for (
    let k = Math.max(sentence.firstToken, u.first - SPOKE_REACH);
    k < Math.min(sentence.endToken, u.end + SPOKE_REACH);
    k++
  )
    if (tokenIn(cues.speech, tokens[k])) return true;
  return false;
}

/**
 * `… قال نتنياهو. وأضاف: "لن نسمح لإيران …"`: a first-person plural verb (`نسمح`، `سنرد`، `رفضنا`)
 * inside a quotation whose sentence names no speaker (the speech verb alone opens it) is the act of
 * the previous sentence's opening subject, when that stands for a state.
 */
export function quotedSpeaker(
  arabic: ArabicText,
  k: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  const { tokens } = arabic;
  const t = tokens[k] as Token;
  // لن نسمح: a refusal's particle opens the trigger; the person is on the verb after it.
  const verb = tokenIn(cues.negation, t) ? (tokens[k + 1] as Token | undefined) : t;
  const word = (verb?.text ?? "").replace(/[\u064B-\u0652\u0640]/gu, "");
  if (!/^[وف]?س?ن/u.test(word) && !/[^ا]نا$/u.test(word)) return null;
  const quote = arabic.quotes.find((q) => q.inner.start <= t.start && t.end <= q.inner.end);
  if (!quote) return null;
  const sentence = arabic.sentences[t.sentence] as Sentence;
  const previous = arabic.sentences[t.sentence - 1];
  if (!previous || quote.inner.start < sentence.start) return null;
  let opening = sentence.firstToken;
  while (opening < k && (tokens[opening] as Token).start < quote.inner.start) opening++;
  let speech = false;
  for (let j = sentence.firstToken; j < opening; j++) speech ||= tokenIn(cues.speech, tokens[j]);
  if (!speech || units.some((u) => u.first >= sentence.firstToken && u.first < opening)) return null;
  // وأضاف: "…". وتابع: "…": a run of such quotes goes back to the sentence that named the speaker.
  for (let i = t.sentence - 1; i >= Math.max(0, t.sentence - SPEAKER_REACH); i--) {
    const before = arabic.sentences[i] as Sentence;
    // A speaker is a person or an office (`قال ليبرمان`، `قال الوزير الإيراني`), not a state named in
    // passing (`في معهد واشنطن`، `القواعد في الإمارات`).
    const speaking = units.filter((u) => u.type === "PERSON" || u.type === "NISBA");
    const subject = openingSubject(tokens, speaking, before, before.endToken, cues);
    // …and the one that sentence has speak: a speech verb within reach of it (`قال ليبرمان`، `نتنياهو قال`).
    if (subject && spokeNear(tokens, subject, before, cues)) return subject;
  }
  return null;
}

/**
 * Who a possessive pronoun at token `k` stands for, in its own sentence: the speaker of the reported
 * clause that holds it, else the nearest person of a state named before it, else the sentence's
 * opening subject (`قال وزير الخارجية الهندي إن حكومته`، `قال ترامب إن مباحثاته مع كيم`).
 */
export function possessor(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  sentence: Pick<Sentence, "firstToken">,
  k: number,
  cues: EventCues,
): PartyUnit | null {
  const earlier = units.filter((u) => u.first >= sentence.firstToken && u.end <= k && !u.place);
  const person = [...earlier].reverse().find((u) => u.type === "PERSON" && stateful(u));
  return (
    speakerUnit(tokens, earlier, sentence, k, cues) ??
    person ??
    openingSubject(tokens, units, sentence, k, cues)
  );
}

/**
 * `قال مسؤول في وزارة الخارجية الأمريكية … إن بلاده`: the speaker of the reported clause that holds
 * token `k`, the first party after the speech verb and before the complementizer.
 */
function speakerUnit(
  tokens: readonly Token[],
  earlier: readonly PartyUnit[],
  sentence: Pick<Sentence, "firstToken">,
  k: number,
  cues: EventCues,
): PartyUnit | null {
  let speech = -1;
  let complementizer = -1;
  for (let j = sentence.firstToken; j < k; j++) {
    if (speech < 0 && tokenIn(cues.speech, tokens[j])) speech = j;
    else if (speech >= 0 && tokenIn(cues.complementizer, tokens[j])) {
      complementizer = j;
      break;
    }
  }
  if (complementizer < 0) return null;
  const unit = earlier.find((u) => u.first > speech && u.end <= complementizer);
  return unit && stateful(unit) ? unit : null;
}

// Parties told by a pronoun (docs/EVENTS.md "Parties by pronoun and back-reference"): `ودعاها`،
// `معها`، `عليه`. A reference unit has no party until the act's other side is known: a state does not
// act on itself, so its antecedent is the nearest one that is not that side's.

/** Unit types of a reference: a pronoun (`ها`، `ه`), by gender. */
const REFERENCES = new Set(["REF_F", "REF_M"]);

export const isReference = (u: PartyUnit): boolean => REFERENCES.has(u.type);

/** `معها`، `عليه` (a preposition with a pronoun): unresolved reference units. */
export function referenceUnits(
  tokens: readonly Token[],
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_PRONOUN_PREP is read. */
  masks?: Uint8Array,
) {
  const out: PartyUnit[] = [];
  const read = (t: Token, k: number) => {
    // The whole key, then each bare form: no array or object made per token.
    const whole = cues.pronounPrep.get(t.key);
    if (whole) {
      out.push(reference(k, whole.prep, whole.feminine));
      return;
    }
    for (const b of t.bare) {
      const prep = cues.pronounPrep.get(b.key);
      if (prep) {
        out.push(reference(k, b.prefix + prep.prep, prep.feminine));
        return;
      }
    }
  };
  for (let k = 0; k < tokens.length; k++)
    if (!masks || ((masks[k] as number) & SCAN_PRONOUN_PREP) !== 0) read(tokens[k] as Token, k);
  return out;
}

function reference(k: number, prefix: string, feminine: boolean): PartyUnit {
  return { first: k, end: k + 1, prefix, type: feminine ? "REF_F" : "REF_M", parties: [], place: false };
}

/** `ودعاها`، `اتهمه`: the object pronoun a trigger verb carries, as a reference unit (not `هما`، `هم`). */
export function objectReference(
  hit: TriggerHit,
  tokens: readonly Token[],
  cues: EventCues,
): PartyUnit | null {
  // Only a verb coordinated with و or ف (`ودعاها`، `واتهمه`) continues a clause that names the party,
  // or one right after a relative pronoun (`أوبك، التي انتقدها ترامب`) names its antecedent;
  // `في خطوة انتقدتها`، `غزاه` are far more often about a thing or a place.
  const opens = /^[وف]/u.test(hit.prefix) || tokenIn(cues.relative, tokens[hit.first - 1]);
  const object = hit.trigger.pos === "verb" && opens ? hit.trigger.object : undefined;
  if (object !== "ها" && object !== "ه") return null;
  return reference(hit.first, "", object === "ها");
}

/** The unit could be told by a feminine (a state, capital, ministry, a woman's title) or masculine pronoun. */
export function agrees(tokens: readonly Token[], u: PartyUnit, feminine: boolean): boolean {
  const head = (tokens[u.first] as Token).text.replace(/[\u064B-\u0652\u0640]/gu, "");
  const womanOrBody = head.endsWith("ة");
  if (feminine) return u.type === "GPE" || womanOrBody;
  return (u.type === "PERSON" || u.type === "NISBA") && !womanOrBody;
}

const NAMED = new Set(["GPE", "NISBA", "ORG", "PERSON"]);

/**
 * The antecedent of reference `ref`: walking back through its sentence and the one before, the
 * nearest unit its pronoun agrees with whose state is not one of `other` (the act's other side).
 * Unresolved (null) when that unit stands for no state, or, for a pronoun, another state is joined
 * to it by و (`بين كانبيرا وجاكرتا … معها`: equally near; `الأخيرة` is Jakarta).
 */
function antecedent(
  tokens: readonly Token[],
  text: string,
  sentences: readonly Sentence[],
  units: readonly PartyUnit[],
  ref: PartyUnit,
  other: ReadonlySet<string | null>,
  cues: EventCues,
): PartyUnit | null {
  const s = (tokens[ref.first] as Token).sentence;
  const feminine = ref.type === "REF_F";
  // ماكرون الذي التقته ماي، العقوبات التي فرضها ترامب: after a relative pronoun the pronoun is the
  // relative's antecedent, a party only when one ends right before it.
  const rel = [ref.first - 1, ref.first - 2].find((k) => tokenIn(cues.relative, tokens[k]));
  if (rel !== undefined) {
    const head = units.find((u) => u.end === rel && !u.place && NAMED.has(u.type));
    const ok =
      head &&
      agrees(tokens, head, feminine) &&
      stateful(head) &&
      !head.parties.every((p) => other.has(p.country));
    return ok ? head : null;
  }
  // A pronoun stands for a party of its own sentence.
  const from = (sentences[s] as Sentence).firstToken;
  const before = units.filter(
    (u) =>
      u.first >= from && u.end <= ref.first && !u.place && NAMED.has(u.type) && agrees(tokens, u, feminine),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    const u = before[i] as PartyUnit;
    if (u.parties.length > 0 && u.parties.every((p) => other.has(p.country))) continue;
    // منظمة التجارة العالمية: an international body is no state a pronoun resolves to.
    if (!stateful(u) || u.parties.some((p) => p.country === "IGO")) return null;
    // اتهمتها بعد الشكوى التي …: a definite noun of the pronoun's gender between may be what it stands for.
    if (nounBetween(tokens, units, u.end, ref.first, feminine)) return null;
    // غزاه بعد العراق: a state between may be what a masculine pronoun stands for.
    if (
      !feminine &&
      units.some(
        (v) =>
          v.first >= u.end &&
          v.end <= ref.first &&
          v.type === "GPE" &&
          v.parties.some((p) => !other.has(p.country)),
      )
    )
      return null;
    const prev = before[i - 1];
    // Two states named together: a pronoun could stand for either.
    if (prev && prev.end <= u.first && stateful(prev) && prev.parties.some((p) => !other.has(p.country))) {
      const gap = text.slice((tokens[prev.end - 1] as Token).end, (tokens[u.first] as Token).start);
      const joined = prev.end === u.first && (/^[\s،,]*و\s*$/u.test(gap) || u.prefix.startsWith("و"));
      if (joined && prev.parties.some((p) => !u.parties.some((q) => q.country === p.country))) return null;
    }
    return u;
  }
  return null;
}

/**
 * A definite noun outside any unit stands between tokens `from` and `to` that a pronoun of this
 * gender could stand for: with `ة` or a plural `ات` for ها (`الاتفاقية`، `العقوبات`), else for ه.
 */
function nounBetween(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  from: number,
  to: number,
  feminine: boolean,
): boolean {
  for (let k = from; k < to; k++) {
    if (units.some((u) => u.first <= k && k < u.end)) continue;
    const t = tokens[k] as Token;
    const word = [{ key: t.key }, ...t.bare].find((b) => b.key.startsWith("ال"));
    if (!word) continue;
    const text = t.text.replace(/[\u064B-\u0652\u0640]/gu, "");
    const female = text.endsWith("ة") || text.endsWith("ات");
    if (female === feminine) return true;
  }
  return false;
}

/**
 * The act's sides with their references resolved: an object pronoun on the verb is its recipient
 * (`ودعاها إلى زيارة بكين`: her, not Beijing); each reference takes its antecedent against the
 * other side's states (the actor's first), and one with none is dropped: then false, and the
 * caller reads the clause without references.
 */
export function resolveReferences(
  args: { actor: PartyUnit[]; recipient: PartyUnit[] },
  hit: TriggerHit,
  tokens: readonly Token[],
  text: string,
  sentences: readonly Sentence[],
  units: readonly PartyUnit[],
  cues: EventCues,
): boolean {
  // لديها، عليه: a pronoun on a preposition is never the act's subject; read the clause without it.
  if (args.actor.some((u) => u.type.startsWith("REF"))) return false;
  let resolved = true;
  const object = objectReference(hit, tokens, cues);
  if (object && hit.trigger.frame.includes("direct")) args.recipient = [object];
  const countries = (side: readonly PartyUnit[]) =>
    new Set(side.flatMap((u) => u.parties.map((p) => p.country)));
  const resolve = (side: PartyUnit[], other: readonly PartyUnit[]): PartyUnit[] => {
    const out: PartyUnit[] = [];
    for (const u of side) {
      if (!isReference(u)) {
        out.push(u);
        continue;
      }
      const a = antecedent(tokens, text, sentences, units, u, countries(other), cues);
      if (!a) {
        resolved = false;
        continue;
      }
      const word = (tokens[u.first] as Token).text;
      out.push({ ...u, type: a.type, parties: a.parties.map((p) => ({ ...p, text: word })) });
    }
    return out;
  };
  args.recipient = resolve(
    args.recipient,
    args.actor.filter((u) => !isReference(u)),
  );
  args.actor = resolve(args.actor, args.recipient);
  return resolved;
}
