// The day of a meeting carried to the acts told as done at it: `التقى مون كيم الجمعة. … واتفق الطرفان
// خلال القمة على …` (the agreement has no date of its own and is no act of the publication day).
import type { ArabicText, Event, Sentence, Token } from "../pipeline/types.ts";
import { type EventCues, tokenIn } from "./cues.ts";

/**
 * وكان الرئيس قد عقد قمة مع نظيره صباح الثلاثاء … كما اتفق الجانبان، وفق بيان صدر عقب القمة، على …؛
 * وتعهد الزعيمان عقب القمة بفتح الحدود: an act whose sentence places it in a meeting named again by
 * its definite noun (cue meeting_at, then meeting_back: خلال اللقاء، عقب القمة، على هامش الاجتماع) was done at
 * the last meeting told before that sentence, and takes that meeting's date when the publication day was
 * its only date. The meeting is an asserted CONSULT, not negated, with a date of its own (date_text) of a
 * day or a month; the act is asserted, no CONSULT (a meeting noun there is that meeting or another one:
 * `عقب القمة التاريخية التي شهدتها سنغافورة`), and its states are among the meeting's. Not a report's day
 * (`وقال … الأحد إن`): that one the article gave the act's sentence.
 */
export function meetingDays(
  arabic: ArabicText,
  events: readonly Event[],
  published: string | null,
  cues: EventCues,
): void {
  if (published === null) return;
  let meeting: Event | null = null;
  let sentence = 0;
  for (const e of [...events].sort((a, b) => a.evidence.start - b.evidence.start)) {
    while (
      sentence + 1 < arabic.sentences.length &&
      (arabic.sentences[sentence + 1] as Sentence).start <= e.evidence.start
    )
      sentence++;
    if (
      meeting !== null &&
      meeting.evidence.start < e.evidence.start &&
      e.type !== "CONSULT" &&
      e.modality === "asserted" &&
      e.date === published &&
      e.date_text === null &&
      namesMeeting(arabic, arabic.sentences[sentence] as Sentence, cues) &&
      within(e, meeting)
    )
      e.date = meeting.date;
    if (
      e.type === "CONSULT" &&
      e.modality === "asserted" &&
      !e.negated &&
      e.date_text !== null &&
      e.date !== null &&
      e.date.length >= 7
    )
      meeting = e;
  }
}

/** The sentence places an act in a meeting named again: meeting_at right before meeting_back. */
function namesMeeting(arabic: ArabicText, sentence: Sentence, cues: EventCues): boolean {
  const { tokens } = arabic;
  for (let k = sentence.firstToken; k + 1 < sentence.endToken; k++)
    if (tokenIn(cues.meetingAt, tokens[k]) && tokenIn(cues.meetingBack, tokens[k + 1] as Token)) return true;
  return false;
}

/** Every state of the act is one of the meeting's. */
function within(e: Event, meeting: Event): boolean {
  const at = new Set([...meeting.actor, ...meeting.recipient].map((p) => p.country));
  return [...e.actor, ...e.recipient].every((p) => p.country === null || at.has(p.country));
}
