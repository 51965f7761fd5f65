// The cue sets of the event stage that read what a reply, a refusal or a denial answers: a claim told before,
// a demand, a proposal, an act replied to in kind (reaction-targets.ts, replies.ts, refused-demand.ts,
// proposal-maker.ts). Split from event-cues.ts, which is at its size limit; compiled from lexicons/cues.tsv by
// compileCues (cues.ts).

/** Replies, refusals and denials, and what they answer. */
export interface ReplyCues {
  /** Past verbs of answering or being driven to an act (`ردت`، `دفع`), read before an in-kind word (replies.ts). */
  replyVerb: Set<string>;
  /** Words of a reply in kind with no measure named (`بالمثل`، `مماثلة`). */
  inKind: Set<string>;
  /** Plural nouns of states after a demonstrative (`تلك الدول`): a reply's subject, the answered act's targets. */
  replyGroup: Set<string>;
  /** Words before `ما` that refer back to a claim told before in the sentence (`وهو ما تنفيه`). */
  claimBackref: Set<string>;
  asClaimed: Set<string>;
  claimTeller: Set<string>;
  /** A report whose claim a denial in its relative clause answers (`تقرير الموقع الذي نفاه`). */
  reportNoun: Set<string>;
  /** Words of contrast after a demand before another state's refusal (`لكن سوريا ترفض`; refused-demand.ts). */
  demandRefused: Set<string>;
  /** Finite verbs of refusing after `demandRefused` (`رفضت`، `رفضته`). */
  refusingVerb: Set<string>;
  /** The verbal noun of permitting (`السماح`): the state after it with ل is the one permitted (refused-demand.ts). */
  permitNoun: Set<string>;
  /** Nouns of a claim or a step after `وهو`/`وهي` in the place of `ما` (`وهو أمر رفضته`، `وهو اتهام نفته`). */
  claimNoun: Set<string>;
  /** Words of contrast before a reply to the clause before (`لكن تركيا رفضت هذا الاقتراح`، `فيما رفضت القاهرة ذلك`). */
  contrast: Set<string>;
  /** Words of contrast that contrast only with `أن` after them (`بيد أن`، `غير أن`). */
  contrastParticle: Set<string>;
  /** A demonstrative as an act's object (`رفضت تركيا هذا الاقتراح`، `رفضت القاهرة ذلك`). */
  demonstrative: Set<string>;
  /** Definite nouns of a proposal as a refusal's object (`رفضت الفكرة`; proposal-maker.ts). */
  proposalObject: Set<string>;
  /** Words of proposing whose nearest state made the proposal refused after (`اقترح`، `عرض`; proposal-maker.ts). */
  proposalWord: Set<string>;
  /** ب + the threatener's own act as a threat's content (`بطرد`، `بالرد`). */
  ownActNoun: Set<string>;
  /** A reply (`ردا`، `كرد`) whose على names the act replied to (`ردا على العقوبات التي أعلنتها واشنطن`). */
  replyTo: Set<string>;
}
