// The cue sets of the event stage that read charges: nouns and verbs of accusing and blaming, the charge
// pointed or denied, and who is charged (charges.ts, denied-words.ts, previous-accuser.ts, act-type.ts).
// Split from event-cues.ts, which is at its size limit; compiled from lexicons/cues.tsv by compileCues (cues.ts).

/** Charges, blame and the words of denying them. */
export interface ChargeCues {
  /** Nouns of accusing whose genitive before a ب charge is the accused (`اتهام روسيا بالتدخل`). */
  chargeNoun: Set<string>;
  partNoun: Set<string>;
  /** `أن يكون`، `أن تكون` past a denial verb: a claim about the denier denied (denied-words.ts). */
  deniedBeing: Set<string>;
  claimThat: Set<string>;
  deniedPredicate: Set<string>;
  /** Verbal nouns of pointing a charge (`توجيه`، `إلقاء`): after a verb of refusing, a charge not made. */
  chargePointing: Set<string>;
  /** What they point (`أصابع`، `الاتهام`، `اللوم`). */
  chargeObject: Set<string>;
  /** Relative and interrogative pronouns as a charge's subject (`بشأن من يقف وراء`): no state charged. */
  unnamedSubject: Set<string>;
  responsibilityWord: Set<string>;
  /** `اتهم`: a verb whose one party right before its charge (ب) is the accused. */
  chargeVerb: Set<string>;
  /** Verbs of laying the blame on a party (`حمّل`), the responsibility right after it. */
  blameVerb: Set<string>;
  /** Nouns of a claim against another whose maker follows them (`مزاعم المغرب`). */
  claimCharge: Set<string>;
}
