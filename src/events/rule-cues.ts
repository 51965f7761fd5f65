// The cue sets that one rule file each reads, once lists in that file's own code: compiled from
// lexicons/cues.tsv by compileRuleCues, which compileCues (cues.ts) calls.
import type { SlotSet } from "../arabic/tokens.ts";

/** Cues each read by one rule. */
export interface RuleCues {
  /** The words that open what a judging verb calls its object (`وصف العقوبات … بأنها`; described-as.ts). */
  descriptionOpener: Set<string>;
  /** The noun of responsibility itself, not `مسؤولين` (officials): a verb of blame's far noun (described-as.ts). */
  blameNoun: Set<string>;
  /** The verbal noun of help (`لمساعدة الجيش`): its AID row reads as a verb only after ل of purpose (trigger-fit.ts). */
  helpNoun: Set<string>;
  /** `الذي`، `التي`، `ما` before a verb whose object pronoun stands for what they refer to (trigger-fit.ts). */
  objectRelative: Set<string>;
}

/** The rule cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys). */
export function compileRuleCues(set: (kind: string) => SlotSet): RuleCues {
  return {
    descriptionOpener: set("description_opener"),
    blameNoun: set("blame_noun"),
    helpNoun: set("help_noun"),
    objectRelative: set("object_relative"),
  };
}
