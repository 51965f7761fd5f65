// An act told as what a party fears or warns against (`يخشى من انسحاب الولايات المتحدة`، `وسط مخاوف من
// فرض عقوبات`، `حذرت … إيران من مغبة مهاجمة القنصلية`، `تخشى أن تنسحب`): the act is the object of the fear
// or the warning, not a happening the text states; the gold lists none (docs/gold-format.md: a threatened
// act is the threat's content and is not listed again; a feared one is no act of anyone). The fear or the
// warning itself is read by its own word (a warning is THREATEN or REQUEST, a concern a charge). A veto
// (vetoes.ts), as denied.ts reads a denial.
import { keyOf } from "../arabic/normalize.ts";
import type { Token } from "../pipeline/types.ts";
import type { Clause } from "./arguments.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far before من or أن the word of fear or warning may stand, its subject and object between. */
const GOVERNOR_REACH = 6;
/** How far before the act its من may stand, past a link and a verbal noun with its agent (`من احتمال فرض الولايات المتحدة عقوبات`). */
const LINK_REACH = 6;

/** Types whose act a fear or a warning takes as given: a threat, a charge or a refusal feared was made. */
const KEPT: ReadonlySet<string> = new Set(["THREATEN", "ACCUSE", "REJECT"]);

const FROM = keyOf("من");
const THAT = keyOf("أن");

/**
 * Where the act's complement opens: the من or أن right before the act, or before a word of consequence
 * or possibility, أي, or a light verbal noun right before it (`من مغبة الانسحاب`، `من احتمال فرض`، `من
 * أي هجوم`، `من شن هجوم`). -1 when none.
 */
function opening(c: Clause, hit: TriggerHit): { at: number; key: string } {
  const none = { at: -1, key: "" };
  const before = c.tokens[hit.first - 1];
  // تخشى أن تنسحب: a verb right after أن (not after إن or أنه, which open a statement).
  if (before?.key === THAT && hit.trigger.pos === "verb" && hit.first - 1 >= c.sentenceStart)
    return { at: hit.first - 1, key: "أن" };
  for (let p = hit.first - 1; p >= Math.max(c.sentenceStart, hit.first - LINK_REACH); p--) {
    const t = c.tokens[p] as Token;
    // من "عواقب وخيمة" إذا انسحبت: a condition opens a clause of its own, its act listed (gold-format.md).
    if (
      tokenIn(c.cues.clauseBreak, t) ||
      tokenIn(c.cues.conditionWord, t) ||
      (tokenIn(c.cues.preposition, t) && t.key !== FROM)
    )
      return none;
    // الهجوم المحتمل للنظام السوري المدعوم: a word with ل or ب opens another noun's phrase.
    if (p < hit.first && t.bare.some((b) => /[بل]/u.test(b.prefix))) return none;
    if (t.key !== FROM) continue;
    // من مغبة الانسحاب، من احتمال فرض الولايات المتحدة عقوبات: past a link, a light verb or the act's own verb.
    const next = c.tokens[p + 1] as Token;
    const linked =
      p + 1 === hit.first ||
      tokenIn(c.cues.fearedLink, next) ||
      tokenIn(c.cues.lightVerb, next) ||
      c.isAct?.(p + 1) === true;
    return linked ? { at: p, key: "من" } : none;
  }
  return none;
}

/**
 * The act stands right after the من of a word of fear or warning (cues `fear_word`, `warning_word`), or
 * right after the أن of a word of fear, that word within `GOVERNOR_REACH` words before, no clause break,
 * speech verb or other act's trigger between. Not the threat, charge or refusal a party fears (`لا تخشى
 * تهديدات روسيا`), and not an act after و (a second object or clause of its own).
 */
export function fearedAct(c: Clause, hit: TriggerHit): boolean {
  // المدعوم من روسيا: a participle tells a state as it is, whatever the clause's mood (index.ts).
  if (KEPT.has(hit.trigger.type) || hit.prefix.startsWith("و") || hit.trigger.backed || hit.trigger.held)
    return false;
  const open = opening(c, hit);
  if (open.at < 0) return false;
  // تخشى من أن تسحب: the من a fear takes before its أن.
  const from = open.key === "أن" && c.tokens[open.at - 1]?.key === FROM ? open.at - 1 : open.at;
  for (let k = from - 1; k >= Math.max(c.sentenceStart, from - GOVERNOR_REACH); k--) {
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.fearWord, t)) return true;
    if (open.key === "من" && tokenIn(c.cues.warningWord, t)) return true;
    // بعد يوم من لقاء: a preposition opens a phrase of time or place, not the fear's object.
    if (tokenIn(c.cues.clauseBreak, t) || tokenIn(c.cues.speech, t) || tokenIn(c.cues.preposition, t))
      return false;
    if (c.isAct?.(k)) return false;
  }
  return false;
}
