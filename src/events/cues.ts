// The function-word sets the event stage reads, compiled from cues.tsv as token keys.
import { keyOf } from "../arabic/normalize.ts";
import { SlotSet, tokenIn } from "../arabic/tokens.ts";
import { cue, type Lexicons } from "../pipeline/lexicons.ts";
import type { Token } from "../pipeline/types.ts";
import { otherHalves, possessiveKeys, pronounPreps } from "./cue-forms.ts";
import type { EventCues } from "./event-cues.ts";
import { compileIssuedCues } from "./issued-cues.ts";
import { compileHolderCues } from "./holder-cues.ts";
import { compileStanceCues } from "./stance-cues.ts";
import { compileMeetingCues } from "./meeting-cues.ts";
import { compileModalityDateCues } from "./modality-date-cues.ts";
import { compileRuleCues } from "./rule-cues.ts";
import { SCAN_CLAUSE, type ScanMasks } from "./scan.ts";

export type { EventCues } from "./event-cues.ts";

/** The event stage reads its sets through this; it lives with the tokens (the entity stage uses it too). */
export { tokenIn } from "../arabic/tokens.ts";

/**
 * `إن`، `أن`، and with a proclitic (`بأن`، `لأن`، `وأن`، `فإن`), but not with the future's `س`, which no
 * particle takes: `سان فرانسيسكو` opens no reported clause. `كان` still reads as `ك` + `أن`, save right
 * before `قد` (`markAuxiliaries`): freeing it everywhere moved 24 events of the corpus, half of them to
 * wrong ones (docs/EVENTS.md, "Lead's batches of the fourteenth pass"), as the rules after a pluperfect
 * with its subject between (`وكان … قد`) rely on that break.
 */
export function isComplementizer(t: Token | undefined, cues: EventCues): boolean {
  // tokenIn first: its SlotSet bit test passes over most tokens without hashing their keys.
  if (!t || !tokenIn(cues.complementizer, t)) return false;
  let particle = cues.complementizer.has(t.key);
  for (const b of t.bare)
    if (!particle && !b.prefix.includes("س") && cues.complementizer.has(b.key)) particle = true;
  return particle && !noParticle.has(t);
}

/** A token of `tokens[from..to)` is in the set (loops over indexes: no slice or closure per event). */
export function anyIn(tokens: readonly Token[], from: number, to: number, set: ReadonlySet<string>): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (tokenIn(set, tokens[k])) return true;
  return false;
}

/** Pronoun suffixes a noun of a part carries (`تورطها`، `مسؤوليته`، `ضلوعهم`). */
const PRONOUN_SUFFIX = /(?:هما|هم|ها|ه)$/u;

/**
 * The token is a noun of `set`, bare or with a pronoun suffix (`ضلوعها`، `مسؤوليتها` for `مسؤولية`):
 * a denial of one's own part (`تنفي تورطها`) names the noun with the denier's pronoun on it.
 */
export function suffixedIn(set: ReadonlySet<string>, t: Token | undefined): boolean {
  if (!t) return false;
  if (tokenIn(set, t)) return true;
  // A key folds ة into ه: `دورة` (a term) is no `دور` with a pronoun.
  const taMarbuta = t.text.endsWith("ة");
  for (const key of [t.key, ...t.bare.map((b) => b.key)]) {
    const stem = key.replace(PRONOUN_SUFFIX, "");
    if (stem === key || stem.length < 3 || (taMarbuta && key.length - stem.length === 1)) continue;
    if (set.has(stem) || set.has(stem.replace(/ت$/u, "ه"))) return true;
  }
  return false;
}

/** A token of `tokens[from..to)` is in the set, bare or with a pronoun suffix (`suffixedIn`). */
export function anySuffixedIn(
  tokens: readonly Token[],
  from: number,
  to: number,
  set: ReadonlySet<string>,
): boolean {
  for (let k = Math.max(0, from); k < to; k++) if (suffixedIn(set, tokens[k])) return true;
  return false;
}

/**
 * The words inside a name after its first (`مون جاي إن`): a name's last word that looks like a
 * particle opens no clause. Marked per document by `markNameWords` before the event stage reads
 * its clauses; a token belongs to one document, so the set holds nothing another document reads.
 */
const noParticle = new WeakSet<Token>();

export function markNameWords(
  tokens: readonly Token[],
  mentions: readonly { firstToken: number; endToken: number }[],
  /**
   * The tokens' scan bits (`scanMasks`): only a word with SCAN_CLAUSE can be a complementizer, the one
   * test that reads the set, so only such words are added (a WeakSet's add is dear, and most names hold none).
   */
  masks?: ScanMasks,
): void {
  for (const m of mentions)
    for (let k = m.firstToken + 1; k < m.endToken; k++)
      if (!masks || ((masks[k] as number) & SCAN_CLAUSE) !== 0) noParticle.add(tokens[k] as Token);
}

/**
 * `كان` right before `قد` is the pluperfect's auxiliary (`بومبيو كان قد توعد`), not `ك` + `أن`: marked
 * per document with the name words, so its subject stays in the clause of its verb.
 */
export function markAuxiliaries(tokens: readonly Token[], cues: EventCues, masks?: ScanMasks): void {
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (masks && ((masks[k] as number) & SCAN_CLAUSE) === 0) continue;
    const t = tokens[k] as Token;
    if (tokenIn(cues.pluperfectAux, t) && tokenIn(cues.might, tokens[k + 1])) noParticle.add(t);
  }
}

export function compileCues(lex: Lexicons): EventCues {
  // SlotSet: tokenIn tests a bit per token before hashing its keys (src/arabic/tokens.ts).
  const set = (kind: string) => new SlotSet(cue(lex, kind).map(keyOf));
  // `pair:KOR+PRK`-type rows: each form's key to the two states it names.
  const pairsOf = (prefix: string) =>
    new Map(
      [...lex.cues.entries()]
        .filter(([kind]) => kind.startsWith(prefix))
        .flatMap(([kind, forms]) =>
          forms.map((f): [string, string[]] => [keyOf(f), kind.slice(prefix.length).split("+")]),
        ),
    );
  return {
    ...compileModalityDateCues(lex, set),
    ...compileMeetingCues(set, pairsOf),
    ...compileIssuedCues(set),
    ...compileHolderCues(set),
    ...compileStanceCues(set),
    ...compileRuleCues(lex, set),
    attendance: set("attendance"),
    speech: set("speech"),
    conclude: set("conclude"),
    attribution: set("attribution"),
    complementizer: set("complementizer"),
    clauseBreak: set("clause_break"),
    concessive: set("concessive"),
    natureAgent: set("nature_agent"),
    speechParticiple: set("speech_participle"),
    vowParticiple: set("vow_participle"),
    vowSpeech: set("vow_speech"),
    dealCounterpart: new Map(
      cue(lex, "deal_counterpart").map((f) => {
        const [name = "", state = ""] = f.split("=");
        return [keyOf(name), state];
      }),
    ),
    dealHead: set("deal_head"),
    dealComplement: set("deal_complement"),
    bodySeat: set("body_seat"),
    finding: set("finding"),
    leftFrom: set("left_from"),
    countWord: set("count_word"),
    reachNoun: set("reach_noun"),
    agreedRelative: set("agreed_relative"),
    agreeSought: set("agree_sought"),
    coopGoal: set("coop_goal"),
    relationNoun: set("relation_noun"),
    issueHead: set("issue_head"),
    backingAdverb: set("backing_adverb"),
    betweenTopic: set("between_topic"),
    commentatorWord: set("commentator_word"),
    informWord: set("inform_word"),
    advise: set("advise"),
    benefitNoun: set("benefit_noun"),
    peoplePlural: set("people_plural"),
    speakerHead: set("speaker_head"),
    threatPlural: set("threat_plural"),
    peopleHead: set("people_head"),
    preposition: set("preposition"),
    listJoiner: set("list_joiner"),
    replyVerb: set("reply_verb"),
    inKind: set("in_kind"),
    replyGroup: set("reply_group"),
    dual: set("dual"),
    notDualAfter: set("not_dual_after"),
    dualPlural: set("dual_plural"),
    pluralAfter: set("plural_after"),
    pluralNext: set("plural_next"),
    pairs: pairsOf("pair:"),
    dualPairs: pairsOf("dual_pair:"),
    dualRegions: pairsOf("dual_region:"),
    groupHead: set("group_head"),
    groupAdjective: set("group_adjective"),
    membersAdjective: set("members_adjective"),
    locative: set("locative"),
    placeHead: set("place_head"),
    directionWord: set("direction_word"),
    leftPlace: set("left_place"),
    heading: set("heading"),
    travelTo: set("travel_to"),
    carrierFiller: set("carrier_filler"),
    draftHead: set("draft_head"),
    recognition: set("recognition"),
    confession: set("confession"),
    draftOf: set("draft_of"),
    draftBreak: set("draft_break"),
    minCompound: set("min_compound"),
    agentNounForm: set("agent_noun_form"),
    answerPrep: set("answer_prep"),
    demandNounForm: set("demand_noun_form"),
    demandNounLead: set("demand_noun_lead"),
    wantQuestion: set("want_question"),
    partnerHead: set("partner_head"),
    purposeLead: set("purpose_lead"),
    backref: set("backref"),
    relative: set("relative"),
    meetingPurpose: set("meeting_purpose"),
    nestedAct: set("nested_act"),
    lightVerb: set("light_verb"),
    delegationHead: set("delegation_head"),
    carrierPrep: set("carrier_prep"),
    targetVerb: set("target_verb"),
    agreedFor: set("agreed_for"),
    welcomedAct: set("welcomed_act"),
    intent: set("intent"),
    effortAct: set("effort_act"),
    pronounComplementizer: set("pronoun_complementizer"),
    between: set("between"),
    betweenPronoun: set("between_pronoun"),
    counterpart: set("counterpart"),
    otherHalf: otherHalves(cue(lex, "other_half")),
    titleObject: set("title_object"),
    bodyTitle: set("body_title"),
    memberHead: set("member_head"),
    stateAttribute: set("state_attribute"),
    harmedHead: set("harmed_head"),
    deathHead: set("death_head"),
    fireAgent: set("fire_agent"),
    downVerb: set("down_verb"),
    aircraft: set("aircraft"),
    strikeVerb: set("strike_verb"),
    repressionAct: set("repression_act"),
    strikeTarget: set("strike_target"),
    strikeCarrier: set("strike_carrier"),
    fightingHalt: set("fighting_halt"),
    ownerWord: set("owner_word"),
    cancelBy: set("cancel_by"),
    decide: set("decide"),
    reciprocal: set("reciprocal"),
    sideHead: set("side_head"),
    seatBody: set("seat_body"),
    kinSeat: set("kin_seat"),
    sharedSubject: set("shared_subject"),
    thenVerb: set("then_verb"),
    joinedVerb: set("joined_verb"),
    doneWith: set("done_with"),
    topicShift: set("topic_shift"),
    subjectParticle: set("subject_particle"),
    subjectParticleHead: set("subject_particle_head"),
    constructTitle: set("construct_title"),
    constructPost: set("construct_post"),
    host: set("host"),
    ally: set("ally"),
    backer: set("backer"),
    backerAdjective: set("backer_adjective"),
    backerHead: set("backer_head"),
    backedBody: set("backed_body"),
    backedForce: set("backed_force"),
    jointDrill: set("joint_drill"),
    coalition: set("coalition"),
    ledBy: set("led_by"),
    forcePart: set("force_part"),
    sequenceVerb: set("sequence_verb"),
    reasonBackref: set("reason_backref"),
    backedAct: set("backed_act"),
    visitFrame: set("visit_frame"),
    sportTail: set("sport_tail"),
    mediaHead: set("media_head"),
    undergo: set("undergo"),
    victim: set("victim"),
    borderHead: set("border_head"),
    suspicion: set("suspicion"),
    nameHead: set("name_head"),
    venueNoun: set("venue_noun"),
    venueSeat: set("venue_seat"),
    statePossessive: possessiveKeys(set("state_possessive")),
    ownPeople: set("own_people"),
    atRequest: set("at_request"),
    hostileAct: set("hostile_act"),
    lifting: set("lifting"),
    envoyHead: set("envoy_head"),
    postHead: set("post_head"),
    postQualifier: set("post_qualifier"),
    mediatorHead: set("mediator_head"),
    igoVenueBefore: set("igo_venue_before"),
    igoMeeting: set("igo_meeting"),
    igoSetting: set("igo_setting"),
    passiveAux: set("passive_aux"),
    agentHead: set("agent_head"),
    agentSide: set("agent_side"),
    conductHead: set("conduct_head"),
    objectHead: set("object_head"),
    resumptive: set("resumptive"),
    missionHead: set("mission_head"),
    orgBackHead: set("org_back_head"),
    latter: set("latter"),
    connectiveHead: set("connective_head"),
    frontedOpener: set("fronted_opener"),
    whatHead: set("what_head"),
    whatSubject: set("what_subject"),
    lamCompound: set("lam_compound"),
    lamObjectHead: set("lam_object_head"),
    judgedFor: set("judged_for"),
    afterWord: set("after_word"),
    unlikeWord: set("unlike_word"),
    world: {
      addressee: set("world_addressee"),
      quantity: set("world_quantity"),
      asked: set("world_asked"),
      nisbas: set("world_nisba"),
    },
    peopleAsked: set("people_asked"),
    courtAsked: set("court_asked"),
    topicHead: set("topic_head"),
    anyWord: set("any_word"),
    whenAhead: set("when_ahead"),
    attackWord: set("attack_word"),
    verbalAttack: set("verbal_attack"),
    sportWord: set("sport_word"),
    speechObject: set("speech_object"),
    declinedObject: set("declined_object"),
    claimBackref: set("claim_backref"),
    asClaimed: set("as_claimed"),
    claimTeller: set("claim_teller"),
    chargeNoun: set("charge_noun"),
    partNoun: set("part_noun"),
    deniedBeing: set("denied_being"),
    claimThat: set("claim_that"),
    deniedPredicate: set("denied_predicate"),
    reportNoun: set("report_noun"),
    chargePointing: set("charge_pointing"),
    chargeObject: set("charge_object"),
    objectGenitiveAct: set("object_genitive_act"),
    objectGenitiveNoun: set("object_genitive_noun"),
    houseArrest: set("house_arrest"),
    dangerSubject: set("danger_subject"),
    fearWord: set("fear_word"),
    insurgent: set("insurgent"),
    armedSide: set("armed_side"),
    fearedLink: set("feared_link"),
    unnamedSubject: set("unnamed_subject"),
    mission: set("mission"),
    premisesIn: set("premises_in"),
    bear: set("bear"),
    brace: set("brace"),
    weDemand: set("we_demand"),
    wePraise: set("we_praise"),
    dutyVerb: set("duty_verb"),
    dutyAgentNoun: set("duty_agent_noun"),
    releaseWord: set("release_word"),
    demandRefused: set("demand_refused"),
    refusingVerb: set("refusing_verb"),
    permitNoun: set("permit_noun"),
    claimNoun: set("claim_noun"),
    contrast: set("contrast"),
    contrastParticle: set("contrast_particle"),
    demonstrative: set("demonstrative"),
    proposalObject: set("proposal_object"),
    proposalWord: set("proposal_word"),
    outletWord: set("outlet_word"),
    outletAdjective: set("outlet_adjective"),
    responsibilityWord: set("responsibility_word"),
    patientNoun: set("patient_noun"),
    chargeVerb: set("charge_verb"),
    blameVerb: set("blame_verb"),
    praiseOpen: set("praise_open"),
    claimCharge: set("claim_charge"),
    ownActNoun: set("own_act_noun"),
    replyTo: set("reply_to"),
    pronounPrep: pronounPreps(cue(lex, "pronoun_prep")),
  };
}
