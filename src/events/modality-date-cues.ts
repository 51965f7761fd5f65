// The cue sets of the event stage that read an act's modality (negation, condition, intent, a warning's
// stance) and its time (past, background, spans, weekdays), split from event-cues.ts; compiled from
// lexicons/cues.tsv by compileModalityDateCues, which compileCues (cues.ts) calls.
import { keyOf } from "../arabic/normalize.ts";
import type { SlotSet } from "../arabic/tokens.ts";
import type { Lexicons } from "../pipeline/lexicons.ts";
import { calendarWords, weekdayWords } from "./cue-forms.ts";

/** Cues of whether an act is done, denied, conditional, planned or only warned of. */
export interface ModalityCues {
  negation: Set<string>;
  /** Verbs of ceasing a negation before them turns into "still" (`ما زالت`، `لا يزال`). */
  still: Set<string>;
  /** Nouns of ground and truth (`لا أساس لاتهامات`): a charge noun on ل after them is called groundless, not negated. */
  groundNoun: Set<string>;
  negationVerb: Set<string>;
  /** Verbs of implying (`يعني`): negated before أن, the clause after is said not to follow (negation.ts). */
  entailVerb: Set<string>;
  /** Verbs of denying (`نفت`، `تنفيه`): a denial answers the last charge against the denier. */
  denialVerb: Set<string>;
  refusal: Set<string>;
  /** Verbs of allowing (`تسمح`): refused with a state right after their ل, a red line drawn for it. */
  forbid: Set<string>;
  /** Verbs of ruling out (يستبعد): negated, the act after them is possible, not denied. */
  ruleOut: Set<string>;
  /** Verbs of hesitating (تتردد): after لن or لا (negationToCome), the act after them is ruled in (ruled-out.ts). */
  hesitate: Set<string>;
  negationToCome: Set<string>;
  /** Threat words whose ب-complement is the threatened act (هدد بفرض عقوبات): that act is not done. */
  threatWord: Set<string>;
  /** Charge words whose ب-complement is the act charged (اتهمت موسكو واشنطن بقصف): that act is not told as done. */
  chargeWord: Set<string>;
  /** Verbs and nouns of warning (حذر، تحذيرات). */
  warningWord: Set<string>;
  /** Words of a danger or a worsening in a warning's complement (تصاعد، تزداد سوءا): a warning of a risk. */
  riskWord: Set<string>;
  /** Words of existence opening a warning's complement after أن (`من أن هناك`): a danger warned of. */
  riskOpening: Set<string>;
  /** Words of consequence or penalty in a warning's complement (`عواقب`، `رد`، `لن`): a threat's mark (warned-stance.ts). */
  warningConsequence: Set<string>;
  /** The future of the copula (`سيكون`، `ستصبح`): in a warning's complement, a judgement of what will be. */
  futureCopula: Set<string>;
  /** The noun of a time something happens (`المرة`) and its ordinals (`الأولى`، `أول`): first-time.ts. */
  timeNoun: Set<string>;
  timeOrdinal: Set<string>;
  future: Set<string>;
  futureAdjective: Set<string>;
  /** Words of "shortly before" (`قبيل`، `عشية`) and nouns of holding after them (`عقد`): a meeting after them is to come (eve-meeting.ts). */
  eveWord: Set<string>;
  /** Words of "soon" and of "within hours or days" after an imperfect verb trigger: the act is to come (soon-imperfect.ts). */
  soonWord: Set<string>;
  soonWithin: Set<string>;
  soonSpan: Set<string>;
  eveHold: Set<string>;
  /** Present verbs of coming (`يأتي`، `تأتي`): before an eve word, the news comes now, ahead of the meeting. */
  eveFrame: Set<string>;
  /** Adjectives after a noun trigger that make it a proposal (`المباحثات المقترحة`). */
  proposedAdjective: Set<string>;
  proposal: Set<string>;
  /** Words of talking about or discussing right before an act's noun (`الحديث عن فرض`، `لمناقشة التعاون`). */
  talkOf: Set<string>;
  /** Prepositions of a topic (`حول`، `بشأن`): a standing measure's noun after one is spoken of (standing-topic.ts). */
  topicPrep: Set<string>;
  /** Words that join a measure to its alternative (`الانسحاب أو البقاء`): after a topic word it is a choice (standing-topic.ts). */
  choiceOr: Set<string>;
  /** Verbs of pointing to a matter (`أشار`، `تطرق`) and their prepositions: a force noun after them is spoken of. */
  referVerb: Set<string>;
  referPrep: Set<string>;
  /** Nouns of an act nested in another's complement only with a state named after them (`بانسحاب أمريكا`). */
  nestedNamedAct: Set<string>;
  request: Set<string>;
  conditional: Set<string>;
  /** Words that open a condition anywhere in a sentence (`إذا`، `لو`). */
  conditionWord: Set<string>;
  /** The answer of a condition with its subject after it (`فإن`). */
  conditionAnswer: Set<string>;
  /** Words that open a threat's cause after it (`بسبب`). */
  threatCause: Set<string>;
  /** Words before لم that open a negative condition, "unless" (`ما لم توافق`، `إن لم تطلق`). */
  unlessHead: Set<string>;
  /** Words that with `إذا` right after them ask "whether" (`ما إذا`، `عما إذا`): an act after them is asked about. */
  whetherHead: Set<string>;
  /** Verbs and nouns of cancelling or putting off a meeting (`ألغى اجتماعا`، `تأجيل القمة`). */
  cancel: Set<string>;
  /** Verbs of saying after ما that hedge a strike's target (`على ما قالت إنه مواقع إيرانية`). */
  hedgeVerb: Set<string>;
  /** Verbs of beginning, continuing and ending whose verbal noun is the act (بدأت … انسحابها). */
  aspectual: Set<string>;
  /** Verbs of being able (`استطاع`، `تمكن`): negated, the act they carry was not done (لم تتمكن من التوصل). */
  able: Set<string>;
  /** Definite nouns of a measure (`القرار`، `الإجراءات`): in a threat of reply, the measure answered (answered-measure.ts). */
  measureBackref: Set<string>;
  /** Words of failing (`فشلت … في التوصل`): the act failed at, with في or ب on it, was not done. */
  fail: Set<string>;
  /** Verbal nouns of holding a meeting (`عقد`، `إجراء`): after على or with ل, ب, what an agreement is about. */
  holdingNoun: Set<string>;
  /** Verbs of trying (`حاول`، `سعى`): an act they carry, told as in vain (cue in_vain), was not done. */
  tryVerb: Set<string>;
  /** `جدوى`, which a word of negation before it makes "in vain" (`دون جدوى`). */
  inVain: Set<string>;
  possibility: Set<string>;
  possibleAdjective: Set<string>;
  might: Set<string>;
}

/** Cues of when an act happened: past and background, spans counted back, a weekday, a schedule. */
export interface DateCues {
  /** Verbs that open a sentence continuing the speech before it (`وأضاف`، `وتابع`): it shares that report's day. */
  speechMore: Set<string>;
  /** `بالتزامن`، `تزامنا`: before مع, a phrase of another happening at the same time (described-sides.ts). */
  coincidence: Set<string>;
  /** Words of a further happening around an act's verbal noun (`موجة ثانية من الهجمات`، `تهديد مماثل`): a new act. */
  anotherTime: Set<string>;
  since: Set<string>;
  npDate: Set<string>;
  /** Participles of signing whose date may stand a few words on (`الموقع بين … في عام 2015`). */
  npDateFar: Set<string>;
  /** Words that open the earlier act a news act follows or answers (`في أعقاب`، `عقب`، `ردا على`): a noun act there is background. */
  wake: Set<string>;
  /** The plain word of "after" (`بعد`): a noun act after it is background, as after a wake word (background-told.ts). */
  wakePlain: Set<string>;
  /** Nouns of announcing (`الإعلان`): between `بعد` and the act, they keep the act the day's news. */
  announceNoun: Set<string>;
  /** Verbs of judging another's act (`وصف`، `انتقد`، `أدان`، `رحب`): a noun act in their object is background (reacted-act.ts). */
  reactionVerb: Set<string>;
  /** Past-time words and two-word phrases, as phrase keys (`سابقا`، `في السابق`، `سبق أن`): background of no date. */
  pastTime: Set<string>;
  /** Words of "at that time" after a title (`السفير آنذاك`، `الوزير حينها`): a subject so named acts in the past (past-told.ts). */
  timeQualifier: Set<string>;
  /** Phrases of "the next day" (`اليوم التالي`), as phrase keys: a sentence they open tells the day after the last day told. */
  nextDay: Set<string>;
  /** Adjectives of an earlier time (`سابق`، `السابقة`، `مسبق`): right after an act's noun, background (past-told.ts). */
  pastAdjective: Set<string>;
  /** `من قبل` as "before", a phrase key (past-told.ts beforeTold). */
  beforeAdverb: Set<string>;
  /** `بعد أن`، `بعدما`, as phrase keys: a perfect verb right after them is an earlier act (after-clause.ts). */
  afterClause: Set<string>;
  /** Nouns of an occasion whose date right after them is theirs (`الانتخابات … عام 2016`): occasion-date.ts. */
  datedOccasion: Set<string>;
  /** Prepositions of time before such a noun (`قبل الانتخابات`): the act is placed by it (occasion-date.ts). */
  occasionTime: Set<string>;
  /** Words opening a sentence with a phrase that frames its act (`وعقب`، `وبموجب`): relative-date.ts. */
  frameOpening: Set<string>;
  /** `قد`، `لقد` after a relative clause's date: its clause has ended (relative-date.ts). */
  relativeClose: Set<string>;
  /** Decades by their tens (`التسعينيات`): after في, an act told after them is background (decade-told.ts). */
  decade: Set<string>;
  /** Spans of recent past (`الأشهر الأخيرة`، `قبل أيام`، `مؤخرا`), as phrase keys: an earlier act's sentence (news-day.ts). */
  recentSpan: Set<string>;
  /** `حيث`: a verb right after it tells a fact of the place (news-day.ts). */
  placeRelative: Set<string>;
  /** Verbs of a crisis breaking out (`اندلعت`) and crisis nouns after them (`الأزمة`): the act on is its origin. */
  originVerb: Set<string>;
  crisisNoun: Set<string>;
  /** `بعد`، `عقب` opening a span before an act (`بعد يوم من`). */
  spanAfter: Set<string>;
  /** Words that place an act inside a meeting told before (`خلال`، `عقب`، `على هامش`; meeting-day.ts). */
  meetingAt: Set<string>;
  /** `وذلك`، `ذلك` before told_during (told-during.ts). */
  toldDuringRef: Set<string>;
  /** `خلال`، `أثناء`، `في`: a speech told during the meeting that follows (told-during.ts). */
  toldDuring: Set<string>;
  /** A meeting named again by its definite noun (`اللقاء`، `القمة`), after meetingAt. */
  meetingBack: Set<string>;
  /** Span words by their length in days (`يوم` 1، `يومين` 2، `أسبوع` 7). */
  spanDays: Map<string, number>;
  /** Words that may stand inside the span (`واحد`، `فقط`). */
  spanFiller: Set<string>;
  /** Prepositions of time: an act's noun right after one is no object of the trigger before (`قبيل الضربات`). */
  timeBefore: Set<string>;
  timeAside: Set<string>;
  /** Words of contrast after which a fronted date opens a new telling (`…، ولكن، وفي نوفمبر 2016، …`; act-dates.ts). */
  dateOpener: Set<string>;
  /** Nouns of a time told before, after في and a demonstrative (`وفي ذلك الوقت`، `في تلك الفترة`; fronted-date.ts). */
  timeBack: Set<string>;
  /** Words of a time told before, in one word (`حينها`، `وقتها`، `آنذاك`; fronted-date.ts). */
  timeBackWord: Set<string>;
  /** The far demonstratives before a time_back noun (`ذلك`، `تلك`; `في هذه الأثناء` is now, not then). */
  timeBackThat: Set<string>;
  /** `تسلسل`: a line ending with a colon that holds one announces a chronology (item-date.ts). */
  chronology: Set<string>;
  /** `يلي` (`فيما يلي`): with a word of `chronology`, a line that announces the list after it. */
  listLead: Set<string>;
  scheduled: Set<string>;
  /** Definite nouns that retell a meeting to come in the next sentence (`الاجتماع سيعقد في …`; next-schedule.ts). */
  meetingRetold: Set<string>;
  /** Words of time after which `الأخيرة` is the adjective `last` (`عاما الأخيرة`). */
  latterTime: Set<string>;
  pluperfectAux: Set<string>;
  /** `لم`، `لما`: the imperfect after them is the past denied (coming-weekday.ts). */
  pastNegation: Set<string>;
  /** Verbs of an act having been held, right after a relative pronoun (`التي عقدت`، `التي جمعت`). */
  heldPast: Set<string>;
  /** Verbs of a deal having been made, right after a relative pronoun (`الذي وقعته`، `التي أبرمتها`; deal-made.ts). */
  dealMade: Set<string>;
  /** The weekdays' names by key (calendar.tsv): a retold meeting dated by one tells the news's own day. */
  weekday: Set<string>;
  /** Month names, weekdays and ordinal day words by key (calendar.tsv): a date's words, which no modal reach counts. */
  calendarWord: Set<string>;
  /** Words of a habit or of something said again and again (`لطالما`، `دأب`، `مرارا`): no one statement (merge.ts). */
  habitual: Set<string>;
}

/** The modality and time cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys). */
export function compileModalityDateCues(
  lex: Lexicons,
  set: (kind: string) => SlotSet,
): ModalityCues & DateCues {
  return {
    negation: set("negation"),
    still: set("still"),
    groundNoun: set("ground_noun"),
    negationVerb: set("negation_verb"),
    entailVerb: set("entail_verb"),
    denialVerb: set("denial_verb"),
    refusal: set("refusal"),
    forbid: set("forbid"),
    ruleOut: set("rule_out"),
    hesitate: set("hesitate"),
    negationToCome: set("negation_to_come"),
    threatWord: set("threat_word"),
    chargeWord: set("charge_word"),
    warningWord: set("warning_word"),
    riskWord: set("risk_word"),
    riskOpening: set("risk_opening"),
    warningConsequence: set("warning_consequence"),
    futureCopula: set("future_copula"),
    timeNoun: set("time_noun"),
    timeOrdinal: set("time_ordinal"),
    anotherTime: set("another_time"),
    future: set("future"),
    futureAdjective: set("future_adjective"),
    eveWord: set("eve_word"),
    soonWord: set("soon_word"),
    soonWithin: set("soon_within"),
    soonSpan: set("soon_span"),
    eveHold: set("eve_hold"),
    eveFrame: set("eve_frame"),
    proposedAdjective: set("proposed_adjective"),
    proposal: set("proposal"),
    talkOf: set("talk_of"),
    topicPrep: set("topic_prep"),
    choiceOr: set("choice_or"),
    referVerb: set("refer_verb"),
    referPrep: set("refer_prep"),
    nestedNamedAct: set("nested_named_act"),
    request: set("request"),
    conditional: set("conditional"),
    conditionWord: set("condition_word"),
    conditionAnswer: set("condition_answer"),
    threatCause: set("threat_cause"),
    unlessHead: set("unless_head"),
    whetherHead: set("whether_head"),
    cancel: set("cancel"),
    speechMore: set("speech_more"),
    heldPast: set("held_past"),
    dealMade: set("deal_made"),
    since: set("since"),
    npDate: set("np_date"),
    npDateFar: set("np_date_far"),
    pastTime: set("past_time"),
    timeQualifier: set("time_qualifier"),
    nextDay: set("next_day"),
    pastAdjective: set("past_adjective"),
    beforeAdverb: set("before_adverb"),
    afterClause: set("after_clause"),
    frameOpening: set("frame_opening"),
    relativeClose: set("relative_close"),
    decade: set("decade"),
    datedOccasion: set("dated_occasion"),
    occasionTime: set("occasion_time"),
    recentSpan: set("recent_span"),
    placeRelative: set("place_relative"),
    wake: set("wake"),
    wakePlain: set("wake_plain"),
    announceNoun: set("announce_noun"),
    reactionVerb: set("reaction_verb"),
    spanAfter: set("span_after"),
    meetingAt: set("meeting_at"),
    meetingBack: set("meeting_back"),
    toldDuringRef: set("told_during_ref"),
    toldDuring: set("told_during"),
    originVerb: set("origin_verb"),
    crisisNoun: set("crisis_noun"),
    spanDays: new Map(
      [...lex.cues.entries()]
        .filter(([kind]) => kind.startsWith("span_days:"))
        .flatMap(([kind, forms]) => forms.map((f): [string, number] => [keyOf(f), Number(kind.slice(10))])),
    ),
    spanFiller: set("span_filler"),
    hedgeVerb: set("hedge_verb"),
    aspectual: set("aspectual"),
    able: set("able"),
    measureBackref: set("measure_backref"),
    fail: set("fail"),
    holdingNoun: set("holding_noun"),
    tryVerb: set("try_verb"),
    inVain: set("in_vain"),
    timeBefore: set("time_before"),
    coincidence: set("coincidence"),
    timeAside: set("time_aside"),
    dateOpener: set("date_opener"),
    timeBack: set("time_back"),
    timeBackWord: set("time_back_word"),
    timeBackThat: set("time_back_that"),
    chronology: set("chronology"),
    listLead: set("list_lead"),
    scheduled: set("scheduled"),
    meetingRetold: set("meeting_retold"),
    latterTime: set("latter_time"),
    possibility: set("possibility"),
    possibleAdjective: set("possible_adjective"),
    might: set("might"),
    pluperfectAux: set("pluperfect_aux"),
    pastNegation: set("past_negation"),
    weekday: weekdayWords(lex),
    calendarWord: calendarWords(lex),
    habitual: set("habitual"),
  };
}
