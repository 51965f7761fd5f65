// One act told twice in its sentence (findEvents, index.ts): the key SentenceRepeats (repeats.ts) is asked
// about, and the date a retold meeting lends the act kept. Split from index.ts.
import type { ArabicText, DateMention, Modality, Party, Sentence } from "../pipeline/types.ts";
import { dateFields } from "./act-dates.ts";
import type { ActCoding } from "./act-type.ts";
import { backgroundPartStart } from "./background-break.ts";
import type { EventCues } from "./cues.ts";
import { listedBeside, type SentenceRepeats } from "./repeats.ts";
import type { TriggerHit } from "./triggers.ts";
import { returnedAct, type TypeRules } from "./types.ts";

/** The act about to be recorded, as findEvents read it. */
export interface ToldAct {
  readonly act: ActCoding;
  /** The act's modality, a participle's, a regret's or a baseless charge's `asserted`. */
  readonly modality: Modality;
  readonly typeRules: TypeRules;
  /** The states of both sides. */
  readonly countries: ReadonlySet<string>;
  readonly actor: readonly Party[];
  /** The date the act keeps (act-when.ts). */
  readonly when: DateMention | null;
}

/** Whether the act is one already kept in its sentence (then no event); if not, it is recorded as kept. */
export function toldTwice(
  repeats: SentenceRepeats,
  arabic: ArabicText,
  hit: TriggerHit,
  sentence: Sentence,
  told: ToldAct,
  cues: EventCues,
  published: string | null,
): boolean {
  const { act, modality, typeRules, countries, actor, when } = told;
  const { type } = act;
  // One act told twice in its sentence is one event, unless it is scheduled, of another mode, or an
  // item after a list joiner (repeats.ts: القمة المرتقبة، طرد السفير واستدعاء سفيرها، إضافة إلى إغلاق).
  const mode = act.mode;
  const repeated = repeats.repeats(
    {
      type,
      scheduled: act.scheduled,
      modality,
      mode: typeRules.modesApart ? (mode ?? "") : "",
      countries,
      sentence: backgroundPartStart(arabic, sentence, hit.first, cues),
      returned: returnedAct(typeRules, mode),
      nounReturned: typeRules.returnedModes.length > 0 && returnedAct(typeRules, mode),
    },
    {
      actor,
      pos: hit.trigger.pos,
      when: dateFields(when, published).date_text,
      channel: mode === "phone" || mode === "visit" ? mode : null,
      added: listedBeside(arabic.tokens, hit.first, cues),
    },
  );
  if (repeated) {
    // ناقشت مع بوتين … عندما التقيا في أيار/مايو: the act told again with a date of its own dates the
    // act kept, when that one had none (the day of its report): a meeting (`merged` types) retold.
    const kept = repeats.folded;
    if (kept && kept.date_text === null && when?.value && modality === kept.modality && typeRules.merged)
      Object.assign(kept, dateFields(when, published));
  }
  return repeated;
}
