// Clause helpers: how a clause's party units group (`بكين وواشنطن`) and what stands between them.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import type { TriggerHit } from "./triggers.ts";
import { isComplementizer, tokenIn } from "./cues.ts";
import { seatOf } from "./place-mentions.ts";
import { gapIs, markBetween } from "../arabic/gaps.ts";
import { bracketJoined, listJoined } from "./list-joins.ts";
import { ownVerbConjunct } from "./own-verb-conjunct.ts";

/** How far after a noun trigger its genitive party may stand (`لقاء الرئيس الصيني شي`). */
export const GENITIVE_REACH = 4;
/** How far after a preposition its party may stand (`مع الرئيس الأمريكي جو بايدن`). */
export const PREP_REACH = 4;

/** How far after a noun trigger its relative clause may open (`المناورات الواسعة التي`). */
export const RELATIVE_REACH = 3;

/** Two units joined by و belong to one compound party (`بكين وواشنطن`, `روسيا، والصين`). */
export function joined(c: Clause, a: PartyUnit, b: PartyUnit): boolean {
  const gap = c.text.slice((c.tokens[a.end - 1] as Token).end, (c.tokens[b.first] as Token).start);
  // الرئيسين الإيراني حسن روحاني والتركي أردوغان: the second leader's nisba, in و, stands between
  // two named persons of two states (a dual title shared by both).
  if (
    a.type === "PERSON" &&
    b.type === "PERSON" &&
    b.first === a.end + 1 &&
    /^\s+وال\S+ي\s+$/u.test(gap) &&
    a.parties[0]?.country !== b.parties[0]?.country
  )
    return true;
  // وفد إيراني ووفد سعودي: the second side's head stands between.
  if (b.first === a.end + 1 && b.type === "NISBA" && /^[\s،,]*$/u.test(gap.replace(/\S+/u, ""))) {
    const head = c.tokens[a.end] as Token;
    if (head.bare.some((x) => x.prefix === "و" && c.cues.sideHead.has(x.key))) return true;
  }
  // الرئيس الأمريكي والعاهل السعودي تحدثا: two titles, each with its state's nisba, joined by و.
  if (a.type === "NISBA" && b.type === "NISBA" && b.first === a.end + 1) {
    const head = c.tokens[a.end] as Token;
    // Not an act between (`انسحاب أمريكا من الاتفاق الإيراني والضربة الإسرائيلية`).
    if (/^\s+\S+\s+$/u.test(gap) && head.bare.some((x) => x.prefix === "و") && !(c.isAct?.(a.end) ?? true))
      return true;
  }
  // ترامب ورئيسة الوزراء البريطانية، الرئيس الأمريكي ووزير الخارجية البريطاني، بوتين والرئيس التركي: a title in
  // و with its state's nisba continues a list of parties (a `title_object` word, or a `construct_title` word and
  // its genitive), so a list of leaders is not cut there.
  if (b.type === "NISBA" && b.prefix === "" && !a.place && titleJoins(c, a.end, b.first)) return true;
  // الهجوم الأمريكي البريطاني الفرنسي، الغزو الأمريكي البريطاني للعراق: nisbas stacked with no و are
  // adjectives of the act's noun, its joint agents, never its agent and its target (a directed act's
  // only; after a person's noun they are one person's nationalities: `مواطن مصري أمريكي`).
  if (
    a.type === "NISBA" &&
    b.type === "NISBA" &&
    b.first === a.end &&
    b.prefix === "" &&
    /^\s+$/u.test(gap) &&
    stackedOnAct(c, a)
  )
    return true;
  // التقى ترامب وزعيم كوريا الشمالية كيم، اتفق بوتين ورئيس وزراء اليابان شينزو آبي: a title after و
  // whose state, or the state's institution (`ورئيسة الحكومة البريطانية`), is its genitive opens a second
  // side joined to the party before.
  if ((b.type === "GPE" || b.type === "ORG") && b.prefix === "" && constructTitle(c, a.end, b.first))
    return true;
  // …وزعيم كوريا الشمالية كيم جونغ أون: the name after such a title's state is the same side.
  if (
    a.type === "GPE" &&
    b.type === "PERSON" &&
    b.prefix === "" &&
    a.parties[0]?.country === b.parties[0]?.country &&
    /^[\s،,]*$/u.test(gap) &&
    constructTitle(c, titleStart(c, a.first), a.first)
  )
    return true;
  // الحكومة السورية وحليفتها موسكو: an ally word joins the two into one side.
  const ally = c.tokens[a.end] as Token;
  if (
    b.first === a.end + 1 &&
    /^\s+و\S+\s+$/u.test(gap) &&
    ally.bare.some((x) => x.prefix === "و" && c.cues.ally.has(x.key))
  )
    return true;
  // رحبت السعودية بالقرار، والإمارات تدعو: a state after a comma and و with a verb of its own is a new subject.
  if (ownVerbConjunct(c, a, b, gap)) return false;
  // السعودية والإمارات وكذلك مصر، السعودية بالإضافة إلى (الإمارات ومصر): other joins of one list (list-joins.ts).
  if (listJoined(c, a, b) || bracketJoined(gap, b)) return true;
  return (
    /^[\s،,]*و\s*$/u.test(gap) ||
    // روسيا والصين، الولايات المتحدة، وبريطانيا: the و is the next name's proclitic (not واشنطن's first letter).
    (/^[\s،,]*$/u.test(gap) && b.prefix.startsWith("و"))
  );
}

/** Tokens `[from, to)` are a title in و (`والرئيس`، `ورئيسة الوزراء`), with nothing but spaces around them. */
function titleJoins(c: Clause, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  if (!gapIs(c.text, (c.tokens[from - 1] as Token).end, (c.tokens[from] as Token).start, "space"))
    return false;
  for (let k = from; k < to; k++) {
    if (!gapIs(c.text, (c.tokens[k] as Token).end, (c.tokens[k + 1] as Token).start, "space")) return false;
    if (c.isAct?.(k) ?? true) return false;
  }
  const head = c.tokens[from] as Token;
  const titles = to - from === 1 ? c.cues.titleObject : c.cues.constructTitle;
  return head.bare.some((x) => x.prefix === "و" && titles.has(x.key));
}

/** Where a title before token `at` begins: one or two words back (`ورئيس وزراء اليابان`). */
function titleStart(c: Clause, at: number): number {
  const post = tokenIn(c.cues.constructPost, c.tokens[at - 1]);
  return post ? at - 2 : at - 1;
}

/** Tokens `[from, to)` are و + a `construct_title` word, with at most one `construct_post` word after it. */
function constructTitle(c: Clause, from: number, to: number): boolean {
  if (from < 1 || to - from < 1 || to - from > 2) return false;
  const head = c.tokens[from] as Token;
  if (!head.bare.some((x) => x.prefix === "و" && c.cues.constructTitle.has(x.key))) return false;
  if (to - from === 2 && !tokenIn(c.cues.constructPost, c.tokens[from + 1])) return false;
  // Only a comma may stand before the و, nothing between the title's words.
  const before = c.text.slice((c.tokens[from - 1] as Token).end, head.start);
  return (
    /^[\s،,]*$/u.test(before) &&
    (to - from === 1 || gapIs(c.text, head.end, (c.tokens[from + 1] as Token).start, "space"))
  );
}

/** How many words may stand between a noun trigger and the nisbas stacked on it (`الهجوم الثلاثي الأمريكي`). */
const STACK_GAP = 1;

/** The nisba `a` opens, or continues, a stack of nisbas right after the clause's directed noun trigger. */
function stackedOnAct(c: Clause, a: PartyUnit): boolean {
  const end = c.directedNounEnd;
  if (end === undefined) return false;
  let k = a.first;
  for (;;) {
    if (k >= end && k <= end + STACK_GAP) return true;
    const before = c.units.find((u) => u.end === k && u.type === "NISBA");
    if (!before) return false;
    k = before.first;
  }
}

/** The first unit of the compound `u` stands in (`الولايات المتحدة` of `الولايات المتحدة وفرنسا`). */
export function groupHead(c: Clause, u: PartyUnit): PartyUnit {
  let k = c.units.indexOf(u);
  while (k > 0 && joined(c, c.units[k - 1] as PartyUnit, c.units[k] as PartyUnit)) k--;
  return (c.units[k] as PartyUnit | undefined) ?? u;
}

export function groupAt(c: Clause, unit: PartyUnit): PartyUnit[] {
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
export function groupBefore(c: Clause, before: number): PartyUnit[] {
  const inside = c.units.filter((u) => u.first >= c.start && u.end <= before);
  let s = inside.length - 1;
  if (s < 0) return [];
  while (s > 0 && joined(c, inside[s - 1] as PartyUnit, inside[s] as PartyUnit)) s--;
  return inside.slice(s);
}

export function unitFrom(
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
export function procliticPrep(u: PartyUnit, frame: readonly string[]): boolean {
  const p = u.prefix.replace(/^[وف]/u, "");
  return p !== "" && frame.includes(p);
}

/** A frame preposition stands between `from` and the unit (`مع الرئيس الأمريكي جو بايدن`). */
export function governed(c: Clause, u: PartyUnit, from: number, frame: readonly string[]): boolean {
  // حذر من أن إيران تسعى: a complementizer after the preposition opens a clause; its subject is no object.
  for (let k = u.first - 1; k >= Math.max(from, u.first - PREP_REACH); k--) {
    if (isComplementizer(c.tokens[k], c.cues)) return false;
    if (frame.includes((c.tokens[k] as Token).key)) return true;
  }
  return procliticPrep(u, frame);
}

/** The offsets of the text between token `from - 1` and token `to`. */
function spanBetween(c: Clause, from: number, to: number): [number, number] {
  const a = (c.tokens[from - 1] as Token).end;
  // A unit that ends its sentence leaves `to` past the last token: the span then runs to the text's end.
  const b = to < c.tokens.length ? (c.tokens[to] as Token).start : c.text.length;
  return [a, b];
}

/** The text between token `from - 1` and token `to`. */
export function textBetween(c: Clause, from: number, to: number): string {
  return c.text.slice(...spanBetween(c, from, to));
}

/** A comma or other punctuation stands in the text between token `from` and token `to`. */
export function punctuated(c: Clause, from: number, to: number): boolean {
  return markBetween(c.text, ...spanBetween(c, from, to), "any");
}

/** As `punctuated`, but a quotation mark is no stop (`وقعت صفقة "تاريخية" لتصدير الغاز`). */
export function stoppedBetween(c: Clause, from: number, to: number): boolean {
  return markBetween(c.text, ...spanBetween(c, from, to), "stop");
}
/** Any preposition between the trigger and the unit: then it is no genitive (`مناورات في بحر اليابان`). */
export function afterPreposition(c: Clause, u: PartyUnit, from: number): boolean {
  for (let k = from; k < u.first; k++) {
    // المجلس العسكري الحاكم في النيجر: في after a ruling body names the body's state.
    if (k === u.first - 1 && seatOf(c.tokens, k, c.cues)) continue;
    if (tokenIn(c.cues.preposition, c.tokens[k])) return true;
  }
  return u.prefix.replace(/^[وف]/u, "") !== "";
}

/**
 * The states of a side's units (a unit of no state gives null), in the order they are named. Loops,
 * not `flatMap` and `map`: about twenty rules ask this for every trigger hit, and each call made two
 * closures and an array per unit.
 */
export function statesOfUnits(us: readonly PartyUnit[]): Set<string | null> {
  const states = new Set<string | null>();
  for (const u of us) for (const p of u.parties) states.add(p.country);
  return states;
}

/** The first token after the trigger and the actor's units standing right after it (VSO: `أشاد غوتيريس بـ`). */
export function afterSubject(hit: TriggerHit, actor: readonly PartyUnit[]): number {
  let from = hit.end;
  for (const u of actor) if (u.first >= hit.end && u.end > from) from = u.end;
  return from;
}

/** The token carries one of `preps` as its proclitic preposition, after و or ف (`بالجهود`، `ولتقديم`). */
export function tokenProclitic(t: Token, preps: readonly string[]): boolean {
  return t.bare.some((b) => b.prefix !== "" && preps.includes(b.prefix.replace(/^[وف]/u, "")));
}

/**
 * `شنت البحرية غارات على ما قالت إنه زوارق للمهربين`: after the frame's preposition at `k`, ما, a verb of
 * saying (cue `hedge_verb`) and a complementizer set off what the actor calls its target; the target is
 * read after them. Returns the index of the last of those words, or `k` when they are not there.
 */
export function hedgedTarget(c: Clause, k: number): number {
  if (c.tokens[k + 1]?.key !== "ما" || !tokenIn(c.cues.hedgeVerb, c.tokens[k + 2])) return k;
  return isComplementizer(c.tokens[k + 3], c.cues) && !punctuated(c, k + 1, k + 4) ? k + 3 : k;
}

/** How far before a party the occasion noun may stand (`في اتصال هاتفي مع نظيره`). */
const OCCASION_REACH = 5;

/** `u` follows a call, meeting or visit noun right after a setting preposition (`خلال زيارته لبريطانيا`). */
export function occasionPartner(c: Clause, u: PartyUnit): boolean {
  for (let j = u.first - 1; j >= Math.max(c.sentenceStart + 1, u.first - OCCASION_REACH); j--) {
    const t = c.tokens[j] as Token;
    if (markBetween(c.text, t.end, (c.tokens[j + 1] as Token).start)) return false;
    if (tokenIn(c.cues.occasionNoun, t) && tokenIn(c.cues.setting, c.tokens[j - 1])) return true;
  }
  return false;
}
