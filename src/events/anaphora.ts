// Parties outside the trigger's clause: a state's pronoun (`بلاده`، `حكومته`، `وزارتها`) is a party
// unit of the state of the speaker, person or subject named before it.
import type { Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { seatOf } from "./units.ts";

/** The unit type of a state's pronoun. */
export const PRONOUN_UNIT = "PRONOUN";

/** The possessive pronouns of one person or body: his, her. */
const OWNER_SUFFIXES = ["ه", "ها"];

/** The keys `بلاده`، `حكومتها` … of the cue words `state_possessive`, with their pronoun. */
function possessiveKeys(cues: EventCues): Set<string> {
  const keys = new Set<string>();
  for (const word of cues.statePossessive) {
    // Keys fold ة into ه: حكومة → حكومه, written حكومت before a pronoun.
    const host = word.endsWith("ه") ? `${word.slice(0, -1)}ت` : word;
    for (const s of OWNER_SUFFIXES) keys.add(host + s);
  }
  return keys;
}

/** Sectors of a state's people and bodies: government, diplomacy, armed forces, parliament, intelligence. */
const STATE_SECTORS = new Set(["GOV", "DIP", "MIL", "LEG", "SPY"]);

/**
 * A unit stands for a state or a state's official: a state, a nisba title (`الرئيس المصري`), or a
 * person or body of a state's sector; not a company, a group or a person with no office.
 */
function stateful(u: PartyUnit): boolean {
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
function openingSubject(
  tokens: readonly Token[],
  units: readonly PartyUnit[],
  sentence: Sentence,
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
): PartyUnit[] {
  const keys = possessiveKeys(cues);
  const out: PartyUnit[] = [];
  tokens.forEach((t, k) => {
    const form = [{ prefix: "", key: t.key }, ...t.bare].find((b) => keys.has(b.key));
    if (!form) return;
    const sentence = sentences[t.sentence] as Sentence;
    const earlier = units.filter((u) => u.first >= sentence.firstToken && u.end <= k && !u.place);
    const person = [...earlier].reverse().find((u) => u.type === "PERSON" && stateful(u));
    let owner =
      speakerUnit(tokens, earlier, sentence, k, cues) ??
      person ??
      openingSubject(tokens, units, sentence, k, cues);
    const previous = sentences[t.sentence - 1];
    if (!owner && earlier.length === 0 && previous)
      owner = openingSubject(tokens, units, previous, previous.endToken, cues);
    if (!owner) return;
    const text = t.text;
    out.push({
      first: k,
      end: k + 1,
      prefix: form.prefix,
      type: PRONOUN_UNIT,
      parties: owner.parties.map((p) => ({ entity: p.entity, text, country: p.country, sector: p.sector })),
      place: false,
    });
  });
  return out;
}

/**
 * `قال مسؤول في وزارة الخارجية الأمريكية … إن بلاده`: the speaker of the reported clause that holds
 * token `k`, the first party after the speech verb and before the complementizer.
 */
function speakerUnit(
  tokens: readonly Token[],
  earlier: readonly PartyUnit[],
  sentence: Sentence,
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
