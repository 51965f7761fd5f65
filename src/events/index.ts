// events: triggers, their parties, polarity, date and source → PLOVER events.
import type { PhraseIndex } from "../arabic/phrases.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, Event, EventType, Party, Sentence, Token } from "../pipeline/types.ts";
import { type Clause, findArguments, type PartyUnit } from "./arguments.ts";
import { type ClauseSpan, clauseOf, governingDate, speakerOf } from "./clauses.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { polarity } from "./modality.ts";
import { type PloverTable, score } from "./plover.ts";
import { findTriggers, type Trigger } from "./triggers.ts";
import { isPlace, partyUnits } from "./units.ts";

export interface EventsOptions {
  triggers: PhraseIndex<Trigger>;
  cues: EventCues;
  plover: PloverTable;
  entityLexicon: EntityLexicon;
  published: string | null;
}

export function findEvents(arabic: ArabicText, found: EntitiesResult, options: EventsOptions): Event[] {
  const { cues } = options;
  const covered = new Set<number>();
  for (const m of found.mentions) for (let k = m.firstToken; k < m.endToken; k++) covered.add(k);
  const units = partyUnits(arabic, found, covered, options.entityLexicon, cues);
  const events: Event[] = [];
  const seen = new Set<string>();
  const resolvedDuals = new Set<PartyUnit>();
  for (const hit of findTriggers(arabic.tokens, options.triggers, covered)) {
    const sentence = arabic.sentences[(arabic.tokens[hit.first] as Token).sentence] as Sentence;
    if (isAnaphoric(arabic.tokens, hit.first, cues)) continue;
    resolveDuals(units, sentence, events, resolvedDuals);
    const span = clauseOf(arabic.tokens, sentence, hit.first, hit.end, cues);
    const speaker = speakerOf(arabic.tokens, sentence, span.reported, found, cues);
    const clause: Clause = {
      tokens: arabic.tokens,
      text: arabic.text,
      units: units.filter((u) => u.first >= sentence.firstToken && u.end <= sentence.endToken),
      cues,
      start: span.start,
      end: span.end,
    };
    const args = findArguments(clause, hit);
    // أعلن ترمب أنه سيزور الصين: the speaker is the actor when no subject stands before the verb.
    if (span.speakerActs && speaker && !args.actor.some((u) => u.first >= span.start && u.end <= hit.first)) {
      const unit = units.find(
        (u) => u.parties.some((p) => p.entity === speaker.entity) && u.end <= span.reported,
      );
      if (unit) {
        args.recipient = [...args.actor, ...args.recipient].filter((u) => u !== unit);
        args.actor = [unit];
      }
    }
    // شنت الهند ضربات … في باكستان: the place struck is the target.
    if (args.recipient.length === 0 && TARGETED_TYPES.has(hit.trigger.type)) {
      const place = placeIn(arabic, found, span, cues);
      if (place?.country)
        args.recipient = [
          {
            first: place.firstToken,
            end: place.endToken,
            prefix: "",
            type: "GPE",
            parties: [{ entity: place.entity, text: place.text, country: place.country, sector: null }],
          },
        ];
    }
    const actor = partiesOf(args.actor);
    const recipient = partiesOf(args.recipient).filter((p) => !actor.includes(p));
    const countries = new Set(
      [...actor, ...recipient].map((p) => p.country).filter((c): c is string => c !== null),
    );
    if (actor.length === 0 || countries.size < 2) continue;
    const pol = polarity(arabic.tokens, hit, Math.max(sentence.firstToken, span.start - 1), cues);
    const type = codedType(hit.trigger.type, pol.modality);
    const dedupe = `${type}|${[...countries].sort().join(",")}|${sentence.start}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const date = governingDate(arabic, span, hit.first, cues);
    const mode = type === hit.trigger.type ? hit.trigger.mode : null;
    const { cameo, quad, intensity } = score(options.plover, type, mode);
    events.push({
      id: `v${events.length + 1}`,
      type,
      mode,
      context: hit.trigger.context,
      actor,
      recipient,
      date: date?.value ?? options.published,
      end_date: date?.endValue ?? null,
      date_text: date?.text ?? null,
      location: locationIn(arabic, found, span, cues),
      negated: pol.negated,
      modality: pol.modality,
      mechanism: mechanismIn(found, sentence),
      source: speaker?.entity ?? null,
      evidence: {
        text: arabic.text.slice(sentence.start, sentence.end),
        start: sentence.start,
        end: sentence.end,
      },
      cameo,
      quad,
      intensity,
    });
  }
  return mergeRepeats(events);
}

/** Types whose repeats in one article are one happening: a meeting is retold, a demand is often repeated anew. */
const MERGED_TYPES = new Set<EventType>(["CONSULT"]);

/**
 * One meeting told in several sentences of an article is one event: same type, same states and
 * the same date (`أجرتا محادثات` … `زيارة بيلوسوف إلى بكين`).
 */
function mergeRepeats(events: Event[]): Event[] {
  const out: Event[] = [];
  const statesOf = (e: Event) =>
    [...new Set([...e.actor, ...e.recipient].map((p) => p.country))].sort().join(",");
  for (const e of events) {
    const same = out.find(
      (o) =>
        MERGED_TYPES.has(o.type) &&
        o.type === e.type &&
        o.negated === e.negated &&
        statesOf(o) === statesOf(e) &&
        o.date === e.date,
    );
    if (!same) {
      out.push({ ...e, id: `v${out.length + 1}` });
      continue;
    }
    same.date_text ??= e.date_text;
  }
  return out;
}

/** Cooperation promised or intended, not yet done, is AGREE in PLOVER (`مستعدة للتعاون`، `سيلتقي`). */
const INTENT_TYPES = new Set<EventType>(["CONSULT", "COOPERATE", "AID", "SUPPORT"]);

function codedType(type: EventType, modality: Event["modality"]): EventType {
  return INTENT_TYPES.has(type) && modality === "future" ? "AGREE" : type;
}

/** Types whose place, when no recipient is named, is the target (`قصف … في غزة`). */
const TARGETED_TYPES = new Set<EventType>(["ASSAULT", "COERCE"]);

/** The first place named after `في` in the event's clause (`في سان فرانسيسكو`). */
function placeIn(arabic: ArabicText, found: EntitiesResult, span: ClauseSpan, cues: EventCues) {
  return found.mentions.find(
    (x) => x.firstToken >= span.start && x.endToken <= span.end && isPlace(arabic, x, cues),
  );
}

function locationIn(
  arabic: ArabicText,
  found: EntitiesResult,
  span: ClauseSpan,
  cues: EventCues,
): string | null {
  return placeIn(arabic, found, span, cues)?.entity ?? null;
}

/** `ذلك الهجوم`، `على هامش الاجتماع`: the trigger refers back to an event already told, or names a venue. */
function isAnaphoric(tokens: readonly Token[], first: number, cues: EventCues): boolean {
  return tokenIn(cues.backref, tokens[first - 1]);
}

/** `الجانبان` in a sentence after an event stands for that event's two states. */
function resolveDuals(
  units: readonly PartyUnit[],
  sentence: Sentence,
  events: readonly Event[],
  done: Set<PartyUnit>,
): void {
  const last = events[events.length - 1];
  if (!last) return;
  const states = [...last.actor, ...last.recipient].filter(
    (p, i, all) =>
      p.country !== null && p.country !== "IGO" && all.findIndex((q) => q.country === p.country) === i,
  );
  if (states.length !== 2) return;
  for (const u of units) {
    if (u.type !== "DUAL" || done.has(u) || u.first < sentence.firstToken || u.end > sentence.endToken)
      continue;
    done.add(u);
    const text = u.parties[0]?.text ?? "";
    u.parties = states.map((p) => ({ entity: null, text, country: p.country, sector: null }));
  }
}

function mechanismIn(found: EntitiesResult, sentence: Sentence): string | null {
  const m = found.mentions.find(
    (x) => x.type === "MECHANISM" && x.firstToken >= sentence.firstToken && x.endToken <= sentence.endToken,
  );
  return m?.entity ?? null;
}

/** The parties of some units, each entity (or each unnamed state) once. */
function partiesOf(units: readonly PartyUnit[]): Party[] {
  const out: Party[] = [];
  for (const p of units.flatMap((u) => u.parties)) {
    const same = (q: Party) =>
      p.entity !== null ? q.entity === p.entity : q.entity === null && q.country === p.country;
    if (!out.some(same)) out.push(p);
  }
  return out;
}
