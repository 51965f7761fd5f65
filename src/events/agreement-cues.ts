// The cue sets of the event stage that read agreements: the one a bare head stands for (deal-back-reference.ts,
// deal-recipient.ts), and words that tell no agreement reached (tie-vetoes.ts, vetoes.ts). Split from
// event-cues.ts, which is at its size limit; compiled from lexicons/cues.tsv by compileCues (cues.ts).

/** Agreements named again, left, sought or reached. */
export interface AgreementCues {
  /** An agreement's name (keys, words joined by a space) → the state it was made with (`الاتفاق النووي` → IRN). */
  dealCounterpart: Map<string, string>;
  /** Head nouns of an agreement (cue deal_head): a bare definite one stands for the agreement named before. */
  dealHead: Set<string>;
  /** Words after an agreement's head that go on with its name (`مع`، `بشأن`): the head is then no bare back-reference. */
  dealComplement: Set<string>;
  /** Findings after إلى (`توصلت … إلى نتيجة`، `إلى أن`): a conclusion reached, no agreement. */
  finding: Set<string>;
  /** Words of leaving before من + an agreement noun (`انسحاب … من الاتفاق`): the agreement left. */
  leftFrom: Set<string>;
  /** The verbal noun of reaching an agreement (`التوصل`). */
  reachNoun: Set<string>;
  /** Perfects of agreeing after a relative pronoun (`التي اتفقت عليها`): with deal_made, a relative clause of an agreement. */
  agreedRelative: Set<string>;
  /** Words of seeking before it (`سعت … للتوصل`، `آمال في إمكانية التوصل`): an agreement sought, none reached. */
  agreeSought: Set<string>;
  /** Words whose goal, object or topic a cooperation noun right after them is (`تعزيز التعاون`، `أهمية تعاون`). */
  coopGoal: Set<string>;
  /** Nouns of relations or partnership (`علاقات`، `الشركاء`): a cooperation noun after one names a standing tie. */
  relationNoun: Set<string>;
}
