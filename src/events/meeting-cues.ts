// The cue sets of the event stage that read meetings: the setting a meeting noun gives its sentence's act,
// who hosts or sponsors it, whether it is held, to come or sought. Split from event-cues.ts; compiled from
// lexicons/cues.tsv by compileMeetingCues, which compileCues (cues.ts) calls.
import type { SlotSet } from "../arabic/tokens.ts";

/** Cues of meetings, their settings, hosts and sponsors, and of the partners and coinciding acts told around an act. */
export interface MeetingCues {
  setting: Set<string>;
  /** Nouns of a stage between a setting preposition and its meeting noun (`في ختام زيارة`). */
  phaseHead: Set<string>;
  /** `قمة` in the construct state before its host city (`قمة هلسنكي`): the city is no side (host-summit.ts). */
  hostSummit: Set<string>;
  /** Call, meeting and visit nouns that after a setting preposition set the scene (`خلال محادثة هاتفية مع`). */
  occasionNoun: Set<string>;
  /** Phrases that name a partner in the actor's own act (`بالتنسيق مع`، `إلى جانب`), as phrase keys. */
  companion: Set<string>;
  /** Nouns of trade (`شراء`، `تصدير`): with ل after a signed deal they name the state it trades with (trade-party.ts). */
  tradePurpose: Set<string>;
  /** `ترعاها`، `تستضيفها`: after a relative pronoun on a meeting noun, its subject hosts or sponsors (described-sides.ts). */
  sponsorVerb: Set<string>;
  /** `تأتي`، `جاء`: a verb of coming whose subject act a phrase of coincidence follows (described-sides.ts). */
  comingVerb: Set<string>;
  heldVerb: Set<string>;
  /** Imperfects of meeting (`يجتمع`، `يلتقي`): in `س` opening a sentence, the meeting told later in it is to come. */
  meetVerb: Set<string>;
  /** Verbal nouns of holding a meeting (`عقد`، `إجراء`): with ل of purpose before a meeting noun, it is sought. */
  holdNoun: Set<string>;
  /** Imperfects of holding talks (`يجري`، `يعقد`): after a future cue they carry the meeting noun later in their clause (held-future.ts). */
  holdVerb: Set<string>;
  /** Imperfects of going (`يذهب`، `يتوجه`): after أن, a meeting after ل + a holding noun is to come (held-future.ts). */
  goingVerb: Set<string>;
  /** Nouns of effort, offer, place or date (`جهود`، `عرض`، `مكان`) that a meeting held with ل is for. */
  soughtHead: Set<string>;
  /** Imperfects of working, seeking or wanting (`يعمل`، `تسعى`) whose holding noun after them seeks a meeting. */
  workVerb: Set<string>;
  /** `استقبال`: the counterpart after it is the guest, who acts. */
  receptionNoun: Set<string>;
  /** Verbs of receiving a guest (`استقبل`): with one in the sentence, a reception noun is its subject's (noun-agents.ts). */
  hostingVerb: Set<string>;
  /** Words of a cup match (`كأس`، `فريقا`): a meeting of bare states in their sentence is a match (prec44). */
  cupWord: Set<string>;
  /** Nouns of a meeting face to face (`لقاء`، `اجتماع`): one told after a dated call is another act (call-meeting.ts). */
  faceMeeting: Set<string>;
  /** Words of a call (`اتصال`، `هاتفي`): a sentence with one may retell the call (call-meeting.ts). */
  callWord: Set<string>;
  /** `دار`، `جرى`: perfects of a talk taking place that, after a relative pronoun on a meeting noun, tell it held (held-relative-date.ts). */
  meetingHeld: Set<string>;
  /** `قنوات`، `خط`: heads of a line or channel; a trigger noun right after one names the channel (hit-checks.ts). */
  channelHead: Set<string>;
  /** Imperfects of ending (`يختتم`، `ينهي`): a visit noun they carry is under way, not planned (coming-weekday.ts). */
  endingVerb: Set<string>;
  /** A standing group's key (`مجموعة السبع`) to its member states: after a summit noun it stands for them (summit-members.ts). */
  groupMembers: Map<string, string[]>;
}

/** The meeting cue sets, compiled from cues.tsv (`set` makes a cue kind a SlotSet of keys). */
export function compileMeetingCues(
  set: (kind: string) => SlotSet,
  pairsOf: (prefix: string) => Map<string, string[]>,
): MeetingCues {
  return {
    setting: set("setting"),
    phaseHead: set("phase_head"),
    hostSummit: set("host_summit"),
    occasionNoun: set("occasion_noun"),
    companion: set("companion"),
    tradePurpose: set("trade_purpose"),
    sponsorVerb: set("sponsor_verb"),
    comingVerb: set("coming_verb"),
    heldVerb: set("held_verb"),
    meetVerb: set("meet_verb"),
    holdNoun: set("hold_noun"),
    holdVerb: set("hold_verb"),
    goingVerb: set("going_verb"),
    receptionNoun: set("reception_noun"),
    hostingVerb: set("hosting_verb"),
    soughtHead: set("sought_head"),
    workVerb: set("work_verb"),
    cupWord: set("cup_word"),
    faceMeeting: set("face_meeting"),
    callWord: set("call_word"),
    endingVerb: set("ending_verb"),
    channelHead: set("channel_head"),
    meetingHeld: set("meeting_held"),
    groupMembers: pairsOf("members:"),
  };
}
