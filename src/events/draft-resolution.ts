// Draft resolutions (cue draft_head + draft_of: مشروع قرار، مسودة القرار): an act told after one is what the
// draft would do, not an act done, unless its sponsors act (draftSponsors, read by findEvents, index.ts);
// a party after one told after the act is what the draft would act on (inDraftContent), and a refusal,
// veto or vote answers the draft's sponsor (draftRecipient, read by act-sides.ts). Split from vetoes.ts.
import type { Token } from "../pipeline/types.ts";
import type { Clause, PartyUnit } from "./arguments.ts";
import { groupAt } from "./clause-units.ts";
import { tokenIn } from "./cues.ts";
import type { TriggerHit } from "./triggers.ts";

/** How far after a draft resolution the act it would make may stand (`مشروع قرار، قدمته السويد، يدين`). */
const DRAFT_REACH = 10;

/**
 * استخدمت روسيا الفيتو ضد مشروع قرار يتهم إيران، تعمل على مشروع قرار لتمديد حظر الأسلحة، أعدت مشروع قرار
 * لمجلس الأمن يطالب بوقف …: an act told after a draft resolution (cue draft_head + draft_of: مشروع قرار،
 * مسودة القرار), up to 10 words on with no contrast between (cue draft_break: لكن، بينما), is what the
 * draft would do if adopted, not an act done. The acts told before the draft stay (`رفض مجلس الأمن مشروع
 * قرار`، `أكد تأييده لمشروع القرار`): a vote, a veto or a support. Returns the states that sponsor the
 * draft, named between it and the act with no preposition on them (`مشروع قرار طرحته الكويت يدين`،
 * `مشروع القرار الكويتي يطالب`; not `لمجلس الأمن`، `في مجلس الأمن`): the act stays only when they are its
 * actor (index.ts). Null when no draft stands before the act.
 */
export function draftSponsors(c: Clause, hit: TriggerHit): Set<string | null> | null {
  for (let k = hit.first - 1; k > Math.max(c.sentenceStart, hit.first - 1 - DRAFT_REACH); k--) {
    const t = c.tokens[k] as Token;
    if (tokenIn(c.cues.draftBreak, t)) return null;
    if (!tokenIn(c.cues.draftOf, t) || !tokenIn(c.cues.draftHead, c.tokens[k - 1])) continue;
    const sponsors = new Set<string | null>();
    for (const u of c.units)
      if (
        u.first > k &&
        u.end <= hit.first &&
        !/[لب]/u.test(u.prefix) &&
        !tokenIn(c.cues.preposition, c.tokens[u.first - 1])
      )
        for (const p of u.parties) sponsors.add(p.country);
    return sponsors;
  }
  return null;
}

/**
 * استخدمت الصين حق النقض ضد مشروع قرار يتهم فنزويلا: a party after a draft resolution told after the act
 * (cue draft_head + draft_of), with an act word between the draft and it, is what the draft would act on,
 * not the party the veto, vote or refusal answers (`ضد مشروع القرار البريطاني`، `مشروع قرار قدمته روسيا` name
 * its sponsor and stay).
 */
export function inDraftContent(c: Clause, hit: TriggerHit, u: PartyUnit): boolean {
  if (u.first <= hit.end || !c.isAct) return false;
  for (let k = hit.end + 1; k < u.first; k++) {
    if (!tokenIn(c.cues.draftOf, c.tokens[k]) || !tokenIn(c.cues.draftHead, c.tokens[k - 1])) continue;
    // قدمته روسيا، طرحتها الكويت: a verb with the draft as its object pronoun names the sponsor.
    for (let j = k + 1; j < u.first; j++)
      if (c.isAct(j) && !/ها?$/u.test((c.tokens[j] as Token).text)) return true;
    return false;
  }
  return false;
}

/** How far after a refusal the draft it answers may stand (`الفيتو لإحباط مشروع قرار صاغته`). */
const SPONSORED_DRAFT_REACH = 8;
/** How far after the draft the verb of its sponsor may stand (`مشروع قرار بمجلس الأمن، طرحته الكويت`). */
const SPONSOR_VERB_REACH = 5;
/** A verb with the draft as its object pronoun (`صاغته`، `طرحتها`، `اقترحته`، `قدمه`). */
const DRAFT_PRONOUN = /(?:ته|تها|ه|ها)$/u;

/**
 * The recipient of a refusal, a veto or a vote with a draft resolution after it: the parties its frame
 * read, less what the draft would act on (`inDraftContent`). When a verb with the draft's pronoun names
 * its sponsor right after the draft (`استخدمت روسيا الفيتو لإحباط مشروع قرار صاغته الولايات المتحدة`،
 * `صوتت بالفيتو على قرار أممي اقترحته واشنطن`), the veto answers that state: it stands for none read, or
 * for the body the draft was put to, named between the draft and its sponsor (`مشروع قرار بمجلس الأمن،
 * طرحته الكويت`).
 */
export function draftRecipient(c: Clause, hit: TriggerHit, recipient: readonly PartyUnit[]): PartyUnit[] {
  const kept = recipient.filter((u) => !inDraftContent(c, hit, u));
  if (hit.trigger.type !== "REJECT") return kept;
  // The draft stands after the trigger, or right before the body read as the recipient.
  const from = Math.max(hit.end, ...kept.map((u) => u.first - 2));
  const to = Math.min(c.sentenceEnd, from + SPONSORED_DRAFT_REACH);
  for (let k = from; k < to; k++) {
    if (!tokenIn(c.cues.draftOf, c.tokens[k])) continue;
    const sponsor = sponsorAfter(c, k);
    if (sponsor.length === 0) return kept;
    const first = sponsor[0] as PartyUnit;
    return kept.every((u) => u.first > k && u.end < first.first) ? sponsor : kept;
  }
  return kept;
}

/** The states a verb with the draft's pronoun names right after it, within a few words of the draft at `k`. */
function sponsorAfter(c: Clause, k: number): PartyUnit[] {
  for (let j = k + 1; j < Math.min(c.sentenceEnd - 1, k + 1 + SPONSOR_VERB_REACH); j++) {
    const t = c.tokens[j] as Token;
    if (c.units.some((u) => u.first <= j && j < u.end)) continue;
    if (!DRAFT_PRONOUN.test(t.text) || t.text.endsWith("ة")) continue;
    const u = c.units.find((x) => x.first === j + 1 && !/[لب]/u.test(x.prefix));
    return u ? groupAt(c, u) : [];
  }
  return [];
}
