// `وقال ماكرون إن …، وذلك خلال مؤتمر صحفي عقده مع ترامب`، `أكد لافروف، خلال لقاء مع نظيره، أن …`: a meeting
// noun that sets a speech (after خلال، عقب، لدى) and names only the side met, after مع, is a meeting the
// speaker had. Not a meeting noun in the reported clause itself (`إن المحادثات مع كوريا الشمالية لن تبدأ`،
// `طريق للحوار مع إيران`): those are as often talks to come, or talks of others.
import { keyOf } from "../arabic/normalize.ts";
import type { Arguments, Clause } from "./arguments.ts";
import { punctuated } from "./clause-units.ts";
import { ownReportedSubject } from "./reported-subject.ts";
import type { TriggerHit } from "./triggers.ts";

const WITH_KEY = keyOf("مع");

/** How many words may stand between the meeting noun and مع (`القمة الثانية مع`، `قمة هلسنكي مع`). */
const WITH_REACH = 2;

/** How many words of title may stand between مع and the party met (`مع الرئيس الأمريكي دونالد ترامب`). */
const TITLE_REACH = 3;

/**
 * The meeting noun at `hit` has no actor, and its recipient is the party governed by a مع that follows the
 * noun with at most WITH_REACH words between, no punctuation and no other party.
 */
export function metOnlyWith(args: Arguments, hit: TriggerHit, c: Clause): boolean {
  if (hit.trigger.type !== "CONSULT" || hit.trigger.pos !== "noun") return false;
  if (args.actor.length !== 0 || args.recipient.length === 0) return false;
  // ذكرت طوكيو أن جارتها تريد مفاوضات مع واشنطن: the clause's own subject talks (reported-subject.ts).
  if (ownReportedSubject(c, hit)) return false;
  const first = Math.min(...args.recipient.map((u) => u.first));
  if (first <= hit.end || punctuated(c, hit.end, first)) return false;
  if (c.units.some((u) => !u.place && u.first >= hit.end && u.first < first)) return false;
  for (let k = hit.end; k < Math.min(first, hit.end + WITH_REACH + 1); k++)
    if (c.tokens[k]?.key === WITH_KEY) return first - k - 1 <= TITLE_REACH;
  return false;
}
