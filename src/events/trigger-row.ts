// A trigger row as the matcher reads it (lexicons/triggers.tsv, compiled by triggers.ts): the event type and
// mode it gives, how its parties are introduced, and the flags its carrier column and generated forms set.
import type { EventType } from "../pipeline/types.ts";

export type ChannelAction = "suspend" | "resume" | "agree" | "propose" | "refuse" | "hold" | "";

export interface Trigger {
  type: EventType;
  mode: string | null;
  context: string[];
  /** `participle`: a circumstantial participle (متهماً، داعياً) whose actor is the sentence's subject. */
  pos: "verb" | "noun" | "participle";
  /** Prepositions (as keys) that introduce the other party; `between`, `direct`. */
  frame: string[];
  channel: ChannelAction;
  /** Keys of words one of which must follow within `reach` tokens (`وقع` … `اتفاقية`). */
  needs: string[];
  /** A generated form ending in the pronoun ه: a word written with ة is another word (`وزارة`). */
  pronounHeh?: boolean;
  /** A generated verb form with an attached object pronoun (`دعاها` → ها): the pronoun is the act's object. */
  object?: string;
  /** An imperfect with an object pronoun: an act only in a relative clause (morphology.ts). */
  relativeOnly?: boolean;
  /** How far the needed word may stand (NEEDS_REACH unless the row says). */
  reach: number;
  /** Keys of words that, right after the trigger, give it another sense (`ضربة جزاء`). */
  unless: string[];
  /** An explicit form that folds into another word: written as that word (`هنا`, not `هنأ`), it is that word. */
  writtenNot?: ReadonlySet<string>;
  /** A verb whose needed word is the noun before it, its relative clause's antecedent (`العقوبات التي فرضتها`). */
  antecedent?: boolean;
  /** The noun is an act only after an aspectual verb (`واصلت الصين دعمها لباكستان`). */
  aspectual?: boolean;
  /** The noun is an act only after a word of deciding, meaning or announcing (`قررت روسيا سحب قواتها`). */
  intent?: boolean;
  /** A stance told through a possessed noun (`أكد دعمه ل`): it needs a party it is for, even when joint. */
  stance?: boolean;
  /** The verb's subject receives the act its needed noun names (`حظيت روسيا بدعم الصين`). */
  received?: boolean;
  /** The verb's subject hosts its object (`استقبل`، `استضاف`): the guest is the visitor, PLOVER's actor. */
  hosted?: boolean;
  /** A passive participle of backing (`النظام السوري المدعوم من روسيا`): the body before it is backed by the state after من (backed.ts). */
  backed?: boolean;
  /** An adverbial noun of backing (`بدعم من روسيا`، `بدعم روسي`): the clause's subject is backed by the states after it (backing.ts). */
  backing?: boolean;
  /** A duty told by a complementizer (`قال X إن على Y أن`): the speaker is its actor, no party before it. */
  duty?: boolean;
  /** A verb of duty (`يجب على`، `يتعين على`): with no actor in its clause, the sentence's speaker acts. */
  must?: boolean;
  /** A necessity (`شدد على ضرورة التزام إيران`، `ضرورة أن تسحب كندا`): the doer it names is asked, the speaker asks. */
  necessity?: boolean;
  /** Holding a state responsible (`تحمل … المسؤولية`): with س or `أي` after it, a threat's content (vetoes.ts). */
  blame?: boolean;
  /** A detention told of its detainee (`القس الأمريكي المحتجز في تركيا`): the state after في holds the nisba's national (held.ts). */
  held?: boolean;
  /** A warning noun whose addressee must be a party right after it on ل or إلى (`وجهت روسيا تحذيرا لواشنطن`). */
  addressed?: boolean;
  /** `ستندم` (regret), `تقف وراء` (behind): the subject suffers the act, the speaker acts (speaker-actor.ts). */
  regret?: boolean;
  behind?: boolean;
  /** A death told passively inside a mission (`قتل داخل القنصلية السعودية`): a charge against the mission's state (premises.ts). */
  premises?: boolean;
  /** A charge said to have no ground (`إن مزاعم طهران لا أساس لها`): the speaker rejects the charge's owner (baseless.ts). */
  baseless?: boolean;
  /** A right granted by a complementizer (`قال X إن لإسرائيل الحق في`): its needed noun is a whole word. */
  right?: boolean;
  /** A death told with the fire that caused it (`قتل فلسطيني برصاص الجيش الإسرائيلي`): the killer follows the fire (fire-agent.ts). */
  fire?: boolean;
  /** A verb of wanting: an act only with a name right after it and `من` right after the name (want-from.ts). */
  wanter?: boolean;
  /** A verb form that is also a noun with its pronoun (`أدانته`، `إدانته` his conviction): a verb only right after a relative. */
  relative?: boolean;
  /** A deal's noun: no deal is made when a word of keeping, leaving or judging a known deal governs it (deal-known.ts). */
  deal?: boolean;
  /** A verbal noun of signing a deal: after ل following a noun of conditions or effort, a deal sought (deal-known.ts). */
  signing?: boolean;
  /** A standing measure told as a noun phrase: after a topic word it is spoken of (standing-topic.ts). */
  standing?: boolean;
  /** An embassy opened or moved (`افتتاح السفارة`، `نقل سفارتها`): a city of `embassy_seat` after it names the state backed (embassy-seat.ts). */
  embassy?: boolean;
  /** A bare noun of backing (`دعم روسيا للحكومة السورية`): an act only with its backer right after it (backer-noun.ts). */
  backer?: boolean;
}
