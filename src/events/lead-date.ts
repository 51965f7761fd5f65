// A page with no publication date (a seed or a pasted article, `published: -`) still tells when its news
// happened: `التقى الوزير نظيره … في 31 أكتوبر 2025`، `أعلنت ناورو في 15 يناير 2024 قطع علاقاتها`. The lead's
// date, the first date the text fixes in its opening sentence (a day or a month with its year written, not
// a starting point after منذ), stands for the page's day: an act told as done with no date of its own and no
// date phrase the text leaves unfixed takes it, as it would take the publication day. A page with a
// publication date, or whose opening sentence fixes no date, is left as it is. Fifty-ninth pass (dates59).
import type { ArabicText, DateMention, Event, Sentence } from "../pipeline/types.ts";
import { since } from "./act-dates.ts";
import type { EventCues } from "./cues.ts";

export function leadDated(
  arabic: ArabicText,
  events: Event[],
  published: string | null,
  cues: EventCues,
): Event[] {
  if (published !== null) return events;
  const lead = leadDate(arabic, cues);
  if (!lead?.value) return events;
  for (const e of events)
    if (e.date === null && e.date_text === null && e.modality === "asserted" && !e.negated)
      Object.assign(e, { date: lead.value, end_date: null });
  return events;
}

/** The first date its opening sentence fixes, written with its year, as a day or a month. */
function leadDate(arabic: ArabicText, cues: EventCues): DateMention | null {
  const first = arabic.sentences[0] as Sentence | undefined;
  if (!first) return null;
  const from = arabic.tokens[first.firstToken]?.start ?? 0;
  const to = arabic.tokens[first.endToken - 1]?.end ?? 0;
  return (
    arabic.dates.find(
      (d) =>
        d.start >= from &&
        d.end <= to &&
        d.value !== null &&
        d.basis === "explicit" &&
        (d.granularity === "day" || d.granularity === "month") &&
        !since(arabic, d, cues),
    ) ?? null
  );
}
