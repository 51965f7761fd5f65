// events: triggers, their parties, polarity, date and source → PLOVER events. This file wires the
// stage; each rule family is its own module, in the order a trigger meets them: named-tokens and
// document-units (once per document), hit-checks, clause-sides, vetoes, act-sides, act-type, repeats,
// event-record; the hits a document is read for and the passes after them (evaluation-events for
// accusations with no trigger, replies, meeting days, merge) are document-passes.ts's.
import type { EntitiesResult } from "../entities/index.ts";
import type { ArabicText, Event, Party, Sentence, Token } from "../pipeline/types.ts";
import { markPassingCharge } from "./passing-charge.ts";
import { actSides } from "./act-sides.ts";
import { deniesCharge } from "./denied-words.ts";
import { codeAct, noActReason } from "./act-type.ts";
import type { PartyUnit } from "./arguments.ts";
import { lightVerbBefore } from "./channel-context.ts";
import { actReader, clauseSides } from "./clause-sides.ts";
import { dateAhead, ownDateAfter, imperfectVerb } from "./act-dates.ts";
import { actWhen, saidDay } from "./act-when.ts";
import { clauseOf, speakerOf } from "./clauses.ts";
import { markAuxiliaries, markNameWords, tokenIn } from "./cues.ts";
import { afterHits, documentHits } from "./document-passes.ts";
import { documentUnits } from "./document-units.ts";
import type { EventsOptions } from "./events-options.ts";
import { listLabel, resolveDuals } from "./duals.ts";
import { eventRecord } from "./event-record.ts";
import { namedTokens } from "./named-tokens.ts";
import { referenceUnits } from "./references.ts";
import { newsDayBefore } from "./news-day.ts";
import { SentenceRepeats } from "./repeats.ts";
import { scanMasks } from "./scan.ts";
import { backgroundAct, type Told, toldAfter, toldBefore } from "./told.ts";
import { cupMeeting, isAnaphoric, noSector, othersOnly, partiesLost, sportReader } from "./hit-checks.ts";
import { commentatorForecast } from "./forecast.ts";
import { actDate } from "./act-date.ts";
import { nounDayAhead } from "./noun-ahead.ts";
import { killingUncoded } from "./fire-agent.ts";
import type { TriggerHit } from "./triggers.ts";
import { secondStateAt } from "./two-states.ts";
import { rulesOf } from "./types.ts";
import { clauseVeto } from "./vetoes.ts";
import { draftSponsors } from "./draft-resolution.ts";
import { dualBorrowedDate } from "./dual-date.ts";
import { conditionTarget } from "./conditional-threat.ts";
import { eachBacker } from "./each-backer.ts";
import { markToldAgain } from "./told-again.ts";
import { toldTwice } from "./told-twice.ts";
import { endingVisit } from "./coming-weekday.ts";
import { leadDated } from "./lead-date.ts";

export type { EventsOptions, LossSink } from "./events-options.ts";

const NONE: readonly Party[] = [];

export function findEvents(arabic: ArabicText, found: EntitiesResult, options: EventsOptions): Event[] {
  const { cues, types, explain, triggers } = options;
  // Each token's scan bits: the per-token scans below read only the tokens that can match.
  const masks = scanMasks(arabic.tokens, options);
  // مون جاي إن: a name's words are no particles, before any clause is read.
  markNameWords(arabic.tokens, found.mentions, masks);
  markAuxiliaries(arabic.tokens, cues, masks);
  const { covered, named, channelWords } = namedTokens(arabic, found, cues, masks);
  // - سوريا: أكد البلدان …: a list item's label names the item's topic, not one of a dual's two states.
  const isLabel = listLabel(arabic.tokens, arabic.text);
  const isBetween = (k: number): boolean => tokenIn(cues.between, arabic.tokens[k]);
  // ورفض مجلس الأمن …, on a page of Sunday 05:50 GMT that names `مساء السبت` only: Saturday's news (news-day.ts).
  const newsDay = newsDayBefore(arabic, options.published, options.publishedHour ?? null);
  // The four fields documentUnits reads, written out: a spread of the options copied every field
  // per document, in code V8 had not optimised yet (about 1 % of the event stage's samples).
  const units = documentUnits(arabic, found, covered, {
    entityLexicon: options.entityLexicon,
    backReferences: options.backReferences,
    cues,
    masks,
  });
  // معها، عليه: parties told by a pronoun on a preposition, resolved once the act's sides are read.
  const references = referenceUnits(arabic.tokens, cues, masks);
  const told: Told = {
    events: [],
    sentenceOf: new Map(),
    eventOf: new Map(),
    swapped: new Set(),
    background: new Set(),
  };
  const { events, sentenceOf, eventOf } = told;
  const repeats = new SentenceRepeats();
  const resolvedDuals = new Set<PartyUnit>();
  /** Events told in the pluperfect (`وكان … قد أعلن`): background, possibly told already. */
  const retold = new Set<Event>();
  /** Events told with a date of their own in a clause of time after `بعد أن` (after-told.ts): folded into the same act told before with a day that date holds. */
  const grounds = new Set<Event>();
  const isAct = actReader(arabic, triggers);
  const sporting = sportReader(arabic, cues);
  // No side of a trigger holds a state first named after its sentence (two-states.ts): a trigger in a
  // sentence that ends before two states are named makes no event, and a document that never names
  // two has its triggers not even looked for. When each hit is explained, all are read, and checked.
  const twoStatesAt = secondStateAt(units, found.mentions, masks, cues.embassySeat);
  const hits = documentHits(arabic, found, options, named, masks, twoStatesAt, units);
  /** Denials left with no accuser: read again once the charges told with no accusing verb are found. */
  const pending: TriggerHit[] = [];
  const readHit = (hit: TriggerHit, late: boolean): void => {
    // A channel's name is an event only when a verb holds it: سيعقدون جولة من محادثات تنسيق …
    if (channelWords.has(hit.first) && !lightVerbBefore(arabic, hit.first, cues)) {
      explain?.hit(hit, "channel name, no verb", NONE, NONE);
      return;
    }
    const sentenceIndex = (arabic.tokens[hit.first] as Token).sentence;
    const sentence = arabic.sentences[sentenceIndex] as Sentence;
    const twoStates = sentence.endToken > twoStatesAt;
    if (!twoStates && !explain) return;
    if (isAnaphoric(arabic, hit.first, cues, hit.end, hit.trigger.pos === "noun")) {
      explain?.hit(hit, "refers back", NONE, NONE);
      return;
    }
    resolveDuals(units, sentence, told, resolvedDuals, sentenceIndex, isLabel, isBetween);
    const span = clauseOf(
      arabic.tokens,
      sentence,
      hit.first,
      hit.end,
      cues,
      masks,
      hit.trigger.pos === "verb",
    );
    const speaker = speakerOf(arabic.tokens, sentence, span.reported, found, cues, hit.first, arabic.text);
    // The sides the trigger's own clause names, its references resolved (clause-sides.ts).
    const read = clauseSides(hit, sentence, span, {
      arabic,
      units,
      references,
      cues,
      types,
      isAct,
      triggers,
    });
    const { clause } = read;
    // A comment declined, a counted noun, an agreement left, a deed admitted, a finding reached (vetoes.ts).
    // Asked once the sides name two states, which most hits' sides do not (the veto reads only the clause
    // and the hit); when each hit is explained, first, so that each loss keeps its reason.
    if (explain) {
      const veto = clauseVeto(clause, hit);
      if (veto !== null) {
        explain.hit(hit, veto, NONE, NONE);
        return;
      }
    }
    const rules = rulesOf(types, hit.trigger.type);
    // The sides, from the clause's reading to each side's states (act-sides.ts).
    const sides = actSides(hit, clause, read.args, {
      arabic,
      found,
      units,
      cues,
      rules,
      sentenceIndex,
      span,
      speaker,
      told: late ? toldBefore(told, arabic.tokens[hit.first] as Token) : told,
      later: late ? toldAfter(told, arabic.tokens[hit.first] as Token) : undefined,
      isLabel,
      // الفيتو ضد مشروع قرار يتهم إيران: what a draft resolution would do is no act done, but by its sponsor.
      sponsors: draftSponsors(clause, hit),
    });
    if (sides.lost !== null) {
      explain?.hit(hit, sides.lost, sides.actor, sides.recipient);
      return;
    }
    const { args, actor, swapped } = sides;
    // هدد ترامب بعقاب قاس إذا ثبت تورط السعودية: a threat with no target threatens the condition's state (conditional-threat.ts).
    const recipient = conditionTarget(
      arabic.tokens,
      units,
      hit,
      actor,
      othersOnly(sides.recipient, actor),
      cues,
    );
    // والتقت فرنسا وأوروغواي ثماني مرات …: in a match's sentence, states named bare are teams.
    // The parties first: a party with a sector is no team, and its sentence is not read for sport words.
    // تلتقي نيجيريا الأرجنتين في كأس العالم: a meeting of states named bare in a cup's sentence is a match too.
    if (
      noSector(actor) &&
      noSector(recipient) &&
      sporting(sentenceIndex, cupMeeting(hit.trigger.type, actor, recipient))
    ) {
      explain?.hit(hit, "sports sentence", actor, recipient);
      return;
    }
    const countries = new Set<string>();
    for (const p of actor) if (p.country !== null) countries.add(p.country);
    for (const p of recipient) if (p.country !== null) countries.add(p.country);
    // داعش … أمريكا والسعودية: an act whose actor is no state (an armed group, a person with none) is no interstate event.
    if (actor.length === 0 || countries.size < 2 || actor.every((p) => p.country === null)) {
      // نفت موسكو أي ضلوع لها: a denial whose charge may be told with no accusing verb is read again
      // once those charges are found (below).
      if (
        !late &&
        recipient.length === 0 &&
        countries.size === 1 &&
        deniesCharge(arabic, hit, cues) &&
        (explain !== undefined || clauseVeto(clause, hit) === null)
      )
        pending.push(hit);
      else explain?.hit(hit, partiesLost(actor, recipient), actor, recipient);
      return;
    }
    if (!explain && clauseVeto(clause, hit) !== null) return;
    // The act's own date, its clause's, a claim's or a counted span's, read in act-date.ts.
    // افتتاح القنصلية … في الـ20 من يونيو, told on 5 June: a noun's bare day a month ahead is this year's (noun-ahead.ts).
    const ownDate = actDate(arabic, span, hit, cues, isAct, options.published);
    const dated = nounDayAhead(ownDate, hit, options.published, (arabic.tokens[hit.first] as Token).start);
    // قتل فلسطيني برصاص الجيش الإسرائيلي with no day told, past the lead: a tally or a retold death (fire-agent.ts).
    if (killingUncoded(arabic, span, hit, dated, cues)) {
      explain?.hit(hit, "a killing of no day told, or a tally", actor, recipient);
      return;
    }
    // يلتقي ترامب بوتين يوم 16 يوليو، told on 1 July: an imperfect dated after publication is to come.
    // اتفقت الكوريتان على عقد قمة في 27 أبريل المقبل: a date after publication in a clause told in the
    // perfect, of an act told as done, dates what was agreed, not the agreement: it takes the day of its
    // report (an act on a condition, `إذا ما التقيا الشهر المقبل`, keeps it).
    const ahead = dateAhead(dated, options.published, cues);
    // رفضت ألمانيا طلب واشنطن، أوقفت بث الدعاية، هاجم روحاني نظيره محذرا: the act's coding (act-type.ts).
    const act = codeAct(hit, args, actor, recipient, {
      arabic,
      cues,
      types,
      rules,
      sentence,
      span,
      // عقد لقاء قمة بينهما الشهر المقبل، في قمة الجمعة المقبلة: a meeting noun dated after publication is
      // planned, as an imperfect is.
      ahead:
        ahead &&
        (imperfectVerb(arabic.tokens, hit) || ownDateAfter(arabic, hit, dated, isAct)) &&
        !endingVisit(arabic.tokens, hit, cues),
    });
    // بطلب من هولندا، أبدى قادة إيطاليا وإسبانيا والبرتغال تأييدهم للخطة.
    if (act.jointWithoutTarget) {
      explain?.hit(hit, "joint actor, no target", actor, recipient);
      return;
    }
    // حذر المبعوث من تصاعد المواجهات بين إسرائيل وسوريا: a warning of a risk threatens no one.
    if (act.riskWarning || act.unrealised || act.charged || act.questioned) {
      explain?.hit(hit, noActReason(act), actor, recipient);
      return;
    }
    const { type } = act;
    // المدعوم من روسيا، القس المحتجز في تركيا: a participle tells a state as it is, whatever the clause's
    // mood; so is a regret to come (إذا انسحبت فإنها ستندم): the threat is made now, its condition its content;
    // so is a charge called groundless (مزاعم المغرب لا أساس لها): the alleging is the charge's, not the rejection's.
    const modality =
      hit.trigger.backed || hit.trigger.held || hit.trigger.regret || hit.trigger.baseless
        ? "asserted"
        : act.modality;
    // قال فلان، الأستاذ في جامعة …، إن إيران ستنسحب: a commentator's forecast is no event (forecast.ts).
    if (commentatorForecast(arabic.tokens, sentence.firstToken, span, modality, cues)) {
      explain?.hit(hit, "a commentator's forecast", actor, recipient);
      return;
    }
    const typeRules = rulesOf(types, type);
    // The date the act keeps: its own, last year's, or none, the day of its report (act-when.ts).
    const when = actWhen(
      arabic,
      hit,
      sentence,
      { dated, ahead, modality, expelled: act.expelled },
      typeRules,
      cues,
      options.published,
    );
    // One act told twice in its sentence is one event (told-twice.ts, repeats.ts).
    if (
      toldTwice(
        repeats,
        arabic,
        hit,
        sentence,
        { act, modality, typeRules, countries, actor, when },
        cues,
        options.published,
      )
    ) {
      explain?.hit(hit, "same event in sentence", actor, recipient);
      return;
    }
    // The record: its date, place, channel, source and PLOVER score (event-record.ts).
    const event = eventRecord(hit, modality === act.modality ? act : { ...act, modality }, actor, recipient, {
      arabic,
      found,
      cues,
      plover: options.plover,
      published: options.published,
      newsDay,
      sentence,
      span,
      speaker,
      when,
      // The day an act of no date it keeps was said (act-when.ts).
      said: saidDay(arabic, hit, sentence, span, sentenceIndex, cues, when),
      id: `v${events.length + 1}`,
    });
    if (!twoStates)
      throw new Error(
        `event ${event.id} made in a sentence before two states are named: add its states' source to secondStateAt (src/events/two-states.ts)`,
      );
    // وأنهما اتفقا after the call they had that evening: the dual's act takes that event's date (dual-date.ts).
    const dualDate = when === null ? dualBorrowedDate(hit, args.actor, told, sentenceIndex) : null;
    if (dualDate) Object.assign(event, dualDate);
    events.push(event);
    repeats.bind(event);
    eventOf.set(hit, event);
    markPassingCharge(hit, event);
    // A backing of several backers: one SUPPORT event each (each-backer.ts).
    eachBacker(arabic, hit, event, actor, told, sentenceIndex, cues);
    if (swapped) told.swapped.add(event);
    if (backgroundAct(event.date, options.published)) told.background.add(event);
    explain?.hit(hit, "event", actor, recipient, event);
    sentenceOf.set(event, sentenceIndex);
    // An act told again: retold (merge.ts), or the ground of the sentence's act (after-told.ts) (told-again.ts).
    markToldAgain(arabic, hit, sentence, event, cues, retold, grounds);
  };
  for (const hit of hits) readHit(hit, false);
  // Accusations with no trigger, denials read again, replies in kind, meeting days, the merge (document-passes.ts);
  // on a page with no publication date, the lead's date for acts of none of their own (lead-date.ts).
  const all = afterHits(
    arabic,
    { found, units, masks, told, hits, pending, retold, grounds, options },
    readHit,
  );
  return leadDated(arabic, all, options.published, cues);
}
