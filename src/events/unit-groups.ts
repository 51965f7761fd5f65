// Units that stand for several states at once, added among the party units (units.ts): a word that
// names a pair (`الكوريتين`), a group of unnamed states (`الدول الغربية`), and a dual that names the
// two states last told (`الجانبان`، `البلدين`). Split from units.ts.
import { tokenValue } from "../arabic/tokens.ts";
import type { ArabicText, Party, Token } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { SCAN_DUAL, SCAN_PAIR, type ScanMasks } from "./scan.ts";
import { apposedToDual } from "./dual-apposition.ts";
import { regionPair, sidesNamedBetween } from "./dual-sides.ts";
import { twoParties } from "./duals.ts";
import { markBetween } from "../arabic/gaps.ts";

/**
 * Parties and armed movements (`حزب الله`، `حماس`، `حركة طالبان`) act, but not for their state: they
 * keep their place in the clause (so no state is read into their slot) with no country.
 */
export const NON_STATE_ACTOR = new Set(["PTY"]);

/**
 * A dual's form that names no pair: in a phrase (`حل الدولتين`); or `البلدان`, also the broken plural
 * of `بلد`, after a quantifier (`أكثر البلدان هشاشة`، `منظمة البلدان المصدرة`) or with a feminine
 * singular adjective or relative, which agree with the plural and never with the dual (`البلدان
 * العربية`، `البلدان التي طردت`).
 */
export function notDual(tokens: readonly Token[], k: number, cues: EventCues): boolean {
  if (tokenIn(cues.notDualAfter, tokens[k - 1])) return true;
  if (!tokenIn(cues.dualPlural, tokens[k])) return false;
  if (tokenIn(cues.pluralAfter, tokens[k - 1])) return true;
  const next = tokens[k + 1];
  if (!next || !next.linked || next.sentence !== tokens[k]?.sentence) return false;
  return tokenIn(cues.pluralNext, next) || /^ال.{2,}ه$/u.test(next.key);
}

/** The two states a word names at once (`الكوريتين`), if it is one. */
function pairOf(t: Token | undefined, cues: EventCues): string[] | null {
  return tokenValue(cues.pairs, t) ?? null;
}

/**
 * `الدول الغربية`، `القوى الكبرى`، `الدول الأعضاء`: a plural head of states (cue `group_head`) with an
 * adjective of a group after it (cue `group_adjective`) names states the article does not name; as a party
 * it holds its place in the clause (so no state named near it is read into its slot) with no state.
 */
function groupUnit(
  arabic: ArabicText,
  k: number,
  covered: ReadonlySet<number>,
  cues: EventCues,
): PartyUnit | null {
  const t = arabic.tokens[k] as Token;
  const next = arabic.tokens[k + 1];
  // وحمّل الغرب الحكومة السورية المسؤولية: a name of a group standing alone (cue group_name).
  if (tokenIn(cues.groupName, t)) {
    const prefix = t.bare.find((b) => cues.groupName.has(b.key))?.prefix ?? "";
    const parties = [{ entity: null, text: arabic.text.slice(t.start, t.end), country: null, sector: null }];
    return { first: k, end: k + 1, prefix, type: "GROUP", parties, place: false };
  }
  if (!tokenIn(cues.groupHead, t) || !next || next.sentence !== t.sentence || covered.has(k + 1)) return null;
  if (!tokenIn(cues.groupAdjective, next) || markBetween(arabic.text, t.end, next.start)) return null;
  // الدول الأعضاء في الناتو، الدول الأعضاء بمجلس الأمن: the members of a body named right after them
  // (after في or a clitic ب) stand for that body.
  const after = arabic.tokens[k + 2];
  if (
    tokenIn(cues.membersAdjective, next) &&
    after?.sentence === t.sentence &&
    (after.key === "في" || after.bare.some((b) => b.prefix === "ب"))
  )
    return null;
  return {
    first: k,
    end: k + 2,
    prefix: t.bare.find((b) => cues.groupHead.has(b.key))?.prefix ?? "",
    type: "GROUP",
    parties: [{ entity: null, text: arabic.text.slice(t.start, next.end), country: null, sector: null }],
    place: false,
  };
}

/**
 * The group at `k` follows a state unit of its sentence through و on its head (`السعودية والدول العربية`) or on
 * a quantifier before it (cue `plural_after`: `بريطانيا وأغلب الدول الأوروبية`).
 */
function listTail(
  tokens: readonly Token[],
  k: number,
  before: readonly PartyUnit[],
  cues: EventCues,
): boolean {
  const last = before[before.length - 1];
  if (!last || last.end < k - 1 || !last.parties.some((p) => p.country !== null)) return false;
  const joint = tokens[last.end] as Token;
  if (joint.sentence !== (tokens[k] as Token).sentence || !joint.bare.some((b) => b.prefix.startsWith("و")))
    return false;
  return last.end === k || tokenIn(cues.pluralAfter, joint);
}

/**
 * The prefix of the token's first bare form in `keys` (`t.bare.find(…)?.prefix ?? ""`); a loop and a
 * function declared once, not a closure made at each pair word or dual.
 */
function prefixIn(t: Token, keys: { has(key: string): boolean }): string {
  for (const b of t.bare) if (keys.has(b.key)) return b.prefix;
  return "";
}

/** One of `states` stands for `side` (a state, or a non-state actor by its text). */
function sideIn(states: readonly Party[], side: string): boolean {
  for (const s of states) if ((s.country ?? `non-state:${s.text}`) === side) return true;
  return false;
}

/**
 * The units with pair words (`الكوريتين`), groups of unnamed states (`الدول الغربية`) and duals
 * (`الجانبان`، `البلدين`: both states last named, as one compound unit) added in text order.
 */
export function addDuals(
  arabic: ArabicText,
  units: PartyUnit[],
  covered: ReadonlySet<number>,
  cues: EventCues,
  masks?: ScanMasks,
): PartyUnit[] {
  const out: PartyUnit[] = [];
  let u = 0;
  // A loop, not forEach; a token that can be no pair word nor dual is passed over (its units are
  // pushed before the next token that adds one, so their order is the same).
  for (let k = 0; k < arabic.tokens.length; k++) {
    if (masks && ((masks[k] as number) & (SCAN_PAIR | SCAN_DUAL)) === 0) continue;
    const t = arabic.tokens[k] as Token;
    while (u < units.length && (units[u] as PartyUnit).first < k) out.push(units[u++] as PartyUnit);
    if (covered.has(k)) continue;
    // الكوريتين: a word that names both states.
    const pair = pairOf(t, cues);
    if (pair) {
      out.push({
        first: k,
        end: k + 1,
        prefix: prefixIn(t, cues.pairs),
        type: "PAIR",
        parties: pair.map((country) => ({ entity: null, text: t.text, country, sector: null })),
        place: false,
      });
      continue;
    }
    // رفضت الدول الغربية المقترح الروسي: a group of unnamed states holds its place as a party of no state;
    // joined by و to a state named before it (`بريطانيا وأغلب الدول الأوروبية`) it is a list's tail, left out.
    const group = groupUnit(arabic, k, covered, cues);
    if (group && !listTail(arabic.tokens, k, out, cues)) {
      out.push(group);
      continue;
    }
    if (!tokenIn(cues.dual, t) || notDual(arabic.tokens, k, cues)) continue;
    // لقاء الرئيسين الكوريين: a nisba's oblique dual, spelt as its plural, names both states, but only
    // right after the dual noun it agrees with (alone, `الكوريين` is the people): the two words are one pair.
    const shared = tokenValue(cues.dualPairs, arabic.tokens[k + 1]);
    if (shared && !covered.has(k + 1) && arabic.tokens[k + 1]?.sentence === t.sentence) {
      const text = arabic.tokens[k + 1]?.text ?? t.text;
      out.push({
        first: k,
        end: k + 2,
        prefix: prefixIn(t, cues.dual),
        type: "PAIR",
        parties: shared.map((country) => ({ entity: null, text, country, sector: null })),
        place: false,
      });
      k++;
      continue;
    }
    // مبعوث البلدين الخليجيين: a region's nisba says which two states; none when the region's two were not named.
    const region = regionPair(arabic, k, out, cues);
    if (region !== undefined) {
      if (region) out.push(region);
      k++;
      continue;
    }
    // الشراكة بين شركتين … بين الجانبين: the two sides told with بين are no states.
    if (sidesNamedBetween(arabic, k, out, cues)) continue;
    // الجيشان الصيني والأمريكي، الزعيمان الكوريان: the words that follow name the two sides themselves.
    // `u < units.length`, not `units[u]`: a read past the end threw the compiled loop away.
    if (u < units.length && (units[u] as PartyUnit).first === k + 1) continue;
    if (pairOf(arabic.tokens[k + 1], cues)) continue;
    const states: PartyUnit["parties"] = [];
    for (let j = out.length - 1; j >= 0 && states.length < 2; j--) {
      // دولتي المصب: مصر والسودان: a list that says which two an earlier dual means (dual-apposition.ts).
      if ((out[j] as PartyUnit).place || apposedToDual(arabic, out, j, cues)) continue;
      for (const p of (out[j] as PartyUnit).parties) {
        // حماس وإسرائيل … الطرفان: a party or armed movement is one of the two sides, with no state.
        const side = p.country ?? (p.sector && NON_STATE_ACTOR.has(p.sector) ? `non-state:${p.text}` : null);
        if (side && p.country !== "IGO" && !sideIn(states, side)) states.push(p);
      }
    }
    if (states.length < 2) continue;
    const prefix = prefixIn(t, cues.dual);
    out.push({
      first: k,
      end: k + 1,
      prefix,
      type: "DUAL",
      parties: twoParties(t.text, (states[0] as Party).country, (states[1] as Party).country),
      place: false,
    });
  }
  while (u < units.length) out.push(units[u++] as PartyUnit);
  return out;
}
