// Cue sets of the event stage for joint drills and led coalitions, compiled from lexicons/cues.tsv by
// compileCues (cues.ts). Split from event-cues.ts, which is at its size limit.

/** Drills, and coalitions told by the states that lead them. */
export interface DealCues {
  /** Nouns of military exercises whose stacked nisbas are their joint participants (clause-sides.ts). */
  jointDrill: Set<string>;
  /** Words of a coalition that may be told by its leading states (`التحالف بقيادة السعودية`; led-coalition.ts). */
  coalition: Set<string>;
  /** Words of leading after a coalition word (`بقيادة`، `الذي تقوده`; led-coalition.ts). */
  ledBy: Set<string>;
  /** Parts of a force right before من and the force (`وحدات من الجيش`; force-part.ts). */
  forcePart: Set<string>;
  /** Verbs of following whose object is a demonstrative (`وأعقب ذلك زيارة`; hit-checks.ts). */
  sequenceVerb: Set<string>;
  /** `لذلك`، `ولهذا`: "for this reason"; a verb right after it is told anew (hit-checks.ts). */
  reasonBackref: Set<string>;
  /** Nouns of acts with a target that a backing may take as its object (`دعمها لفرض عقوبات على`; backed-act.ts). */
  backedAct: Set<string>;
}
