// An act told by a perfect verb right after "after" opening a clause (`بعد أن`، `بعدما`, cue after_clause):
// `طردت موسكو 23 دبلوماسيا بعد أن طردت لندن دبلوماسييها` tells the earlier act the news follows or answers, done
// before the news at a time the text does not give (read by event-record.ts when the clause names no date).
// The verbal counterpart of the noun after `بعد` (background-told.ts wakeTold), with its guards: not a meeting
// (CONSULT: `قال بعد أن التقى نظيره`, the occasion of the news, the same day) nor a charge (ACCUSE, the stance
// told again in the same days); only a verb in the perfect, with at most `قد` between (`بعد أن قد`), as an
// imperfect after `بعد أن` is rare and a future never follows it; and not in the article's first sentence (nor
// an early page's lead, news-day.ts), whose "after" act is the news's immediate cause.
import type { ArabicText, Sentence, Token } from "../pipeline/types.ts";
import { QAD_KEY } from "./background-told.ts";
import type { EventCues } from "./cues.ts";
import { LEAD_SENTENCES } from "./news-day.ts";
import { markBetween } from "../arabic/gaps.ts";

/** Types whose act after "after" is most often the same day's occasion or stance (as wakeTold's). */
const SAME_DAY_TYPES = new Set(["CONSULT", "ACCUSE"]);

export function afterClauseTold(
  arabic: ArabicText,
  sentence: Sentence,
  hit: { first: number; prefix: string; trigger: { pos: string } },
  type: string,
  earlyPage: boolean,
  cues: EventCues,
): boolean {
  if (hit.trigger.pos !== "verb" || SAME_DAY_TYPES.has(type)) return false;
  // The article's first sentence tells the news with its immediate cause (`حذر ترامب تركيا بعدما رفضت محكمة`،
  // `قالت كوريا الشمالية … بعدما ألغى ترامب المحادثات`): of the same days, dated as the news is; so does the
  // lead of an early page that tells the day before's news (news-day.ts: `جاء التحذير بعدما ضربت`).
  const { tokens } = arabic;
  const at = (tokens[hit.first] as Token).sentence;
  if (at === 0 || (earlyPage && at < LEAD_SENTENCES)) return false;
  const verb = (tokens[hit.first] as Token).text.slice(hit.prefix.length);
  if (/^[يتن]/u.test(verb)) return false;
  let k = hit.first - 1;
  if (k > sentence.firstToken && (tokens[k] as Token).key === QAD_KEY) k--;
  if (k < sentence.firstToken) return false;
  const t = tokens[k] as Token;
  if (markBetween(arabic.text, t.end, (tokens[hit.first] as Token).start)) return false;
  if (cues.afterClause.has(t.key)) return true;
  const p = tokens[k - 1];
  return p !== undefined && k - 1 >= sentence.firstToken && cues.afterClause.has(`${p.key} ${t.key}`);
}
