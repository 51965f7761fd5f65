// The cue sets of the event stage that read parties told by a people or a number: a people's plural
// (people-plural.ts, threat-owner.ts), a dual, a pair or a group of unnamed states (unit-groups.ts, dual-sides.ts).
// Split from event-cues.ts, which is at its size limit; compiled from lexicons/cues.tsv by compileCues (cues.ts).

/** Peoples' plurals, duals, pairs and groups of states. */
export interface UnitGroupCues {
  /** A people's broken plural that is a nisba only after a diplomats' noun (`دبلوماسيين روس`). */
  peoplePlural: Set<string>;
  /** Officials or sources (`مسؤولون`، `مصادر`) whose people plural names a state where they speak (units.ts). */
  speakerHead: Set<string>;
  /** Plural nouns of threats and warnings (`تهديدات`، `تحذيرات`): their genitive makes them (threat-owner.ts). */
  threatPlural: Set<string>;
  /** Plural nouns of diplomats after which a people's plural names their state. */
  peopleHead: Set<string>;
  dual: Set<string>;
  notDualAfter: Set<string>;
  dualPlural: Set<string>;
  pluralAfter: Set<string>;
  pluralNext: Set<string>;
  /** Words that name two states at once (`الكوريتين`), by key: the two states. */
  pairs: Map<string, string[]>;
  /** After a dual noun, `dual_pair:A+B` names both states; `dual_region:A+B+…`, two of a region's states. */
  dualPairs: Map<string, string[]>;
  dualRegions: Map<string, string[]>;
  /** Plural heads of a group of unnamed states (`الدول`، `القوى`). */
  groupHead: Set<string>;
  /** Adjectives that make such a head a group of unnamed states (`الغربية`، `الكبرى`، `الأعضاء`). */
  groupAdjective: Set<string>;
  /** The group adjectives that name a body's members (`الأعضاء`): with في or ب after them, that body. */
  membersAdjective: Set<string>;
}
