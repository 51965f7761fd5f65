// The cue sets of single rules (each read by one rule file, or a few), once lists written in the rules'
// own code: compiled from lexicons/cues.tsv by compileRuleCues, which compileCues (cues.ts) calls.
import { keyOf } from "../arabic/normalize.ts";
import { possessiveKeys } from "./cue-forms.ts";
import type { SlotSet } from "../arabic/tokens.ts";
import { cue, type Lexicons } from "../pipeline/lexicons.ts";

/** Cues each read by one rule, or by a few. */
export interface RuleCues {
  /** The words that open what a judging verb calls its object (`وصف العقوبات … بأنها`; described-as.ts). */
  descriptionOpener: Set<string>;
  /** The noun of responsibility itself, not `مسؤولين` (officials): a verb of blame's far noun (described-as.ts). */
  blameNoun: Set<string>;
  /** The verbal noun of help (`لمساعدة الجيش`): its AID row reads as a verb only after ل of purpose (trigger-fit.ts). */
  helpNoun: Set<string>;
  /** `وصف`، `يصف`: a reaction verb of describing, whose object is a party, not an act (condemned-subjectless.ts). */
  describeVerb: Set<string>;
  /** `الأمر`، `القمة`: heads whose relative clause after a call still names the one asked (request-relative.ts). */
  keptAntecedent: Set<string>;
  /** `بذلك`، `به`، `بهذا`: an object pointing back, refused by a quoted "we" (quoted-we.ts). */
  pointingObject: Set<string>;
  /** `لدعم`، `لمساعدة`، `بطلب`: a purpose of help after troops sent (deployed-help.ts). */
  helpPurpose: Set<string>;
  /** `لمواجهة`، `لصد`، `للتصدي`: a purpose of confronting after troops sent (confront-purpose.ts). */
  confrontPurpose: Set<string>;
  /** `الذي`، `التي`، `ما` before a verb whose object pronoun stands for what they refer to (trigger-fit.ts). */
  objectRelative: Set<string>;
  /** Words of time whose phrase tells when, not whom (`بعد`، `عقب`; not `خلال`، `منذ`): described-sides.ts. */
  timePhrase: Set<string>;
  /** `لقاء`، `مقابلة`: meeting nouns whose genitive is the one met (`قبل لقاء ترامب`; meeting-object.ts). */
  metNoun: Set<string>;
  /** `زيارة`، `لقاء`: meeting and visit nouns whose genitive, after a verb of intent, is the one met or visited (intended-meeting.ts). */
  intendedNoun: Set<string>;
  /** `يعتزم`، `تنوي`، `عزمه`: words of intending a meeting or visit noun may follow (intended-meeting.ts). */
  intentWord: Set<string>;
  /** `الضغط`، `فرض`: verbal nouns of an act on a state named after على or ضد (object-genitive.ts askedOnto). */
  pressureNoun: Set<string>;
  /** `ضرورة`: a noun of need before a verbal noun trigger makes its act one still to come (needed-act.ts). */
  needNoun: Set<string>;
  /** `من`، `ما`: before a word of time, it opens no phrase of another act (`من قبل الصين`; described-sides.ts). */
  timePhraseBlocker: Set<string>;
  /** Durations and pointers right after a word of time (`قبل أيام`، `بعد ذلك`), as written, not keys (described-sides.ts). */
  timePhraseSpan: Set<string>;
  /** Words that open a phrase of circumstance (`في ظل`، `وسط`): no complement of a trigger past one (described-sides.ts). */
  circumstance: Set<string>;
  /** `وسط` after a comma past a visit or meeting: a phrase of its setting (described-sides.ts). */
  amidWord: Set<string>;
  /** Names of a group of unnamed states standing alone (`الغرب`): a party of no state (unit-groups.ts). */
  groupName: Set<string>;
  /** `وقف`، `إنهاء`: nouns of halting after إلى or ب, a call to stop an act (halt-addressee.ts). */
  haltNoun: Set<string>;
  /** `إلى`: its spellings as keys (tie-vetoes.ts, vetoes.ts, post-seat.ts, envoy-seat.ts, issued-text.ts). */
  toWord: Set<string>;
  /** `في`، `لدى` after an envoy's title: the seat of the post, no object of the envoy's act (envoy-seat.ts). */
  seatPrep: Set<string>;
  /** `أنه`، `أنها`: the pronoun of a particle's subject after a subject_particle_head (`إلا أنه`; continued-clause.ts). */
  particlePronoun: Set<string>;
  /** Diplomats and envoys a host state asks to leave (`طلبت من السفير … مغادرة`; expelled-envoy.ts). */
  expelledEnvoy: Set<string>;
  /** The verbal noun of leaving (`مغادرة`، `بمغادرة`): a request that envoys leave (expelled-envoy.ts). */
  leaveNoun: Set<string>;
  /** `لا`، `عدم` right before `ضرورة`: a necessity denied lays nothing (necessity.ts). */
  necessityDenied: Set<string>;
  /** `تكون`، `يكون` after `ضرورة أن`: a state of things wished for, no act asked (necessity.ts). */
  necessityCopula: Set<string>;
  /** `يغطي`، `يشمل` right after a deal noun: the states after it are what the deal covers (content-verb.ts). */
  contentVerb: Set<string>;
  /** Negations between a pronoun complementizer and its verb (`أنها لن ترد`; participle-speaker.ts). */
  pronounNegation: Set<string>;
  /** `الممكن`، `المقرر` after `من` between `إنه` and a second `أن`: the speaker acts across them (bridged-speaker.ts). */
  modalBridge: Set<string>;
  /** `يريد`، `تأمل` between `إنه` and a second `أن`: the speaker acts across it (bridged-speaker.ts). */
  wishBridge: Set<string>;
  /** `الممكن` in `من الممكن أن` right before the act's verb: a possible act (bridged-speaker.ts, modality.ts). */
  possibleThat: Set<string>;
  /** `مرشح`، `المرشحة`: a candidate's title; the person is no state's side (candidate.ts). */
  candidateTitle: Set<string>;
  /** `إلى جانب`، `بالاشتراك مع`: partners who act with a force act's subject, not backers (companion-actor.ts). */
  jointCompanion: Set<string>;
  /** `وكذلك`، `بالإضافة إلى`، `فضلا عن` between two parties: one list, as with و (list-joins.ts). */
  listJoin: Set<string>;
  /** `أن` after بيد، غير، إلا: the refusal verb is read past it (refused-demand.ts). */
  contrastThat: Set<string>;
  /** Relative pronouns of a clause set off by commas after the subject (`الوزير، الذي كان …،`; recipient.ts). */
  asideRelative: Set<string>;
  /** `شن`، `تنفيذ` with ل right before an act noun: the act is one meant, not done (purpose-carrier.ts). */
  purposeCarrier: Set<string>;
  /** `يرسل`، `يوفد` in س, `أمر … بالتوجه`: the meeting noun after ل of purpose is to come (envoy-sent.ts). */
  envoyVerb: Set<string>;
  orderVerb: Set<string>;
  envoyGoing: Set<string>;
  /** Relative pronouns that after a back-reference word refer to a claim told before (`الأمر الذي`; reaction-targets.ts). */
  backrefRelative: Set<string>;
  /** The prepositions a phrase of another matter opens with (`في سياق منفصل`; previous-claim.ts). */
  shiftPrep: Set<string>;
  /** Words after which a state is where traded goods go or come from (`من`، `إلى`; trade-party.ts). */
  tradeDirection: Set<string>;
  /** Prepositions that name an act of force's target after its agent (`على`، `ضد`; object-genitive.ts). */
  targetPrep: Set<string>;
  /** Prepositions that open a complement of asking (`دعت إلى إدانة`; object-genitive.ts). */
  askedPrep: Set<string>;
  /** `على`، `إلى` before a complement noun: a form after one is a noun (triggers.ts, meeting-object.ts). */
  complementPrep: Set<string>;
  /** Nouns of a decision (`قرار`): its owner named after it does the act after ب (decided-act.ts). */
  decisionNoun: Set<string>;
  /** Verbs of containing (`تضمنت`، `تشمل`): with a subject of demands, the acts after are asked (demand-content.ts). */
  containVerb: Set<string>;
  /** Nouns of demands, conditions and proposals (`المطالب`، `الشروط`; demand-content.ts). */
  demandNoun: Set<string>;
  /** The nouns of an invitation (`دعوة`): its genitive is the guest when what he is invited to follows (call-object.ts). */
  invitationNoun: Set<string>;
  /** What one is invited to do (`لزيارة`، `لحضور`), after ل or إلى (call-object.ts). */
  invitedTo: Set<string>;
  /** Nouns of conditions (`شروط`، `شروطا`): an act noun with ل right after one and its genitive is their goal (act-type.ts). */
  conditionNoun: Set<string>;
  /** `لكنه`، `لكنها` opening a sentence before its speech verb: the speaker is carried from before (carried-speaker.ts). */
  contrastPronoun: Set<string>;
  /** `الصادر`، `الصادرة` after a text's noun and before `عن`: its issuer follows (issued-text.ts). */
  issuedBy: Set<string>;
  /** `العقوبات` + the imposer's nisba: a standing measure; `الجديدة` after it makes it the news (standing-measure.ts). */
  standingMeasure: Set<string>;
  newMeasure: Set<string>;
  /** `جارة`، `حلفاء`: nouns of another party, not the speaker's own act when they open a reported clause (sides.ts). */
  otherPartyNoun: Set<string>;
  /** `مدن`، `بلدية`: heads that make a capital after them a city, a place (city-list.ts). */
  cityHead: Set<string>;
  /** `رئيس`، `مديرة` + `الدولي`: the title of a world body's office; a nisba after its comma is no side (body-official.ts). */
  bodyOfficialHead: Set<string>;
  worldBodyWord: Set<string>;
  /** `المحتجز`، `المفروضة` right before `منذ`: the span is that state's length, not the act's date (since-count.ts). */
  standingParticiple: Set<string>;
  /** `للخروج من`، `خطة الانسحاب من`: an organisation left in a plan's aim is no side (left-body.ts). */
  bodyLeaveNoun: Set<string>;
  planNoun: Set<string>;
  /** `شن`، `نفذ`: verbs that launch an attack noun; their subject between may hold the word the noun needs (trigger-fit.ts). */
  launchVerb: Set<string>;
  /** Words that govern a deal already known (`للحفاظ على`، `موقف … من`، `سحب … من`; deal-known.ts). */
  dealKept: Set<string>;
  /** Prepositions between such a word and the deal noun (deal-known.ts). */
  dealKeptPrep: Set<string>;
  /** Participles of a deal made (`المبرم`، `الموقع`) right after its noun (deal-known.ts). */
  dealMadeParticiple: Set<string>;
  /** Complementizers after which a definite deal noun is a claim's topic (`إن الاتفاق لم يكن`; deal-known.ts). */
  dealTopic: Set<string>;
  /** `مع`، `بين` right after a deal noun: its sides, so a deal named as made between them (deal-known.ts). */
  dealSides: Set<string>;
  /** Nouns of effort before `ل` + a verbal noun of signing: a deal sought (deal-known.ts). */
  dealSought: Set<string>;
  /** `توقيع`، `إبرام`: a deal noun right after one that is sought is sought too (deal-known.ts). */
  dealSignNoun: Set<string>;
  /** Perfects of signing or concluding (`وقعت`، `وقعته`، `أبرم`): a deal noun they govern is a signing (deal-signed.ts). */
  dealSigned: Set<string>;
  /** Perfects of making a deal with its object pronoun (`وقعته`، `أبرمها`): right after the deal noun, a deal made before (deal-made.ts). */
  dealMadeObject: Set<string>;
  /** Words that end the reach of a verb of signing before a deal noun (`بعد`، `منذ`; deal-signed.ts). */
  dealSignBreak: Set<string>;
  /** Heads of a body two states form together (`اللجان الأردنية السورية`): its stacked nisbas are a meeting's sides. */
  jointBody: Set<string>;
  /** Verbs of revealing (`كشفت … عن اجتماع`): the act revealed is of a time the report does not give. */
  revealVerb: Set<string>;
  /** Words of "after" before أن that open a clause of time (`بعد أن`، `عقب أن`), as written keys (after-told.ts). */
  afterThat: Set<string>;
  /** `بعدما`: a word of "after" that needs no أن (after-told.ts). */
  afterWhat: Set<string>;
  /** Finite verbs of replying (`ردت`، `ترد`) before `على` and a charge or threat noun (replied-charge.ts). */
  replyWord: Set<string>;
  /** Verbs of condemning that a court as their subject makes a conviction (`أدانت محكمة`; court-verdict.ts). */
  convictVerb: Set<string>;
  /** Verbs of attacking that a private person as subject does in words (`هاجم الداعية`; private-subject.ts). */
  wordAttack: Set<string>;
  /** A dual pronoun after a meeting or call noun (`بينهما`، `جمعهما`): its sides are named before it (call-partner.ts). */
  pairPronoun: Set<string>;
  /** A verb of bringing together with a singular object pronoun after a meeting noun (`التي ستجمعه`; met-pronoun.ts). */
  meetingPronounVerb: Set<string>;
  /** `خلال`، `أثناء` before a trip's noun (trip-program.ts). */
  tripDuring: Set<string>;
  /** Nouns of a visit or summit whose programme a negated meeting verb tells (`لن يلتقي … خلال زيارته`; trip-program.ts). */
  tripFrame: Set<string>;
  /** Forms of `توصل` (reach): an agreement only when what is reached is one (reached-finding.ts). */
  reachVerb: Set<string>;
  /** `إلى` after a verb of reaching (reached-finding.ts). */
  reachTo: Set<string>;
  /** `أن`، `نتيجة`، `قناعة` after `توصل إلى`: a finding reached, no agreement (reached-finding.ts). */
  reachedFinding: Set<string>;
  /** Heads of a named deal (`اتفاق`، `معاهدة`): a name reached that opens with one is a deal (reached-finding.ts). */
  reachedDeal: Set<string>;
  /** Adjectives of lying next to (`المتاخمة`، `المحاذية`): a state on ل after one locates a place (place-mentions.ts). */
  adjacentHead: Set<string>;
  /** `مصير`: a state in construct after it is a fate spoken of, no side (place-mentions.ts). */
  fateHead: Set<string>;
  /** `يقضي`، `تقضي` (with ب) and `ينص`، `تنص` (with على): a noun trigger after one is a measure's content (provision.ts). */
  provideVerbBi: Set<string>;
  provideVerbAla: Set<string>;
  /** A round or session of a meeting (`الجولة السابعة لاجتماعات`): the ل after it is a genitive's (lam-cause.ts). */
  partHead: Set<string>;
  /** Verbs of comprising after a meeting's body (`للجنة ثلاثية تضم مصر`; comprised.ts). */
  compriseVerb: Set<string>;
  /** Duals in construct (`دولتي المصب: مصر والسودان`; dual-apposition.ts). */
  dualConstruct: Set<string>;
  /** `رحب`، `ترحب`: verbs of welcome, whose ب may name guests greeted, not a deed praised (guests-welcomed.ts). */
  welcomeVerb: Set<string>;
  /** `الحضور`، `الضيوف`، `ضيفه`: the guests a host greets (guests-welcomed.ts). */
  guestNoun: Set<string>;
  /** `embassy_seat:ISR` forms: a city whose embassies back the state that holds it as its seat (embassy-seat.ts). */
  embassySeat: Map<string, string>;
  /** `كما` opening a sentence right before its act's verb: the act goes on with the time told before (continued-time.ts). */
  timeCarry: Set<string>;
  /** `ردت` opening a sentence: a reply told right after what it answers, of that time (continued-time.ts). */
  timeCarryReply: Set<string>;
  /** `تهديد السعودية وقف التعاون`: a threat noun whose object, after its genitive, is the threatened act (threatened.ts). */
  threatNoun: Set<string>;
  /** `نقلت`، `نقل`: report verbs whose `عن` names the speaker quoted (`نقلت الوكالة عن الوزير قوله`; cited-speaker.ts). */
  reportVerb: Set<string>;
  /** `إليه`، `لها` right after a verb of calling: the meeting named before is its content (called-to.ts). */
  calledTo: Set<string>;
  /** `دعا`، `حث`: masculine perfect verbs of calling, whose subject is no state of feminine name (object-called.ts). */
  masculineCall: Set<string>;
  /** `قواته`، `جنودها`: forces of the one a pronoun points to, a threat's subject (forces-vow.ts). */
  forcesPossessive: Set<string>;
  /** `يجب`، `لا بد`: a duty right before أن and a regret verb makes the regret one to come (regret-to-come.ts). */
  regretDuty: Set<string>;
  /** `ستجعل`: a causative to come whose object regrets (`ستجعل واشنطن تندم`; regret-to-come.ts). */
  regretCausative: Set<string>;
  /** `إذا`، `حال`، `لم`: a condition after a threat with no target names the state threatened (conditional-threat.ts). */
  conditionIf: Set<string>;
}

/** The rule cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys; `timePhraseSpan` keeps the forms as written). */
export function compileRuleCues(lex: Lexicons, set: (kind: string) => SlotSet): RuleCues {
  return {
    descriptionOpener: set("description_opener"),
    blameNoun: set("blame_noun"),
    helpNoun: set("help_noun"),
    describeVerb: set("describe_verb"),
    keptAntecedent: set("kept_antecedent"),
    pointingObject: set("pointing_object"),
    forcesPossessive: possessiveKeys(set("forces_possessive")),
    helpPurpose: set("help_purpose"),
    confrontPurpose: set("confront_purpose"),
    objectRelative: set("object_relative"),
    timePhrase: set("time_phrase"),
    metNoun: set("met_noun"),
    intendedNoun: set("intended_noun"),
    intentWord: set("intent_word"),
    needNoun: set("need_noun"),
    pressureNoun: set("pressure_noun"),
    timePhraseBlocker: set("time_phrase_blocker"),
    timePhraseSpan: new Set(cue(lex, "time_phrase_span")),
    circumstance: set("circumstance"),
    amidWord: set("amid_word"),
    groupName: set("group_name"),
    toWord: set("to_word"),
    seatPrep: set("seat_prep"),
    particlePronoun: set("particle_pronoun"),
    expelledEnvoy: set("expelled_envoy"),
    leaveNoun: set("leave_noun"),
    necessityDenied: set("necessity_denied"),
    necessityCopula: set("necessity_copula"),
    pronounNegation: set("pronoun_negation"),
    contentVerb: set("content_verb"),
    modalBridge: set("modal_bridge"),
    wishBridge: set("wish_bridge"),
    possibleThat: set("possible_that"),
    candidateTitle: set("candidate_title"),
    jointCompanion: set("joint_companion"),
    listJoin: set("list_join"),
    contrastThat: set("contrast_that"),
    threatNoun: set("threat_noun"),
    asideRelative: set("aside_relative"),
    purposeCarrier: set("purpose_carrier"),
    envoyVerb: set("envoy_verb"),
    orderVerb: set("order_verb"),
    envoyGoing: set("envoy_going"),
    backrefRelative: set("backref_relative"),
    shiftPrep: set("shift_prep"),
    tradeDirection: set("trade_direction"),
    targetPrep: set("target_prep"),
    askedPrep: set("asked_prep"),
    complementPrep: set("complement_prep"),
    decisionNoun: set("decision_noun"),
    containVerb: set("contain_verb"),
    demandNoun: set("demand_noun"),
    invitationNoun: set("invitation_noun"),
    invitedTo: set("invited_to"),
    conditionNoun: set("condition_noun"),
    contrastPronoun: set("contrast_pronoun"),
    dealKept: set("deal_kept"),
    dealKeptPrep: set("deal_kept_prep"),
    dealMadeParticiple: set("deal_made_participle"),
    dealTopic: set("deal_topic"),
    dealSides: set("deal_sides"),
    dealSought: set("deal_sought"),
    dealSignNoun: set("deal_sign_noun"),
    dealSigned: set("deal_signed"),
    dealSignBreak: set("deal_sign_break"),
    dealMadeObject: set("deal_made_object"),
    jointBody: set("joint_body"),
    revealVerb: set("reveal_verb"),
    afterThat: set("after_that"),
    afterWhat: set("after_what"),
    replyWord: set("reply_word"),
    convictVerb: set("convict_verb"),
    wordAttack: set("word_attack"),
    pairPronoun: set("pair_pronoun"),
    meetingPronounVerb: set("meeting_pronoun_verb"),
    tripDuring: set("trip_during"),
    tripFrame: set("trip_frame"),
    reachVerb: set("reach_verb"),
    reachTo: set("reach_to"),
    reachedFinding: set("reached_finding"),
    reachedDeal: set("reached_deal"),
    adjacentHead: set("adjacent_head"),
    fateHead: set("fate_head"),
    provideVerbBi: set("provide_verb_bi"),
    provideVerbAla: set("provide_verb_ala"),
    partHead: set("part_head"),
    compriseVerb: set("comprise_verb"),
    dualConstruct: set("dual_construct"),
    welcomeVerb: set("welcome_verb"),
    guestNoun: set("guest_noun"),
    timeCarry: set("time_carry"),
    timeCarryReply: set("time_carry_reply"),
    reportVerb: set("report_verb"),
    calledTo: set("called_to"),
    masculineCall: set("masculine_call"),
    regretDuty: set("regret_duty"),
    regretCausative: set("regret_causative"),
    conditionIf: set("condition_if"),
    issuedBy: set("issued_by"),
    standingMeasure: set("standing_measure"),
    newMeasure: set("new_measure"),
    otherPartyNoun: set("other_party_noun"),
    cityHead: set("city_head"),
    bodyOfficialHead: set("body_official_head"),
    worldBodyWord: set("world_body_word"),
    standingParticiple: set("standing_participle"),
    bodyLeaveNoun: set("body_leave_noun"),
    planNoun: set("plan_noun"),
    launchVerb: set("launch_verb"),
    haltNoun: set("halt_noun"),
    embassySeat: new Map(
      [...lex.cues.entries()]
        .filter(([kind]) => kind.startsWith("embassy_seat:"))
        .flatMap(([kind, forms]) => forms.map((f): [string, string] => [keyOf(f), kind.slice(13)])),
    ),
  };
}
