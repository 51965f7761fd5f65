// Per-type behaviour of the event stage, compiled from lexicons/event-types.tsv.
import type { Row } from "../pipeline/tsv.ts";
import type { EventType } from "../pipeline/types.ts";

export interface TypeRules {
  /** A future or intended event of this type is coded as this type, kept as asserted, or left alone. */
  futureAs: EventType | "asserted" | null;
  takesComplement: boolean;
  targeted: boolean;
  merged: boolean;
  /** Only its future events merge: a plan or promise retold (`القمة المرتقبة` … `سيلتقي`), while agreements
   * reached on different things stay apart. */
  mergedFuture: boolean;
  implicitRecipient: boolean;
  /** What a refusal to do it (`لن توقع`) is coded as, or null to keep it a negated event. */
  refusedAs: EventType | null;
  /** What it is coded as when several states do it together with no target (joint drills → COOPERATE). */
  jointAs: EventType | null;
  /** States named together with no recipient did it with each other; otherwise such an act is no event. */
  mutual: boolean;
  /** Always made of another: a dual or pair actor with no recipient made it of no one named (`ودعاهما`), not of each other. */
  thirdParty: boolean;
  /** What the act is coded as when its object is a hostile act (`أوقفت بث الدعاية`): a de-escalation. */
  endingAs: EventType | null;
  /** What the act is coded as when it is told in words (`هاجم الرئيس نظيره … واصفا إياه`): a speech. */
  verbalAs: EventType | null;
  /** With no recipient named, a content clause about the actor's own act names the target (a threat's). */
  contentTarget: boolean;
  /** What the act is coded as when its actor does not rule it out (`لم يستبعد توجيه ضربة`): a threat. */
  ruledInAs: EventType | null;
  /** The partner of a call, meeting or visit that sets the scene (`خلال محادثة هاتفية مع ترامب`) may be its target. */
  occasionTarget: boolean;
  /** What a refusal to allow a state an act (`لن نسمح لإيران بـ`) is coded as: a warning. */
  forbidAs: EventType | null;
  /** A state's mission right after a noun of the act (`إغلاق القنصلية الأمريكية`) is its object, so its target. */
  missionTarget: boolean;
  /** With no recipient named, the state named in the act it replies to (`ردا على`) is its target. */
  replyTarget: boolean;
  /** Acts of the type told with different modes in one sentence are different measures (`طرد السفير وتجميد الصفقات`). */
  modesApart: boolean;
  /** What a demand that the recipient bear responsibility for a deed is coded as (blame), or null. */
  blameAs: EventType | null;
  /** Only an act told as done is one: force expected, prepared, feared or imagined is no event. */
  doneOnly: boolean;
  /** What a demand that the recipient expect or brace for what comes is coded as (a warning), or null. */
  warnAs: EventType | null;
  /** What a request that the recipient's envoys leave the actor's land is coded as (expel_as). */
  expelAs: EventType | null;
  /** The mode of the expulsion expel_as codes (`SANCTION/expel`): one measure with the verb of expelling told beside it. */
  expelMode: string | null;
  /** What a meeting, deal or backing told as the goal of conditions set (`شروطا للقاء`) is coded as (a demand), or null. */
  conditionedAs: EventType | null;
  /** What a deal told by its noun is coded as when a perfect verb of signing governs it (`اتفاق وقعته`), or null. */
  signedAs: EventType | null;
  /** The same act told again in its sentence by the side it was aimed at is a second act (a counter-charge, praise returned). */
  returned: boolean;
  /** The modes whose acts are returned (`returned` given as modes: an expulsion answered in kind); empty: every mode. */
  returnedModes: readonly string[];
  /** With no recipient named, the state what is agreed is done for or with is the other party (agreed-target.ts). */
  complementTarget: boolean;
  /** With no recipient named, praise of a deed is for the deed's doer, the relative clause's subject (praised-agent.ts). */
  praisedAgent: boolean;
  /** With no recipient named, a demand to free people (`طالبت بإطلاق سراح`) is aimed at the state holding them. */
  holderTarget: boolean;
  /**
   * With no recipient named, the state where the act's object took place or stands is the target
   * (judged-place.ts): the cue naming that object's nouns (a judged act of repression, a struck target), or null.
   */
  judgedPlace: readonly PlaceNoun[] | null;
  /** The preposition right after the verb that names who is asked (`طلب من`), as a key, or null. */
  addresseePrep: string | null;
  /** With no recipient named, a verb of targeting after the act's noun names its target (target-verb.ts). */
  targetVerb: boolean;
  /** The act told again in a sentence continuing the same report (`وأضاف`) is that act (continued-speech.ts). */
  oneReport: boolean;
}

export type TypeTable = Map<EventType, TypeRules>;

/** The cues whose nouns name what an act with a judged place is about (event-types.tsv judged_place). */
export const PLACE_NOUNS = ["repression_act", "strike_target", "fighting_halt"] as const;
export type PlaceNoun = (typeof PLACE_NOUNS)[number];

/** The cues of a judged_place cell, one or more joined by `|`. */
function placeNoun(value: string | undefined, type: string | undefined): PlaceNoun[] | null {
  if (!value) return null;
  return value.split("|").map((v) => {
    if ((PLACE_NOUNS as readonly string[]).includes(v)) return v as PlaceNoun;
    throw new Error(
      `lexicons/event-types.tsv: judged_place of ${type} is "${value}"; write ${PLACE_NOUNS.join(", ")} (joined by |) or leave it empty`,
    );
  });
}

const NONE: TypeRules = {
  futureAs: null,
  takesComplement: false,
  targeted: false,
  merged: false,
  mergedFuture: false,
  implicitRecipient: false,
  refusedAs: null,
  jointAs: null,
  mutual: false,
  thirdParty: false,
  endingAs: null,
  verbalAs: null,
  contentTarget: false,
  ruledInAs: null,
  occasionTarget: true,
  forbidAs: null,
  missionTarget: false,
  replyTarget: false,
  modesApart: false,
  blameAs: null,
  doneOnly: false,
  warnAs: null,
  expelAs: null,
  expelMode: null,
  conditionedAs: null,
  signedAs: null,
  returned: false,
  returnedModes: [],
  complementTarget: false,
  praisedAgent: false,
  holderTarget: false,
  judgedPlace: null,
  addresseePrep: null,
  targetVerb: false,
  oneReport: false,
};

export function compileTypeRules(rows: readonly Row[]): TypeTable {
  const table: TypeTable = new Map();
  for (const r of rows) {
    const future = r.future_as ?? "";
    table.set(r.type as EventType, {
      futureAs: future === "" ? null : (future as EventType | "asserted"),
      takesComplement: r.takes_complement === "yes",
      targeted: r.targeted === "yes",
      merged: r.merged === "yes",
      mergedFuture: r.merged === "future",
      implicitRecipient: r.implicit_recipient === "yes",
      refusedAs: r.refused_as ? (r.refused_as as EventType) : null,
      jointAs: r.joint_as ? (r.joint_as as EventType) : null,
      mutual: r.mutual === "yes",
      thirdParty: r.third_party === "yes",
      endingAs: r.ending_as ? (r.ending_as as EventType) : null,
      verbalAs: r.verbal_as ? (r.verbal_as as EventType) : null,
      contentTarget: r.content_target === "yes",
      ruledInAs: r.ruled_in_as ? (r.ruled_in_as as EventType) : null,
      occasionTarget: r.occasion_target !== "no",
      forbidAs: r.forbid_as ? (r.forbid_as as EventType) : null,
      missionTarget: r.mission_target === "yes",
      replyTarget: r.reply_target === "yes",
      modesApart: r.modes_apart === "yes",
      blameAs: r.blame_as ? (r.blame_as as EventType) : null,
      doneOnly: r.done_only === "yes",
      warnAs: r.warn_as ? (r.warn_as as EventType) : null,
      expelAs: r.expel_as ? (r.expel_as.split("/")[0] as EventType) : null,
      expelMode: r.expel_as?.split("/")[1] || null,
      conditionedAs: r.conditioned_as ? (r.conditioned_as as EventType) : null,
      signedAs: r.signed_as ? (r.signed_as as EventType) : null,
      returned: (r.returned ?? "") !== "",
      returnedModes: r.returned && r.returned !== "yes" ? r.returned.split("|") : [],
      complementTarget: r.complement_target === "yes",
      praisedAgent: r.praised_agent === "yes",
      holderTarget: r.holder_target === "yes",
      judgedPlace: placeNoun(r.judged_place, r.type),
      addresseePrep: r.addressee_prep ? r.addressee_prep : null,
      targetVerb: r.target_verb === "yes",
      oneReport: r.one_report === "yes",
    });
  }
  return table;
}

export function rulesOf(table: TypeTable, type: EventType): TypeRules {
  return table.get(type) ?? NONE;
}

/** The type's act of this mode told back in its sentence by its target is a second act (`returned`). */
export function returnedAct(rules: TypeRules, mode: string | null | undefined): boolean {
  return rules.returned && (rules.returnedModes.length === 0 || rules.returnedModes.includes(mode ?? ""));
}
