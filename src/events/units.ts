// Party units: the spans of a document that can act in an event, each with its state.
import { allyOf, apposedAlly } from "./ally-of.ts";
import { keyOf } from "../arabic/normalize.ts";
import { BARE } from "../arabic/phrases.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { bodyNisbaUnheaded } from "./body-nisba.ts";
import { igoVenue } from "./igo-venue.ts";
import { leftBodyInPlan } from "./left-body.ts";
import { isPlace } from "./place-mentions.ts";
import { peopleNamesState } from "./people-plural.ts";
import { destinationVenues } from "./left-place.ts";
import { mediatedSides } from "./mediated-sides.ts";
import { appositiveNames } from "./named-sides.ts";
import { postSeats } from "./post-seat.ts";
import { stateNounSubject } from "./state-noun-subject.ts";
import { strikingCraft } from "./striking-craft.ts";
import { SCAN_NISBA, type ScanMasks } from "./scan.ts";
import { addDuals, NON_STATE_ACTOR } from "./unit-groups.ts";
import { halfUnits } from "./halves.ts";
import { nonStateBodyBefore } from "./nonstate-body.ts";
import { firmBefore } from "./holder-cues.ts";
import { gapIs } from "../arabic/gaps.ts";
import { candidateTokens } from "./candidate.ts";
import { creditedSources } from "./credited-source.ts";
import { detaineeUnit } from "./detainee-unit.ts";

/** Entity types that can act in an event; outlets and places cannot. */
const PARTY_TYPES = new Set(["PERSON", "ORG", "GPE"]);
/** Sectors whose people and bodies never act for a state. */
export const NOT_STATE = new Set(["JRN", "SOC"]);

/** Mentions that can act, nisbas outside mentions that name a side (`نظيره الصيني`), and duals (`الجانبان`). */
/** The unit type of goods' nisba (`المنتجات الصينية`): a party only of a tariff or embargo on them. */
export const GOODS_UNIT = "GOODS";
/** The unit type of a ship's flag (`ترفع علم السويد`، `العلم النرويجي`): a party only of its seizure. */
export const FLAG_UNIT = "FLAG";

export function partyUnits(
  arabic: ArabicText,
  found: EntitiesResult,
  covered: ReadonlySet<number>,
  lexicon: EntityLexicon,
  cues: EventCues,
  /**
   * The tokens' scan bits (`scanMasks`): nisbas only where SCAN_NISBA is set, duals and pair words
   * where SCAN_DUAL or SCAN_PAIR is.
   */
  masks?: ScanMasks,
): PartyUnit[] {
  // A person's title belongs to the person: its nisba and institutions are not parties of their own.
  const titled = new Set<number>();
  for (const m of found.mentions) for (let k = m.titleToken; k < m.firstToken; k++) titled.add(k);
  // مرشحة الرئاسة الفرنسية، مارين لوبان: a candidate and the title's nisba are no side (candidate.ts).
  for (const k of candidateTokens(arabic, found, cues)) titled.add(k);
  // المدعوم من روسيا وإيران: the backer and the states coordinated with it.
  const backers = new Set<number>();
  let backerEnd = -1;
  for (const m of [...found.mentions].sort((a, b) => a.firstToken - b.firstToken)) {
    // The gap's text only for a mention right after a backer's (a slice and a regex per mention before).
    const coordinated =
      m.firstToken === backerEnd &&
      m.prefix.startsWith("و") &&
      gapIs(
        arabic.text,
        arabic.tokens[backerEnd - 1]?.end ?? 0,
        arabic.tokens[m.firstToken]?.start ?? 0,
        "commas",
      );
    if (coordinated || backerOf(arabic, m.firstToken, m.prefix, cues)) {
      backers.add(m.firstToken);
      backerEnd = m.endToken;
    }
  }
  // A loop pushing into one array literal rather than filter/map: arrays made by `map` and by `[]`
  // differ in elements kind (and so in hidden class) by their length, and the functions that read
  // `units` were compiled again for each.
  const units: PartyUnit[] = [];
  // The tokens right after a named party (not a state noun): a state noun there is the verb's object.
  const partyEnds = new Map<number, string>();
  /** The named parties with no proclitic, by first token: a state noun right before one is a subject. */
  const partyStarts = new Map<number, string>();
  for (const m of found.mentions)
    if (PARTY_TYPES.has(m.type) && m.via !== "noun" && m.country !== null) {
      partyEnds.set(m.endToken, m.country);
      if (m.prefix === "") partyStarts.set(m.firstToken, m.country);
    }
  // المبعوث الأممي إلى سوريا ستافان دي ميستورا: the seat of an envoy's post is no party.
  const posts = postSeats(arabic, found.mentions, cues);
  // متجها إلى سنغافورة لعقد قمته مع زعيم كوريا الشمالية: the destination is the meeting's venue.
  const venues = destinationVenues(arabic, found.mentions, cues);
  // الوسيط بين الكرملين وحملة ترامب: the sides a go-between stands between.
  const mediated = mediatedSides(arabic, found.mentions, cues, masks);
  // …، وفقا للأمم المتحدة: the source a sentence credits at its end tells the act, no side of it.
  const credited = creditedSources(arabic, found, cues);
  for (const m of found.mentions) {
    if (posts.seats.has(m.firstToken) || venues.has(m.firstToken) || mediated.has(m.firstToken)) continue;
    if (credited.has(m.firstToken)) continue;
    // Journalists (JRN) report events and civil society (SOC: Amnesty, think tanks) comments on
    // them; neither is a state party.
    if (!PARTY_TYPES.has(m.type) || titled.has(m.firstToken)) continue;
    // الصحفي البريطاني جون سميث: no party, but the target of his arrest (detainee-unit.ts).
    const detainee = NOT_STATE.has(m.sector ?? "") ? detaineeUnit(m) : undefined;
    if (detainee) units.push(detainee);
    if (detainee !== undefined) continue;
    // المملكة for Saudi Arabia is a mention of the state; as a party it is read only with a proclitic
    // preposition (`انتقادات وجهها وزير الخارجية الألماني للمملكة`): as a subject it gave 18 right
    // events of 39 on the corpus, with ل 4 of 5 (docs/EVENTS.md, "Eighth pass").
    if (
      m.via === "noun" &&
      m.prefix.replace(/^[وف]/u, "") === "" &&
      !stateNounObject(arabic, lexicon, m, partyEnds) &&
      !stateNounSubject(arabic, m, partyStarts)
    )
      continue;
    // خلال جلسة لمجلس الأمن، أمام مجلس الأمن: an international body as a venue is no party.
    if (igoVenue(arabic, m, cues) || leftBodyInPlan(arabic, m, cues)) continue; // خطتها للخروج من الاتحاد (left-body.ts)
    const place = isPlace(arabic, m, cues);
    // بالصين may be "in China" or the object of اعترف ب: kept, marked, for a frame that takes ب.
    if (place && !(m.type === "GPE" && m.prefix.replace(/^[وف]/u, "") === "ب")) continue;
    // وكالة تونس أفريقيا للأنباء: a state inside an outlet's name; النظام السوري المدعوم من روسيا: a backer;
    // المرصد السوري لحقوق الإنسان ومقره بريطانيا: the seat of a body (cue venue_seat), no party.
    if (inOutletName(arabic, m, cues) || backers.has(m.firstToken)) continue;
    if (m.type === "GPE" && m.prefix === "" && tokenIn(cues.venueSeat, arabic.tokens[m.firstToken - 1]))
      continue;
    // زيارة راب إلى بروكسل، مسؤولون من واشنطن وبروكسل: a capital that news names for the international
    // bodies seated there (the EU, NATO; cue body_seat) is the state's mention, never its party.
    if (
      m.type === "GPE" &&
      m.endToken - m.firstToken === 1 &&
      tokenIn(cues.bodySeat, arabic.tokens[m.firstToken])
    )
      continue;
    // سفينة ترفع علم السويد: a state named as a flag is no party, but the flag state of a ship seized or
    // stopped (flag-recipient.ts).
    if (m.type === "GPE" && flagBefore(arabic, m.titleToken, m.prefix, cues)) {
      units.push({
        first: m.titleToken,
        end: m.endToken,
        prefix: m.prefix,
        type: FLAG_UNIT,
        parties: [{ entity: m.entity, text: m.text, country: m.country, sector: null }],
        place: true,
      });
      continue;
    }
    units.push({
      first: posts.starts.get(m.titleToken) ?? posts.bodyTitles.get(m.firstToken) ?? m.titleToken,
      end: m.endToken,
      prefix: posts.bodyTitles.has(m.firstToken) ? "" : m.prefix,
      type: m.type,
      parties: [
        {
          entity: m.entity,
          text: m.text,
          country: NON_STATE_ACTOR.has(m.sector ?? "") ? null : m.country,
          sector: m.sector,
        },
      ],
      place,
    });
  }
  // صحيفة واشنطن بوست الأمريكية: a nisba right after an outlet, place or channel is that one's adjective.
  const describes = new Set(found.mentions.filter((m) => !PARTY_TYPES.has(m.type)).map((m) => m.endToken));
  /** End tokens of nisbas that describe a thing (`الشركات الصينية`), so a coordinated one does too (`والإسرائيلية`). */
  const thing = new Set<number>();
  const read = (t: Token, k: number) => {
    // موفد الأمم المتحدة لليمن الموريتاني: the envoy's nationality (post-seat.ts).
    if (covered.has(k) || titled.has(k) || describes.has(k) || posts.envoyNisba.has(k)) return;
    const m = lexicon.index.matchAt(arabic.tokens, k, BARE);
    const nisba = m?.values.find((v) => v.kind === "nisba");
    if (!m || !nisba || bodyNisbaUnheaded(arabic, lexicon, cues, nisba, k)) return;
    // طرد دبلوماسيين روس، شركائه الإيرانيين والروس: a people's broken plural names a state only as the
    // adjective of diplomats or beside another nisba (people-plural.ts); alone (`الروس`) it is a people.
    if (tokenIn(cues.peoplePlural, t) && !peopleNamesState(arabic.tokens, k, m.prefix, cues, lexicon)) return;
    // رسوم على المنتجات الصينية: goods' nisba, kept as a place is (no party but of a frame that asks for it).
    if (tokenIn(cues.goodsHead, arabic.tokens[k - 1]) || tokenIn(cues.goodsHead, arabic.tokens[k - 2])) {
      const last = arabic.tokens[m.end - 1] as Token;
      units.push({
        first: k,
        end: m.end,
        prefix: m.prefix,
        type: GOODS_UNIT,
        parties: [
          { entity: null, text: arabic.text.slice(t.start, last.end), country: nisba.country, sector: null },
        ],
        place: true,
      });
      thing.add(m.end);
      return;
    }
    // ترفع العلم النرويجي: a flag's nisba, kept as goods' is (a party only of a ship's seizure).
    if (flagBefore(arabic, k, m.prefix, cues)) {
      const last = arabic.tokens[m.end - 1] as Token;
      const text = arabic.text.slice(t.start, last.end);
      units.push({
        first: k,
        end: m.end,
        prefix: m.prefix,
        type: FLAG_UNIT,
        parties: [{ entity: null, text, country: nisba.country, sector: null }],
        place: true,
      });
      thing.add(m.end);
      return;
    }
    if (
      (tokenIn(cues.nisbaNotParty, arabic.tokens[k - 1]) && !strikingCraft(arabic.tokens, k, m.end, cues)) ||
      // شركة توتال الفرنسية، الخطوط الجوية الماليزية، وسائل إعلام فرنسية: a firm's or its outlets' nationality.
      firmBefore(arabic, k, cues) ||
      // رئيس نادي الزمالك المصري، جماعة "أنصار الله" اليمنية: a club's, party's or movement's nationality.
      nonStateBodyBefore(arabic, k, cues) ||
      // والإسرائيلية، or stacked with no و (`مواطن مصري أمريكي`، `الشركات الصينية الأمريكية`).
      (thing.has(k) && (m.prefix.startsWith("و") || m.prefix === "")) ||
      // الاتحاد الألماني لكرة القدم: a sports body's or team's nisba.
      tokenIn(cues.sportTail, arabic.tokens[m.end]) ||
      backerOf(arabic, k, m.prefix, cues)
    ) {
      thing.add(m.end);
      return;
    }
    for (let d = k; d < m.end; d++) if (covered.has(d)) return;
    // نظيره الصيني: the counterpart word and its preposition belong to the unit.
    const prev = arabic.tokens[k - 1];
    const counterpart = prev && tokenIn(cues.counterpart, prev) ? prev : null;
    const prefix = counterpart
      ? (counterpart.bare.find((b) => cues.counterpart.has(b.key))?.prefix ?? "")
      : m.prefix;
    const last = arabic.tokens[m.end - 1] as Token;
    const text = arabic.text.slice((counterpart ?? t).start, last.end);
    units.push({
      first: counterpart ? k - 1 : k,
      end: m.end,
      prefix,
      type: "NISBA",
      parties: [{ entity: null, text, country: nisba.country, sector: null }],
      place: false,
    });
  };
  // No phrase with a nisba begins at a token without SCAN_NISBA: a loop passes over it, no call.
  for (let k = 0; k < arabic.tokens.length; k++)
    if (!masks || ((masks[k] as number) & SCAN_NISBA) !== 0) read(arabic.tokens[k] as Token, k);
  units.sort((a, b) => a.first - b.first);
  // A nisba right before a person or body of its own state is that one's adjective (الرئيس الصيني شي),
  // and so is one in the title set off by a comma after a person of its state (`صائب عريقات، كبير
  // المفاوضين الفلسطينيين،`).
  // بنظيريه الروسي، فلاديمير بوتين، والتركي: a comma-set name takes its nisba (named-sides.ts).
  const sides = appositiveNames(arabic, units, cues);
  const pruned = sides.filter((u, k) => {
    const next = sides[k + 1];
    if (u.type === "NISBA" && next && next.first === u.end && country(next) === country(u)) return false;
    return !(u.type === "NISBA" && appositive(arabic, lexicon, sides[k - 1], u));
  });
  // ونظيره الشمالي … واتفق الزعيمان: the other half of a divided state is one of the two sides a dual after
  // it stands for; the half units themselves are added later, with the document's other units.
  const halves = halfUnits(arabic, pruned, covered, cues);
  if (halves.length === 0) return addDuals(arabic, pruned, covered, cues, masks);
  const withHalves = [...pruned, ...halves].sort((a, b) => a.first - b.first);
  return addDuals(arabic, withHalves, covered, cues, masks).filter((u) => !halves.includes(u));
}

/** A flag word right before the token at `k` (`علم السويد`، `العلم النرويجي`), with no proclitic on the name. */
function flagBefore(arabic: ArabicText, k: number, prefix: string, cues: EventCues): boolean {
  return prefix === "" && tokenIn(cues.flagHead, arabic.tokens[k - 1]);
}

/** A state right after an outlet head (`وكالة تونس أفريقيا للأنباء`) is part of the outlet's name. */
function inOutletName(arabic: ArabicText, m: EntitiesResult["mentions"][number], cues: EventCues): boolean {
  return m.type === "GPE" && m.prefix === "" && tokenIn(cues.mediaHead, arabic.tokens[m.firstToken - 1]);
}

/**
 * `المدعوم من روسيا وإيران`، `الموالية لإيران`: a state after a backing participle (with من or ل
 * between, or ل on the name) names who backs a group, not a party of the act.
 */
export function backerOf(arabic: ArabicText, at: number, prefix: string, cues: EventCues): boolean {
  const { tokens } = arabic;
  const bare = prefix.replace(/^[وف]/u, "");
  if (bare === "ل" || bare === "") {
    if (tokenIn(cues.backer, tokens[at - 1])) return bare === "ل" || apposedAlly(arabic, at);
    if (allyOf(tokens, at, bare, cues)) return true;
    const prep = tokens[at - 1];
    if (bare === "" && (prep?.key === "من" || prep?.key === "ل") && tokenIn(cues.backer, tokens[at - 2]))
      return true;
    // المدعومة من قبل روسيا: the agent word between من and the backer.
    return (
      bare === "" &&
      tokenIn(cues.agentHead, prep) &&
      tokens[at - 2]?.key === "من" &&
      tokenIn(cues.backer, tokens[at - 3])
    );
  }
  return false;
}

/** How many words an appositive title may put between the comma and its nisba (`كبير المفاوضين`). */
const APPOSITIVE_TITLE_TOKENS = 3;

/** The nisba ends a title set off by a comma right after a person of its state. */
function appositive(
  arabic: ArabicText,
  lexicon: EntityLexicon,
  person: PartyUnit | undefined,
  nisba: PartyUnit,
): boolean {
  if (person?.type !== "PERSON" || country(person) !== country(nisba)) return false;
  const gap = nisba.first - person.end;
  if (gap < 1 || gap > APPOSITIVE_TITLE_TOKENS) return false;
  // The words after the comma are a title (`وزير الخارجية`، `كبير المفاوضين`), not the clause going on.
  const title = lexicon.index.matchAt(arabic.tokens, person.end, BARE);
  if (!title?.values.some((v) => v.kind === "role") || title.end !== nisba.first) return false;
  const after = arabic.tokens[person.end] as Token;
  const last = arabic.tokens[person.end - 1] as Token;
  return gapIs(arabic.text, last.end, after.start, "comma");
}

function country(u: PartyUnit): string | null {
  return u.parties[0]?.country ?? null;
}

/** The key of مع, which a border word takes before the neighbour (`على الحدود مع العراق`). */
const WITH_KEY = keyOf("مع");
/** How far before the border word the place it locates may be named (`ولاية كونار شرقي أفغانستان على الحدود`). */
const BORDER_PLACE_REACH = 6;

/**
 * `في قرية سورية على الحدود مع العراق`، `في مدينة الرمثا شمالي الأردن على الحدود مع سوريا`: a state after a
 * word of a border (cue border_head) and مع, or with ل right after one, that locates a place named just
 * before (cue place_head) is that place's neighbour, not the place. Troops massed on the border with a
 * state (`عززت قواتها على الحدود مع سوريا`), with no place before, keep it.
 */
export function acrossBorder(
  tokens: readonly Token[],
  first: number,
  prefix: string,
  cues: EventCues,
): boolean {
  const before = tokens[first - 1];
  let border = -1;
  if (/^[وف]?ل$/u.test(prefix)) border = tokenIn(cues.borderHead, before) ? first - 1 : -1;
  else if (before !== undefined && before.key === WITH_KEY && tokenIn(cues.borderHead, tokens[first - 2]))
    border = first - 2;
  if (border < 0) return false;
  const sentence = (tokens[border] as Token).sentence;
  for (let k = border - 1; k >= Math.max(0, border - BORDER_PLACE_REACH); k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence) return false;
    if (tokenIn(cues.placeHead, t)) return true;
  }
  return false;
}

/**
 * `على` as token keys spell it (ى folded into ي): `عقوبات على المملكة`، `إن على المملكة أن`. `إلى` and `تجاه`
 * were tried: 1 right of 3 (a Saudi consul `متجها إلى المملكة` read as a Turkish visit).
 */
const ON_KEY = "علي";

/**
 * `وانتقدت كندا المملكة`، `وطالبت ألمانيا المملكة بالكشف`، `إن على المملكة أن تثبت`، `عقوبات على المملكة`: a
 * state noun right after a named party of its sentence (the object after a verb's subject) or after `على`
 * is the act's other side, not the subject the eighth pass found weak (`حذرت المملكة من أن …`). Party22.
 */
function stateNounObject(
  arabic: ArabicText,
  lexicon: EntityLexicon,
  m: EntitiesResult["mentions"][number],
  partyEnds: ReadonlyMap<number, string>,
): boolean {
  if (m.prefix !== "") return false;
  const before = arabic.tokens[m.firstToken - 1];
  if (!before || before.sentence !== (arabic.tokens[m.firstToken] as Token).sentence) return false;
  if (before.key === ON_KEY) return true;
  // A subject of the noun's own state before it (`أكد السفير السعودي المملكة …`) is no verb's subject
  // with the noun as its object.
  const subject = partyEnds.get(m.firstToken);
  if (subject !== undefined) return subject !== m.country;
  // وانتقد وزير الخارجية الكندي المملكة: a titled subject's nisba (one or two words) right before.
  for (let k = m.firstToken - 1; k >= Math.max(0, m.firstToken - 2); k--) {
    const x = lexicon.index.matchAt(arabic.tokens, k, BARE);
    if (!x || x.end !== m.firstToken || x.prefix !== "") continue;
    if (x.values.some((v) => v.kind === "nisba" && v.country !== m.country)) return true;
  }
  return false;
}
