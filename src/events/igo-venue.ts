// `وجاءت تصريحات الوزير في جلسة لمجلس الأمن`، `أكدت بريطانيا اتهامها أمام مجلس الأمن`، `على هامش
// الجمعية العامة للأمم المتحدة`، `في اجتماع لوزراء حلف الناتو`: an international body named
// as the place or occasion of a speech or meeting is a venue, no party (PLOVER codes the act's parties; the
// forum it happens in is none). Read as a party it became the recipient of the speaker's charge or the
// partner of every state named after it (docs/EVENTS.md, "Twenty-third pass"). A meeting of the body that
// a state asks for (`دعت بريطانيا إلى اجتماع لمجلس الأمن`) keeps the body as the one asked: only a
// setting word (cue `igo_setting`) before the meeting noun makes it a venue.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

type Mention = EntitiesResult["mentions"][number];

/** The broken plural of the ally words (`حلفائها`، `حلفاؤه`), as against one ally or two (`حليفتها`). */
const ALLIES = /^حلفا/u;
/** How many words (adjectives, `وزراء خارجية`) may stand between the meeting noun and the body. */
const MEETING_REACH = 3;
/** How many words (`بدء`) may stand between the setting word and the meeting noun. */
const SETTING_REACH = 2;

/**
 * The IGO mention `m` is a venue: right after `أمام` or `هامش` (cue `igo_venue_before`), or after a
 * meeting noun (cue `igo_meeting`: جلسة، اجتماع، قمة …) that itself follows a setting word
 * (cue `igo_setting`: خلال، في، أثناء، بعد، على هامش …), with no مع between the noun and the body.
 */
export function igoVenue(arabic: ArabicText, m: Mention, cues: EventCues): boolean {
  if (m.type !== "ORG" || m.country !== "IGO" || cues.igoMeeting.size === 0) return false;
  const { tokens } = arabic;
  const first = m.titleToken;
  const s = tokens[first]?.sentence;
  const before = tokens[first - 1];
  if (!before || before.sentence !== s) return false;
  const bare = m.prefix.replace(/^[وف]/u, "");
  if (bare === "" && tokenIn(cues.igoVenueBefore, before)) return true;
  // وتطالب حليفتها في حلف الناتو: the body one ally is a member of is no party (the ally is one state);
  // allies in the plural (`انتقد حلفاءه في الناتو`) are the body's members, and the body stands for them.
  const ally = tokens[first - 2];
  if (bare === "" && before.key === "في" && tokenIn(cues.ally, ally) && !ALLIES.test(ally?.key ?? ""))
    return true;
  for (let j = first - 1; j >= Math.max(0, first - MEETING_REACH); j--) {
    const t = tokens[j];
    if (!t || t.sentence !== s) return false;
    // عقب اجتماع مع مسؤولي الأمم المتحدة: the body's people are the meeting's partner.
    if (t.key === "مع") return false;
    if (!tokenIn(cues.igoMeeting, t)) continue;
    // `خلال جلسة`، `في اجتماع`، `للمشاركة في اجتماع`، `قبل بدء الجلسة`: a setting word before the noun,
    // or carried by it as a clitic (`بجلسة`).
    if (t.bare.some((b) => b.prefix.replace(/^[وف]/u, "") === "ب")) return true;
    for (let k = j - 1; k >= Math.max(0, j - SETTING_REACH); k--) {
      const w = tokens[k];
      if (!w || w.sentence !== s) return false;
      if (tokenIn(cues.igoSetting, w)) return true;
    }
    return false;
  }
  return false;
}
