// The cue sets of the event stage that read a stance the speaker states as a noun (`وأكد رفض …`، `كما أعرب عن
// تقديره …`): compiled from lexicons/cues.tsv by compileStanceCues, which compileCues (cues.ts) calls.
import type { SlotSet } from "../arabic/tokens.ts";

/** Cues of a stance stated through its noun (own-noun.ts). */
export interface StanceCues {
  /** Verbs of stating a stance (`أكد`، `شدد`، `أعرب`): their noun object is the subject's own stance. */
  stanceVerb: Set<string>;
  /** Nouns of the speaker's own stance or offer (`رفض`، `إدانة`، `تأييده`، `استعداد`). */
  ownStanceNoun: Set<string>;
  /** `على`، `عن` between the verb and its noun (`شدد على رفض`، `أعرب عن تقديره`). */
  stanceLink: Set<string>;
  /** `كما`، `إذ`: they join the verb, after a comma, to the clause before, whose subject it shares. */
  stanceJoin: Set<string>;
  /** `كما` after a comma: a bare verb of verbal conflict right after it continues the clause before. */
  commaJoin: Set<string>;
  /** Verbs of ordering or deciding right after such a `كما` whose act noun follows (`، كما أمرت بإغلاق`). */
  joinedCarrier: Set<string>;
  /** Prepositions that lead to the stance's other side (`مع`، `إلى جانب`، `تجاه`). */
  stanceSide: Set<string>;
  /** Nouns of one's own act with his pronoun (`زيارته`، `لقاؤها`): opening a clause a speaker reports, his act. */
  ownPossessedNoun: Set<string>;
}

/** The stance cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys). */
export function compileStanceCues(set: (kind: string) => SlotSet): StanceCues {
  return {
    stanceVerb: set("stance_verb"),
    ownStanceNoun: set("own_stance_noun"),
    stanceLink: set("stance_link"),
    stanceJoin: set("stance_join"),
    commaJoin: set("comma_join"),
    joinedCarrier: set("joined_carrier"),
    stanceSide: set("stance_side"),
    ownPossessedNoun: set("own_possessed_noun"),
  };
}
