// A detention told of its detainee: `القس الأمريكي المحتجز في تركيا`، `دبلوماسي إيراني محتجز في فرنسا`،
// `الصحفي، الذي اعتقل في طهران`. A participle or passive perfect of detaining
// (carrier `held` in triggers.tsv) right before في or لدى and a state is the act of that state (PLOVER COERCE,
// arrest); its target is the state of the nisba that names the detainee's nationality a few words
// before it, with only the detainee's name, a comma or a relative pronoun between. A nisba of the
// detaining state itself (`المدون السعودي المعتقل في السعودية`) is no act between states. Also here, the
// addressee of an accusative warning noun (`وجهت تركيا تحذيرا لدمشق`): the party right after it.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { mentionUnit } from "./backed.ts";
import type { EventCues } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";
import { keyOf } from "../arabic/normalize.ts";
import { passiveHeldSides } from "./passive-held.ts";

/** The key of لدى, made once. */
const HELD_BY = keyOf("لدى");
/** The key of قبل in `من قبل`, made once. */
const BY = keyOf("قبل");
/** The key of منذ, made once. */
const SINCE = keyOf("منذ");

/** How many words may stand between the detainee's nisba and the participle (a name, `الذي`). */
const NAME_REACH = 4;

const stateOf = (u: PartyUnit): string | null =>
  u.parties.length === 1 ? ((u.parties[0] as PartyUnit["parties"][number]).country ?? null) : null;

/** No sentence end between tokens `from` and `to` (commas and dashes may stand: an appositive name). */
function oneStretch(arabic: ArabicText, from: number, to: number): boolean {
  const a = arabic.tokens[from] as Token;
  const b = arabic.tokens[to] as Token;
  return a.sentence === b.sentence && !/[.:؛!?؟"«»()]/u.test(arabic.text.slice(a.end, b.start));
}

/**
 * The detaining state (the state right after في) and the detainee's state (the nisba a few words before
 * the participle), or null when the trigger is not told so.
 */
export function heldSides(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
  mentions: EntitiesResult["mentions"],
  cues: EventCues,
): { actor: PartyUnit[]; recipient: PartyUnit[] } | null {
  // اعتقل الطالب البريطاني في مطار دبي: the passive, its detainee right after it (passive-held.ts).
  const passive = passiveHeldSides(arabic, hit, units, mentions);
  if (passive !== undefined) return passive;
  // الأمريكيين المحتجزين من قبل الحكومة التركية: the passive's agent is the holder.
  const holder = agentAfter(arabic, hit.end, units, cues) ?? placeAfter(arabic, hit.end, mentions);
  const state = holder ? stateOf(holder) : null;
  if (!holder || !state || state === "IGO") return null;
  // The nearest party before the participle must be the detainee's nisba, a few words back.
  const before = units.filter((u) => u.end <= hit.first && hit.first - u.end <= NAME_REACH);
  const nisba = before[before.length - 1];
  if (!nisba || nisba.type !== "NISBA" || !oneStretch(arabic, nisba.end - 1, hit.first)) return null;
  const other = stateOf(nisba);
  if (!other || other === state || other === "IGO") return null;
  // Between the nisba and the participle: the detainee's name and a relative pronoun only, no verb of
  // another act (the nearest unit rule above keeps states out).
  for (let k = nisba.end; k < hit.first; k++)
    if (cues.speech.has((arabic.tokens[k] as Token).key)) return null;
  return { actor: [holder], recipient: [nisba] };
}

/**
 * The state after في or لدى (`المحتجز لدى تركيا`: لدى, "in the hands of", names the holder as في names the
 * place; branch force54), past a time of the detention (`المحتجز منذ عامين في تركيا`); else null.
 */
function placeAfter(arabic: ArabicText, end: number, mentions: EntitiesResult["mentions"]): PartyUnit | null {
  const at = heldPlaceAt(arabic, end);
  if (at < 0) return null;
  // في تركيا is a place, no party unit (units.ts): the state is read from its mention.
  const m = mentions.find((x) => x.firstToken === at + 1 && x.prefix === "" && x.type === "GPE");
  return m ? mentionUnit(m) : null;
}

/** The party right after `من قبل` (a state's body before its nisba: cue backed_body), else null. */
function agentAfter(
  arabic: ArabicText,
  end: number,
  units: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  // المحتجز لدى السلطات التركية: لدى before a state's body and its nisba names the holder as من قبل does.
  const from =
    arabic.tokens[end]?.key === "من" && arabic.tokens[end + 1]?.key === BY
      ? end + 2
      : arabic.tokens[end]?.key === HELD_BY
        ? end + 1
        : -1;
  if (from < 0) return null;
  const body = cues.backedBody.has((arabic.tokens[from] as Token | undefined)?.key ?? "") ? 1 : 0;
  const u = units.find((x) => x.first === from + body && x.prefix === "" && !x.place);
  if (u && (body === 0 || u.type === "NISBA")) return u;
  // الحكومة التركية read as one body: the unit opens on the body word itself (assault66).
  const whole = body === 1 ? units.find((x) => x.first === from && x.prefix === "" && !x.place) : undefined;
  return whole && whole.end === from + 2 ? whole : null;
}

/** How many words a time of the detention (`منذ نحو عامين`) may hold before its place. */
const TIME_REACH = 4;

/**
 * The token of في or لدى that opens the detention's place: right after the participle, or past a time
 * phrase (`منذ` and a few words, no comma or other mark); else -1.
 */
function heldPlaceAt(arabic: ArabicText, from: number): number {
  const isPlace = (k: number) => {
    const key = arabic.tokens[k]?.key;
    return key === "في" || key === HELD_BY;
  };
  if (isPlace(from)) return from;
  const first = arabic.tokens[from];
  if (first?.key !== SINCE) return -1;
  for (let k = from + 1; k <= from + TIME_REACH && k < arabic.tokens.length; k++) {
    if (!oneStretch(arabic, from, k)) return -1;
    if (isPlace(k)) return k;
  }
  return -1;
}

/**
 * `وجهت تركيا تحذيرا لدمشق`، `وجه تحذيرا إلى إسرائيل`: the accusative warning noun (carrier `addressed`)
 * is a threat only to a party named right after it, on ل or after إلى; a person or a body of no state
 * there (`تحذيرا لقائد الجيش`، `لقادة الدول الموقعة على المعاهدة`) gives none.
 */
export function addressee(
  arabic: ArabicText,
  hit: TriggerHit,
  units: readonly PartyUnit[],
): PartyUnit | null {
  const next = arabic.tokens[hit.end];
  const to = next?.key === "الي";
  const u = units.find((x) => x.first === (to ? hit.end + 1 : hit.end));
  if (!u || (to ? u.prefix.replace(/^[وف]/u, "") !== "" : u.prefix.replace(/^[وف]/u, "") !== "ل"))
    return null;
  return stateOf(u) === null ? null : u;
}
