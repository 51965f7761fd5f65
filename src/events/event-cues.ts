// The function-word sets the event stage reads (`EventCues`), by what each tells the stage; compiled
// from lexicons/cues.tsv by compileCues (cues.ts).

import type { IssuedCues } from "./issued-cues.ts";
import type { HolderCues } from "./holder-cues.ts";
import type { StanceCues } from "./stance-cues.ts";
import type { MeetingCues } from "./meeting-cues.ts";
import type { DateCues, ModalityCues } from "./modality-date-cues.ts";
import type { RuleCues } from "./rule-cues.ts";
import type { DealCues } from "./deal-cues.ts";
import type { UnitGroupCues } from "./unit-group-cues.ts";
import type { PlaceCues } from "./place-cues.ts";
import type { ForceCues } from "./force-cues.ts";
import type { ChargeCues } from "./charge-cues.ts";
import type { ReplyCues } from "./reply-cues.ts";
import type { AgreementCues } from "./agreement-cues.ts";

/**
 * The event stage's cue sets; of modality and time in modality-date-cues.ts, of meetings in meeting-cues.ts, of
 * holders in holder-cues.ts, of stances in stance-cues.ts, each read by one rule in rule-cues.ts; of peoples,
 * duals and groups of states in unit-group-cues.ts, of places in place-cues.ts, of force in force-cues.ts, of
 * charges in charge-cues.ts, of replies in reply-cues.ts, of agreements in agreement-cues.ts.
 */
export interface EventCues
  extends
    ModalityCues,
    DateCues,
    MeetingCues,
    IssuedCues,
    HolderCues,
    StanceCues,
    RuleCues,
    DealCues,
    UnitGroupCues,
    PlaceCues,
    ForceCues,
    ChargeCues,
    ReplyCues,
    AgreementCues {
  /** `يحضرها`، `بمشاركة`: attending the meeting just named (cue attendance). */
  attendance: Set<string>;
  speech: Set<string>;
  /** Verbs of concluding, believing, claiming, insisting (`خلصت … إلى أن`، `تصر … على أن`): a judgement's frame only. */
  conclude: Set<string>;
  attribution: Set<string>;
  complementizer: Set<string>;
  clauseBreak: Set<string>;
  /** `رغم` ends an act's clause (clauses.ts); `الإعصار` after a verb is its subject; `فيه` is resumptive. */
  concessive: Set<string>;
  natureAgent: Set<string>;
  resumptive: Set<string>;
  speechParticiple: Set<string>;
  /** Participles of warning and pledging (`محذرة من أنها`): with speechParticiple, participle-speaker.ts. */
  vowParticiple: Set<string>;
  /** Verbs of pledging and warning, nouns of announcing (`تعهد ترامب بأنه`، `إعلان ترامب أنه`): participle-speaker.ts. */
  vowSpeech: Set<string>;
  /** Words of a speaker who comments for no state (forecast.ts). */
  commentatorWord: Set<string>;
  /** Verbs and nouns of informing (addressed.ts). */
  informWord: Set<string>;
  /** Verbs of urging and advising, read before عدم (addressed.ts). */
  advise: Set<string>;
  /** Nouns of protection, aid or provision, before a beneficiary on ل (addressed.ts). */
  benefitNoun: Set<string>;
  preposition: Set<string>;
  /** Words that join the items of a list of states besides و (`بالإضافة إلى`، `إلى جانب`), as phrase keys. */
  listJoiner: Set<string>;
  /** Adverbs that may stand between a future verb and the noun trigger it carries (`ستأمر أيضا بإغلاق`). */
  carrierFiller: Set<string>;
  /** Words of recognizing, and the ب-objects that make them an admission (`اعترف … بالكذب`). */
  recognition: Set<string>;
  confession: Set<string>;
  /** A draft and what it drafts (`مشروع قرار`): an act after it is the draft's content. */
  draftHead: Set<string>;
  draftOf: Set<string>;
  /** Words of contrast that end a draft's content (`لكن`). */
  draftBreak: Set<string>;
  /** Words that after `من` make an adverb or a compound preposition, not whom one asks (`من جهتها`، `من خلال`). */
  minCompound: Set<string>;
  /** Forms that are a perfect verb and a verbal noun whose genitive is its agent (`طلب`، `عرض`). */
  agentNounForm: Set<string>;
  /** Prepositions before a request or offer that the sentence's subject answers (`تنظر في طلب الكويت`). */
  answerPrep: Set<string>;
  /** A participle of demanding that is also the verbal noun (`مطالبة`): after a lead word or an act's subject, the noun. */
  demandNounForm: Set<string>;
  /** Sequence and pointing words before such a form (`عقب`، `بعد`، `إلى`): the demand told is another's (demand-noun.ts). */
  demandNounLead: Set<string>;
  /** Question words before such a verb (`ماذا يريد`): no one is asked. */
  wantQuestion: Set<string>;
  /** A party's partners or allies (`شركائه`): with their nisba after a noun of persuading, the persuaded (persuaded.ts). */
  partnerHead: Set<string>;
  /** Words of purpose before a verbal noun (`بهدف`): the noun is the aim of the act before it (persuaded.ts). */
  purposeLead: Set<string>;
  backref: Set<string>;
  relative: Set<string>;
  /** Nouns of meeting that, after ل of purpose, take the party met as object (للقاء كيم). */
  meetingPurpose: Set<string>;
  nestedAct: Set<string>;
  lightVerb: Set<string>;
  /** Heads of a group sent by a body or state (`وفد من`، `فريق من`): the body after من is the sender. */
  delegationHead: Set<string>;
  /** Prepositions by which the verb of a noun's relative clause names the act's target (`التي وجهتها إسرائيل إلى`). */
  carrierPrep: Set<string>;
  /** Verbs of targeting whose object is what the act's noun before them struck (`التي استهدفت`). */
  targetVerb: Set<string>;
  /** Prepositions by which what is agreed names the state it is done for or with (`على تسليم النظام إلى تركيا`). */
  agreedFor: Set<string>;
  /** Bare act nouns whose praise or welcome is for the state that did the act last told (`بالقرار`، `هذا الموقف`). */
  welcomedAct: Set<string>;
  /** Words of deciding, meaning, wishing or announcing that carry a verbal noun as the act (قرر سحب قواته). */
  intent: Set<string>;
  /** Acts named by their hoped-for outcome (`إقناع`): failing at them still tells the attempt, the act. */
  effortAct: Set<string>;
  pronounComplementizer: Set<string>;
  between: Set<string>;
  /** `بينه`، `بينها`: a between word whose pronoun is one side (between-pronoun.ts). */
  betweenPronoun: Set<string>;
  counterpart: Set<string>;
  /** A divided state's half → direction word (key) → the other half it names (`KOR` → `الشماليه` → `PRK`): halves.ts. */
  otherHalf: Map<string, Map<string, string>>;
  /** Title heads whose clitic preposition governs the person or nisba after them (`بالعاهل السعودي`). */
  titleObject: Set<string>;
  /** Title heads whose body follows after ل (`الأمين العام للأمم المتحدة`). */
  bodyTitle: Set<string>;
  /** Heads of a person or paper that speaks for a body after في or ل (`مسؤول في الأمم المتحدة`، `تقرير للأمم المتحدة`). */
  memberHead: Set<string>;
  /** Nouns of a state's standing (`باستقلال الكويت`) whose clitic frame preposition governs the state after them. */
  stateAttribute: Set<string>;
  /** Cancel words a party does to a meeting (`ألغى`، `أرجأ`), not a meeting's own stopping (`توقفت`). */
  cancelBy: Set<string>;
  /** Verbs of deciding or choosing before `عدم` (`قرر عدم المشاركة`): the act is refused. */
  decide: Set<string>;
  reciprocal: Set<string>;
  sideHead: Set<string>;
  seatBody: Set<string>;
  /** `الأشقاء في تركيا`: brothers before `في` + a state make the state a party (place-mentions.ts). */
  kinSeat: Set<string>;
  sharedSubject: Set<string>;
  thenVerb: Set<string>;
  /** Verbs of joining others in an act (`انضمت كندا إلى الولايات المتحدة في فرض عقوبات`, joined-in.ts). */
  joinedVerb: Set<string>;
  doneWith: Set<string>;
  topicShift: Set<string>;
  /** Particles carrying the subject as a pronoun right before a verb (`لكنه`، `ولكنها`). */
  subjectParticle: Set<string>;
  /** Words before أنه/أنها that make it such a particle (`إلا أنه`، `غير أنها`). */
  subjectParticleHead: Set<string>;
  constructTitle: Set<string>;
  constructPost: Set<string>;
  host: Set<string>;
  ally: Set<string>;
  backer: Set<string>;
  backerAdjective: Set<string>;
  backerHead: Set<string>;
  /** Words of a state's government, army or forces before its nisba: a body a backing participle may qualify (backed.ts). */
  backedBody: Set<string>;
  /** Forces and air cover after ب of a backing participle (`مدعوما بقوات روسية`): military aid (backed.ts). */
  backedForce: Set<string>;
  /** Verbs of being, beginning, ending or arriving that carry a visit noun with no agent (`الذي كان في زيارة`; visitor.ts). */
  visitFrame: Set<string>;
  sportTail: Set<string>;
  mediaHead: Set<string>;
  /** Passive verbs of being hurt (`أصيب`): their subject suffered the attack the noun after them tells. */
  victim: Set<string>;
  undergo: Set<string>;
  /** Words of suspicion or allegation (`يشتبه`، `المزعوم`): a deed done whose doer is in doubt. */
  suspicion: Set<string>;
  nameHead: Set<string>;
  /** The keys `بلاده`، `حكومتها` … of the cue words `state_possessive`, with their pronoun. */
  statePossessive: Set<string>;
  ownPeople: Set<string>;
  atRequest: Set<string>;
  hostileAct: Set<string>;
  /** Verbal nouns that end the hostile act named right after them (`رفع العقوبات`). */
  lifting: Set<string>;
  envoyHead: Set<string>;
  /** Heads of an envoy's title whose إلى names the post's seat (`المبعوث الأممي إلى سوريا`): post-seat.ts. */
  postHead: Set<string>;
  /** Words of a post's standing between an envoy's state and the seat (`السابقة`، `الدائم`): envoy-seat.ts. */
  postQualifier: Set<string>;
  /** Words of a go-between (`الوسيط`، `التوسط`): the sides after their بين are mediated (mediated-sides.ts). */
  mediatorHead: Set<string>;
  /** Words right before an international body that make it a venue (`أمام`، `هامش`، `في`): igo-venue.ts. */
  igoVenueBefore: Set<string>;
  /** Meeting nouns whose body after them is a venue after a setting word (`خلال جلسة لمجلس الأمن`). */
  igoMeeting: Set<string>;
  /** Setting words before such a meeting noun (`خلال`، `في`، `على هامش`، `لحضور`). */
  igoSetting: Set<string>;
  passiveAux: Set<string>;
  /** `قبل`، `يد` after من/على: the agent of the act before them (`من قبل الولايات المتحدة`). */
  agentHead: Set<string>;
  /** After من only, the agent of the act before (`من جانب السعودية`). */
  agentSide: Set<string>;
  /** `ممارسات`، `سياسة`: a state right after one is the object's owner (`يدين ممارسات إيران`). */
  conductHead: Set<string>;
  /** Nouns of a thing an act is done to (الطائرة، القاعدة): a nisba right after one names its owner. */
  objectHead: Set<string>;
  /** A state's missions abroad (`القنصلية`، `مكتب`): right after a noun of an act done to them, its object. */
  missionHead: Set<string>;
  /** Head nouns an organisation named before is called by alone (`المجلس`، `الحلف`). */
  orgBackHead: Set<string>;
  /** `الأخيرة`، `الأخير` (the latter): the party named last before it, of its gender. */
  latter: Set<string>;
  /** Heads of connectives with ذلك (`في غضون ذلك،`، `إلى جانب ذلك،`): the trigger after the comma is no back-reference. */
  connectiveHead: Set<string>;
  /** Words that open a fronted phrase at a sentence's head (`وفي محاولة …،`، `وعلى غرار …،`). */
  frontedOpener: Set<string>;
  /** Pronouns before a relative ما that sums up the clause before (`وهو ما`). */
  whatHead: Set<string>;
  /** The relative ما as a subject (`ما يدعو`): a request verb after it names a reason, no asker. */
  whatSubject: Set<string>;
  /** Compound prepositions with ل (`لصالح`): no object of a noun of speech. */
  lamCompound: Set<string>;
  /** Nouns that take their object with ل (`تنفيذاً لاتفاق`، `توصله لاتفاق`): that ل is no purpose. */
  lamObjectHead: Set<string>;
  /** Verbs and nouns of praise, thanks or blame (`انتقد`، `شكر`): a ل after them may give the cause. */
  judgedFor: Set<string>;
  /** Prepositions of "after" (`عقب`، `بعد`): a noun act right after one is the earlier act, told, not meant. */
  afterWord: Set<string>;
  /** `غير` before an adjective (`غير متوقع`): the adjective's opposite, not expected. */
  unlikeWord: Set<string>;
  /** Collectives that are no state as an act's object (`المجتمع الدولي`، `مختلف أطراف`); what is asked of the world. */
  world: { addressee: Set<string>; quantity: Set<string>; asked: Set<string>; nisbas: Set<string> };
  /** Nouns of people (journalists, investors) as the object of a request: it asks no state (`ستدعو صحفيين من أمريكا`). */
  peopleAsked: Set<string>;
  /** A court or judge as the object of a request: a filing, no act between states (req42). */
  courtAsked: Set<string>;
  /** Nouns whose preposition names a topic (`العلاقات مع`، `الحرب في`): not the trigger's frame. */
  topicHead: Set<string>;
  anyWord: Set<string>;
  whenAhead: Set<string>;
  attackWord: Set<string>;
  verbalAttack: Set<string>;
  sportWord: Set<string>;
  speechObject: Set<string>;
  /** Words of telling a refusal declines (`رفض تأكيد`، `رافضا تسميتها`): read only after a refusal. */
  declinedObject: Set<string>;
  /** Count words after which a verb form is the noun counted (`خمسة آلاف طالب`). */
  countWord: Set<string>;
  /** Nouns of issues and files (`قضايا`، `ملفات`): states after `قضايا مثل` are examples, not parties. */
  issueHead: Set<string>;
  /** Adverbial nouns of backing (`دعما`، `تضامنا`): a state after one on ل is the side backed, no recipient. */
  backingAdverb: Set<string>;
  /** Nouns of tension, conflict or rapprochement (`التوتر`، `الصراع`): `بين X و Y` after one is the act's topic. */
  betweenTopic: Set<string>;
  /** Verbal nouns of force whose bare state genitive is the state struck (`قصف اليمن`), unless a target follows. */
  objectGenitiveAct: Set<string>;
  /** Verbal nouns of acting on a state whose bare genitive is the state acted on (`معاقبة روسيا`). */
  objectGenitiveNoun: Set<string>;
  /** The adjective of house arrest (`الإقامة الجبرية`): a release followed by it is a move to house arrest. */
  houseArrest: Set<string>;
  /** Nouns of a danger or an escalation (`خطر`، `التصعيد`): right before a verb of threatening, a danger, no threat. */
  dangerSubject: Set<string>;
  /** Words of fear (`يخشى`، `مخاوف`): an act right after their من or أن is feared, not done (feared.ts). */
  fearWord: Set<string>;
  /** Words of consequence or possibility between من and a feared or warned-against act (`مغبة`، `احتمال`). */
  fearedLink: Set<string>;
  /** Armed groups that are no state (`طالبان`، `الحوثيين`، `داعش`): a strike in their sentence has no place target. */
  insurgent: Set<string>;
  /** Rebel sides and armed factions (`الانفصاليين`، `فصائل`، `الميليشيات`): a state backing them backs no state. */
  armedSide: Set<string>;
  /** Head nouns of a state's diplomatic mission (`القنصلية`، `السفارة`): a death told inside one is a charge (premises.ts). */
  mission: Set<string>;
  /** Words of inside that put a deed within a mission (`داخل`، `في`). */
  premisesIn: Set<string>;
  bear: Set<string>;
  /** Verbs of expecting or bracing (`على واشنطن توقع`، `أن تستعد`): a duty to brace is a warning. */
  brace: Set<string>;
  /** First person plural verbs of asking and denying (`ندعو`، `ننفي`): the speaker acts on the party after them. */
  weDemand: Set<string>;
  /** First person verbs of thanking and welcoming (`نشكر`، `أشكر`): read as weDemand. */
  wePraise: Set<string>;
  /** Impersonal verbs of obligation (`يجب`، `ينبغي`): no subject; the speaker lays the duty. */
  dutyVerb: Set<string>;
  /** Verbal nouns whose genitive is their doer (`التزام إيران`): after ضرورة, the state the necessity is laid on. */
  dutyAgentNoun: Set<string>;
  /** Words of freeing people held (`سراح`، `الإفراج`): a demand of them is aimed at the state holding them. */
  releaseWord: Set<string>;
  /** Words of an outlet spoken to, whose nisba is no recipient (`للتلفزيون الإيراني`; outlet-venue.ts). */
  outletWord: Set<string>;
  /** Words between an outlet_word and its nisba (`الرسمي`). */
  outletAdjective: Set<string>;
  /** Nouns of persuading whose genitive before a ب complement is the one persuaded (`إقناع ترامب بالبقاء`). */
  patientNoun: Set<string>;
  /** Verbs of praise and thanks that continue the subject of the sentence before (`وأعرب عن شكره لـ`). */
  praiseOpen: Set<string>;
  /** `معها`، `عليه` by key: the preposition's key and whether the pronoun is feminine (ها). */
  pronounPrep: Map<string, { prep: string; feminine: boolean }>;
}
