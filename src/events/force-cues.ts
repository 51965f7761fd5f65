// The cue sets of the event stage that read force and whom it strikes: deaths and their killers, downed and
// striking aircraft, and the places of strikes, repression and truces (victims.ts, fire-agent.ts, downed.ts,
// striking-craft.ts, judged-place.ts). Split from event-cues.ts, which is at its size limit; compiled from
// lexicons/cues.tsv by compileCues (cues.ts).

/** Force, its victims and the places it strikes. */
export interface ForceCues {
  /** Nouns of what a judged act harms (`سيادة`، `تقسيم`): their genitive state is the victim. */
  harmedHead: Set<string>;
  /** Nouns of a death (`مقتل`، `وفاة`): their genitive is the dead, whose state is no addressee. */
  deathHead: Set<string>;
  /** The fire a death is told with (`برصاص`، `بنيران`): the killer follows it (fire-agent.ts). */
  fireAgent: Set<string>;
  /** Words of downing an aircraft (`أسقط`، `إسقاط`). */
  downVerb: Set<string>;
  /** Nouns of aircraft, whose nisba after a downing word is the state downed. */
  aircraft: Set<string>;
  /** Verbs of striking: next to aircraft or ships, their nisba is the striking state (striking-craft.ts). */
  strikeVerb: Set<string>;
  /** Nouns of an act of repression whose place is the state judged for it (`الاحتجاز … في الصين`). */
  repressionAct: Set<string>;
  /** Nouns of what an attack strikes, whose place is the state struck (`ضربة ضد أهداف في سوريا`). */
  strikeTarget: Set<string>;
  /** Verbs that carry a strike noun in its relative clause (`التي شنتها`), not verbs of leading. */
  strikeCarrier: Set<string>;
  /** Nouns of a halt to fighting whose place is the state asked for it (`هدنة إنسانية في سوريا`). */
  fightingHalt: Set<string>;
  /** Words that give a thing's owner after them (`مواقع تابعة لحماس`). */
  ownerWord: Set<string>;
}
