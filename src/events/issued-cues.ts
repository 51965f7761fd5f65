// The cue sets of the event stage that read texts a body issues (a resolution, a statement, an order):
// compiled from lexicons/cues.tsv by compileIssuedCues, which compileCues (cues.ts) calls.
import type { SlotSet } from "../arabic/tokens.ts";

/** Cues of issued texts. */
export interface IssuedCues {
  /** Nouns of a text a body issues (`قرارا`، `بيانا`): an imperfect right after one describes it (issued-text.ts). */
  issuedText: Set<string>;
  /** `التابع`، `التابعة`: a body of the organisation after its ل (subject-after.ts). */
  affiliated: Set<string>;
  /** A statement brought in (`بيان`، `بيانا`): statement-day.ts. */
  statementNoun: Set<string>;
  /** A statement named again (`البيان`، `بيانها`): statement-day.ts. */
  statementAgain: Set<string>;
  /** Nouns of a text of speech (`بيان`، `تصريحات`، `مقابلة`): a verb with `فيه` after it tells it (statement-author.ts). */
  spokenText: Set<string>;
  /** `فيه`، `فيها`: the pronoun of the text a verb tells about (statement-author.ts). */
  inText: Set<string>;
  /** `أجرى`، `أدلى`، `نشر`: a verb whose subject before a text of speech is its author (statement-author.ts). */
  textMaker: Set<string>;
}

/** The issued-text cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys). */
export function compileIssuedCues(set: (kind: string) => SlotSet): IssuedCues {
  return {
    issuedText: set("issued_text"),
    affiliated: set("affiliated"),
    statementNoun: set("statement_noun"),
    statementAgain: set("statement_again"),
    spokenText: set("spoken_text"),
    inText: set("in_text"),
    textMaker: set("text_maker"),
  };
}
