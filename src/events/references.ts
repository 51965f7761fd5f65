// Parties told by a pronoun (docs/EVENTS.md "Parties by pronoun and back-reference"): which party
// `ودعاها`، `معها`، `عليه` stands for. A reference unit has no party until the act's other side is
// known: a state does not act on itself, so its antecedent is the nearest one that is not that
// side's. Split from anaphora.ts, which keeps a state's possessive pronoun (`بلاده`).
import { keyOf } from "../arabic/normalize.ts";
import type { Sentence, Token } from "../pipeline/types.ts";
import { stateful } from "./stateful.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { SCAN_PRONOUN_PREP, type ScanMasks } from "./scan.ts";
import type { TriggerHit } from "./triggers.ts";
import { unmarked } from "../arabic/regexes.ts";
import { statesOfUnits } from "./clause-units.ts";

/** Unit types of a reference: a pronoun (`ها`، `ه`), by gender. */
const REFERENCES = new Set(["REF_F", "REF_M"]);

export const isReference = (u: PartyUnit): boolean => REFERENCES.has(u.type);

/** `معها`، `عليه` (a preposition with a pronoun): unresolved reference units. */
export function referenceUnits(
  tokens: readonly Token[],
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_PRONOUN_PREP is read. */
  masks?: ScanMasks,
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

/** `إيا`، the carrier of a participle's object pronoun (`واصفة إياها`). */
const CARRIER = keyOf("إيا");

/**
 * `ردت زاخاروفا على تصريحات جونسون واصفة إياها`: a participle's object pronoun that agrees with no
 * party stands for the thing the clause before it acted on (statements, a decision), and the act is
 * aimed at its owner: the nearest party before it in its sentence that is not the other side's, when it is
 * a person or body of a state, of any gender. None when that nearest party is a state, or of no state.
 */
function owner(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  ref: PartyUnit,
  other: ReadonlySet<string | null>,
): PartyUnit | null {
  const s = (tokens[ref.first] as Token).sentence;
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as PartyUnit;
    if (u.end > ref.first || u.place || !NAMED.has(u.type)) continue;
    if ((tokens[u.first] as Token).sentence !== s) break;
    if (u.parties.length > 0 && u.parties.every((p) => other.has(p.country))) continue;
    // A state or its nisba would agree with the pronoun had it been meant: the owner is a person or body.
    const person = u.type === "PERSON" || u.type === "ORG";
    return person && stateful(u) && !u.parties.some((p) => p.country === "IGO") ? u : null;
  }
  return null;
}

/** The unit could be told by a feminine (a state, capital, ministry, a woman's title) or masculine pronoun. */
export function agrees(tokens: readonly Token[], u: PartyUnit, feminine: boolean): boolean {
  const head = unmarked((tokens[u.first] as Token).text);
  const womanOrBody = head.endsWith("ة");
  if (feminine) return u.type === "GPE" || womanOrBody;
  return (u.type === "PERSON" || u.type === "NISBA") && !womanOrBody;
}

const NAMED = new Set(["GPE", "NISBA", "ORG", "PERSON"]);

/**
 * `رحبت روسيا بتركيا مطالبة إياها`، `اتصلت بكين بطوكيو وحثتها`: a state after ب is kept as a place unit
 * (`بالصين` may be "in China"), yet a pronoun after it may tell it, as it tells the object of a verb
 * whose preposition is ب. Only a state's own name, not a flag or goods' nisba kept as a place.
 */
function objectOfBa(u: PartyUnit): boolean {
  return u.type === "GPE" && u.prefix.replace(/^[وف]/u, "") === "ب";
}

/** The unit as a party: a state after ب (`objectOfBa`) counts as a state, not as the place it may be. */
const unplaced = (u: PartyUnit): PartyUnit => (u.place && objectOfBa(u) ? { ...u, place: false } : u);

/**
 * `استهزأ ترامب بزعيم كوريا الشمالية … وهدده`: a state that is the genitive of a man's title (`زعيم`،
 * `رئيس`، `أمير`) stands for its leader, whom a masculine pronoun may tell.
 */
function leaderOf(tokens: readonly Token[], u: PartyUnit, cues: EventCues): boolean {
  const title = tokens[u.first - 1];
  return (
    u.type === "GPE" &&
    u.prefix === "" &&
    tokenIn(cues.constructTitle, title) &&
    !unmarked((title as Token).text).endsWith("ة")
  );
}

/**
 * The antecedent of reference `ref`: walking back through its sentence and the one before, the
 * nearest unit its pronoun agrees with whose state is not one of `other` (the act's other side).
 * Unresolved (null) when that unit stands for no state, or, for a pronoun, another state is joined
 * to it by و (`بين كانبيرا وجاكرتا … معها`: equally near; `الأخيرة` is Jakarta).
 */
export function antecedent(
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
      u.first >= from &&
      u.end <= ref.first &&
      !unplaced(u).place &&
      NAMED.has(u.type) &&
      (agrees(tokens, u, feminine) || (!feminine && leaderOf(tokens, u, cues))),
  );
  for (let i = before.length - 1; i >= 0; i--) {
    const u = before[i] as PartyUnit;
    if (u.parties.length > 0 && u.parties.every((p) => other.has(p.country))) continue;
    // منظمة التجارة العالمية: an international body is no state a pronoun resolves to.
    if (!stateful(unplaced(u)) || u.parties.some((p) => p.country === "IGO")) return null;
    // اتهمتها بعد الشكوى التي …: a definite noun of the pronoun's gender between may be what it stands for.
    if (nounBetween(tokens, units, u.end, ref.first, feminine, cues)) return null;
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
    if (
      prev &&
      prev.end <= u.first &&
      stateful(unplaced(prev)) &&
      prev.parties.some((p) => !other.has(p.country))
    ) {
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
  cues: EventCues,
): boolean {
  for (let k = from; k < to; k++) {
    if (units.some((u) => u.first <= k && k < u.end)) continue;
    const t = tokens[k] as Token;
    // إلى، الى: a preposition whose key opens with ال is no noun.
    if (tokenIn(cues.preposition, t)) continue;
    const word = [{ key: t.key }, ...t.bare].find((b) => b.key.startsWith("ال"));
    if (!word) continue;
    const text = unmarked(t.text);
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
  const resolve = (side: PartyUnit[], other: readonly PartyUnit[]): PartyUnit[] => {
    const out: PartyUnit[] = [];
    for (const u of side) {
      if (!isReference(u)) {
        out.push(u);
        continue;
      }
      const a =
        antecedent(tokens, text, sentences, units, u, statesOfUnits(other), cues) ??
        (u.prefix === CARRIER && u.first === hit.end ? owner(tokens, units, u, statesOfUnits(other)) : null);
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
