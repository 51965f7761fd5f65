// Parties outside the trigger's clause: a state's pronoun (`بلاده`، `حكومته`، `وزارتها`) is a party
// unit of the state of the speaker, person or subject named before it. A pronoun on a verb or a
// preposition (`ودعاها`، `معها`) is read in references.ts.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { stateful } from "./stateful.ts";
import { apposedOffice } from "./apposed-office.ts";
import { statesOfUnits } from "./clause-units.ts";
import type { TriggerHit } from "./triggers.ts";
import { type EventCues, isComplementizer, tokenIn } from "./cues.ts";
import { quoteAt } from "./quotes.ts";
import { SCAN_STATE_POSSESSIVE, type ScanMasks } from "./scan.ts";
import { seatOf } from "./place-mentions.ts";
import { unmarked } from "../arabic/regexes.ts";

/** The unit type of a state's pronoun. */
export const PRONOUN_UNIT = "PRONOUN";

/** The unit is its clause's subject: no preposition governs it (a seat like `السلطات في` aside). */
export function ungoverned(tokens: readonly Token[], u: PartyUnit, cues: EventCues): boolean {
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
 * `… قال نتنياهو. واتهم إيران بـ…`، `… . وأعرب عن شكره لبريطانيا`: a verb that opens its sentence with و and
 * names no subject (or one after an opening `كما`) continues the previous sentence's opening subject (`openingSubject`), unless that
 * subject is of a state of `others` (the side accused or praised); null when there is none.
 */
export function previousOpener(
  arabic: ArabicText,
  units: readonly PartyUnit[],
  sentenceIndex: number,
  hit: TriggerHit,
  others: readonly PartyUnit[],
  cues: EventCues,
): PartyUnit | null {
  const sentence = arabic.sentences[sentenceIndex];
  const previous = arabic.sentences[sentenceIndex - 1];
  if (!sentence || !previous || hit.trigger.pos !== "verb") return null;
  // `… . كما هدد أيضا بفرض رسوم`: a verb right after a sentence-opening كما ("likewise") continues too.
  const likewise =
    hit.first === sentence.firstToken + 1 &&
    hit.prefix === "" &&
    unmarked((arabic.tokens[sentence.firstToken] as Token).text) === "كما";
  if (!likewise && (hit.first !== sentence.firstToken || !hit.prefix.startsWith("و"))) return null;
  const owner = openingSubject(arabic.tokens, units, previous, previous.endToken, cues);
  const against = statesOfUnits(others);
  return owner && owner.parties.every((p) => !against.has(p.country)) ? owner : null;
}

/**
 * `قال وزير الخارجية الهندي إن حكومته …`، `وأضاف أن بلاده …`: a state's pronoun stands for the state of its
 * sentence's `possessor` (the one a noun of announcing names right before it, else the reported clause's
 * speaker, else the nearest person, else the opening subject), else (no party before it in its sentence) of
 * the previous sentence's opening subject.
 */
export function possessiveUnits(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  units: readonly PartyUnit[],
  cues: EventCues,
  /** The tokens' scan bits (`scanMasks`): only a token with SCAN_STATE_POSSESSIVE is read. */
  masks?: ScanMasks,
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
export function spokeNear(
  tokens: readonly Token[],
  u: PartyUnit,
  sentence: Sentence,
  cues: EventCues,
): boolean {
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
  const word = unmarked(verb?.text ?? "");
  // أشكر: a first person singular is known only by its listed form (أ opens perfects too: أشاد).
  if (!/^[وف]?س?ن/u.test(word) && !/[^ا]نا$/u.test(word) && !tokenIn(cues.wePraise, verb)) return null;
  const quote = quoteAt(arabic, k);
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
    // قال فرانك مولر، المسؤول في الخارجية الألمانية، إن …: a name of no known state speaks for its office.
    const office = apposedOffice(arabic, units, before, cues);
    if (office) return office;
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
    announcer(tokens, earlier, sentence, k, cues) ??
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
    else if (speech >= 0 && isComplementizer(tokens[j], cues)) {
      complementizer = j;
      break;
    }
  }
  if (complementizer < 0) return null;
  const unit = earlier.find((u) => u.first > speech && u.end <= complementizer);
  return unit && stateful(unit) ? unit : null;
}

/** How far back from a state's pronoun the noun of announcing that names its owner may stand. */
const ANNOUNCED_REACH = 8;

/**
 * `قال السفير …، تعليقا على إعلان الرئيس الأمريكي انسحاب بلاده`: the party named
 * right after a noun of announcing (cue `announce_noun`) shortly before the pronoun announces, and the
 * pronoun is his, not the speaker's.
 */
function announcer(
  tokens: readonly Token[],
  earlier: readonly PartyUnit[],
  sentence: Pick<Sentence, "firstToken">,
  k: number,
  cues: EventCues,
): PartyUnit | null {
  for (let j = k - 1; j >= Math.max(sentence.firstToken, k - ANNOUNCED_REACH); j--) {
    // بعد إعلان الرئيس الأمريكي، إن بلاده: a clause opened after the noun is the speaker's.
    if (isComplementizer(tokens[j], cues)) return null;
    if (!tokenIn(cues.announceNoun, tokens[j])) continue;
    // إعلان الرئيس الأمريكي: a title's nisba stands for the title.
    const titled = tokenIn(cues.titleObject, tokens[j + 1]) ? j + 2 : j + 1;
    const unit = earlier.find((u) => (u.first === j + 1 || u.first === titled) && u.prefix === "");
    return unit && stateful(unit) ? unit : null;
  }
  return null;
}
