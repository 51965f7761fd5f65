// The event stage's readings of a whole document around the reading of each trigger hit (index.ts): the hits
// a document is read for, and the passes once every hit is read: accusations told with no accusing verb,
// denials read again once those are found, acts answered in kind, the day of an act told at a meeting, and
// the merge of an act told twice. Split from index.ts, which reads each hit.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Event, Party } from "../pipeline/types.ts";
import type { PartyUnit } from "./arguments.ts";
import { nestedReading } from "./carried-act.ts";
import { evaluativeEvents } from "./evaluation-events.ts";
import type { EventsOptions } from "./events-options.ts";
import { meetingDays } from "./meeting-day.ts";
import { reportsOf } from "./continued-speech.ts";
import { mergeRepeats } from "./merge.ts";
import { repliesInKind } from "./replies.ts";
import type { ScanMasks } from "./scan.ts";
import { type Told, unnamedCharge } from "./told.ts";
import { findTriggers, type TriggerHit } from "./triggers.ts";
import { firstReadable } from "./two-states.ts";

const NONE: readonly Party[] = [];

/**
 * The trigger hits a document is read for: none when it never names two states (`twoStatesAt` is
 * Infinity), else those from the sentence where the second is named; every hit when each is explained.
 */
export function documentHits(
  arabic: ArabicText,
  found: EntitiesResult,
  options: EventsOptions,
  /** Tokens inside names: no trigger begins there (named-tokens.ts). */
  named: ReadonlySet<number>,
  masks: ScanMasks,
  twoStatesAt: number,
  /** The document's party units: those that are no mention are nisbas (`الاتهامات السعودية`). */
  units: readonly PartyUnit[] = [],
): TriggerHit[] {
  const { cues, explain } = options;
  const mentionStarts = new Set(found.mentions.map((m) => m.firstToken));
  if (twoStatesAt === Infinity && !explain) return [];
  return findTriggers(
    arabic.tokens,
    options.triggers,
    named,
    options.types,
    cues.speech,
    cues.aspectual,
    masks,
    explain && ((first, end, reason) => explain.skipped(first, end, reason)),
    cues.setting,
    {
      ...nestedReading(arabic.tokens, cues, mentionStarts, nisbaStarts(units, mentionStarts)),
      // احتجزت السلطات التركية أندرو برونسون: a person named with a state after an arrest, by the first word
      // of the name or of the title before it (held-person.ts).
      personStarts: new Set(
        found.mentions
          .filter((m) => m.type === "PERSON" && m.country !== null)
          .flatMap((m) => [m.firstToken, m.titleToken]),
      ),
    },
    cues.timeBefore,
    // Explained, every hit is read; else from the sentence where two states are named.
    explain ? 0 : firstReadable(arabic, twoStatesAt),
    cues,
  );
}

/** What the passes after the hits read of the document and of the hits' reading. */
export interface AfterHits {
  found: EntitiesResult;
  units: readonly PartyUnit[];
  masks: ScanMasks;
  told: Told;
  hits: readonly TriggerHit[];
  /** Denials left with no accuser when first read. */
  pending: readonly TriggerHit[];
  /** Events told in the pluperfect or retold by a noun: background, possibly told already (merge.ts). */
  retold: ReadonlySet<Event>;
  /** Retold events told in a clause of time after `بعد أن` (after-told.ts groundVerb). */
  grounds: ReadonlySet<Event>;
  options: EventsOptions;
}

/** The document's events once every hit is read: the passes in order, then the merge. */
export function afterHits(
  arabic: ArabicText,
  ctx: AfterHits,
  /** Reads a hit again, `late`: with only the events told before it. */
  readHit: (hit: TriggerHit, late: boolean) => void,
): Event[] {
  const { found, units, masks, hits, pending, retold, grounds, options } = ctx;
  const { events, eventOf } = ctx.told;
  const { cues, types, explain } = options;
  // اعتبرت … أن إعلان إثيوبيا … يمثل انتهاكا: accusations told without an accusing verb.
  if (options.evaluations) {
    const { evaluations, plover, published } = options;
    events.push(
      ...evaluativeEvents(arabic, {
        found,
        units,
        events,
        cues,
        plover,
        types,
        evaluations,
        entityLexicon: options.entityLexicon,
        published,
        masks,
      }),
    );
    events.sort((a, b) => a.evidence.start - b.evidence.start);
  }
  // واتهمت برلين بكين بتدبير الاختراق، في حين تنكر الصين ذلك: the charge before the denial.
  if (pending.length > 0) {
    for (const hit of pending)
      if (!unnamedCharge(arabic.tokens, hits, eventOf, hit, cues.chargeNoun)) readHit(hit, true);
      else explain?.hit(hit, "no recipient", NONE, NONE);
    events.sort((a, b) => a.evidence.start - b.evidence.start);
  }
  // فردت تركيا بالمثل: an act answered in kind, no measure named, is that act's type the other way (replies.ts).
  const replies = repliesInKind(arabic, events, eventOf, units, cues, masks);
  events.push(...replies);
  if (replies.length > 0) events.sort((a, b) => a.evidence.start - b.evidence.start);
  // واتفق الطرفان خلال القمة على …: an act told at a meeting dated before takes its day (meeting-day.ts).
  meetingDays(arabic, events, options.published, cues);
  const persons = new Set(found.entities.filter((e) => e.type === "PERSON").map((e) => e.id));
  const leadEnd = (arabic.sentences[1] ?? arabic.sentences[0])?.end ?? 0;
  const reportOf = reportsOf(arabic, events, cues);
  return mergeRepeats(
    events,
    types,
    retold,
    cues.weekday,
    persons,
    cues.habitual,
    leadEnd,
    reportOf,
    grounds,
    cues,
  );
}

/** The first tokens of the units that open no mention: a state's nisba (`السعودية` in `الاتهامات السعودية`). */
function nisbaStarts(units: readonly PartyUnit[], mentionStarts: ReadonlySet<number>): Set<number> {
  return new Set(units.filter((u) => !mentionStarts.has(u.first)).map((u) => u.first));
}
