// events: triggers, their parties, polarity, date and source → PLOVER events.
import type { PhraseIndex } from "../arabic/phrases.ts";
import type { EntitiesResult } from "../entities/index.ts";
import type { EntityLexicon } from "../entities/lexicon.ts";
import type { ArabicText, DateMention, Event, Party, Sentence, Token } from "../pipeline/types.ts";
import { type Clause, findArguments, type PartyUnit } from "./arguments.ts";
import { type EventCues, tokenIn } from "./cues.ts";
import { polarity } from "./modality.ts";
import { type PloverTable, score } from "./plover.ts";
import { findTriggers, type Trigger, type TriggerHit } from "./triggers.ts";

export interface EventsOptions {
  triggers: PhraseIndex<Trigger>;
  cues: EventCues;
  plover: PloverTable;
  entityLexicon: EntityLexicon;
  published: string | null;
}

/** Entity types that can act in an event; outlets and places cannot. */
const PARTY_TYPES = new Set(["PERSON", "ORG", "GPE"]);

export function findEvents(arabic: ArabicText, found: EntitiesResult, options: EventsOptions): Event[] {
  const covered = new Set<number>();
  for (const m of found.mentions) for (let k = m.firstToken; k < m.endToken; k++) covered.add(k);
  const hits = findTriggers(arabic.tokens, options.triggers, covered);
  const units = partyUnits(arabic, found, covered, options.entityLexicon, options.cues);
  const events: Event[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const sentence = arabic.sentences[(arabic.tokens[hit.first] as Token).sentence] as Sentence;
    const clauseStart = reportedClauseStart(arabic.tokens, sentence, hit.first, options.cues);
    const clause: Clause = {
      tokens: arabic.tokens,
      text: arabic.text,
      units: units.filter((u) => u.first >= sentence.firstToken && u.end <= sentence.endToken),
      cues: options.cues,
      start: clauseStartAt(arabic.tokens, clauseStart, hit.first, options.cues),
      end: clauseEndAt(arabic.tokens, hit.end, sentence.endToken, options.cues),
    };
    const { actor, recipient } = findArguments(clause, hit);
    const countries = new Set(
      [...actor, ...recipient].map((u) => u.party.country).filter((c): c is string => c !== null),
    );
    if (actor.length === 0 || countries.size < 2) continue;
    const dedupe = `${hit.trigger.type}|${[...countries].sort().join(",")}|${sentence.start}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    const date = governingDate(arabic, sentence, hit);
    const { cameo, quad, intensity } = score(options.plover, hit.trigger.type, hit.trigger.mode);
    const pol = polarity(arabic.tokens, hit, Math.max(sentence.firstToken, clauseStart - 1), options.cues);
    events.push({
      id: `v${events.length + 1}`,
      type: hit.trigger.type,
      mode: hit.trigger.mode,
      context: hit.trigger.context,
      actor: dedupeParties(actor),
      recipient: dedupeParties(recipient),
      date: date?.value ?? options.published,
      end_date: date?.endValue ?? null,
      date_text: date?.text ?? null,
      location: null,
      negated: pol.negated,
      modality: pol.modality,
      mechanism: mechanismIn(found, sentence),
      source: sourceOf(arabic.tokens, sentence, clauseStart, found, options.cues),
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
  return events;
}

/** Mentions that can act, plus nisbas outside mentions that name a side (`نظيره الصيني`). */
function partyUnits(
  arabic: ArabicText,
  found: EntitiesResult,
  covered: ReadonlySet<number>,
  lexicon: EntityLexicon,
  cues: EventCues,
): PartyUnit[] {
  // A person's title belongs to the person: its nisba and institutions are not parties of their own.
  const titled = new Set<number>();
  for (const m of found.mentions) for (let k = m.titleToken; k < m.firstToken; k++) titled.add(k);
  const units: PartyUnit[] = found.mentions
    .filter((m) => PARTY_TYPES.has(m.type) && !titled.has(m.firstToken))
    .map((m) => ({
      first: m.titleToken,
      end: m.endToken,
      prefix: m.prefix,
      type: m.type,
      party: { entity: m.entity, text: m.text, country: m.country, sector: m.sector },
    }));
  arabic.tokens.forEach((t, k) => {
    if (covered.has(k) || titled.has(k) || tokenIn(cues.nisbaNotParty, arabic.tokens[k - 1])) return;
    const m = lexicon.index.matchAt(arabic.tokens, k, { bare: true });
    const nisba = m?.values.find((v) => v.kind === "nisba");
    if (!m || !nisba || [...Array(m.end - k).keys()].some((d) => covered.has(k + d))) return;
    // نظيره الصيني: the counterpart word and its preposition belong to the unit.
    const prev = arabic.tokens[k - 1];
    const counterpart = prev && tokenIn(cues.counterpart, prev) ? prev : null;
    const prefix = counterpart
      ? (counterpart.bare.find((b) => cues.counterpart.has(b.key))?.prefix ?? "")
      : m.prefix;
    const last = arabic.tokens[m.end - 1] as Token;
    units.push({
      first: counterpart ? k - 1 : k,
      end: m.end,
      prefix,
      type: "NISBA",
      party: {
        entity: null,
        text: arabic.text.slice((counterpart ?? t).start, last.end),
        country: nisba.country,
        sector: null,
      },
    });
  });
  units.sort((a, b) => a.first - b.first);
  // A nisba right before a person or body of its own state is that one's adjective (الرئيس الصيني شي).
  return units.filter((u, k) => {
    const next = units[k + 1];
    return !(u.type === "NISBA" && next && next.first === u.end && next.party.country === u.party.country);
  });
}

/** The trigger's clause opens after the last clause break before it (`عندما زارت …`). */
function clauseStartAt(tokens: readonly Token[], from: number, trigger: number, cues: EventCues): number {
  let start = from;
  for (let k = from; k < trigger; k++) if (tokenIn(cues.clauseBreak, tokens[k])) start = k + 1;
  return start;
}

/** …and closes before the next one after it. */
function clauseEndAt(tokens: readonly Token[], from: number, end: number, cues: EventCues): number {
  for (let k = from; k < end; k++)
    if (tokenIn(cues.clauseBreak, tokens[k]) || tokenIn(cues.complementizer, tokens[k])) return k;
  return end;
}

/** After `قال X إن`, the event's own clause starts at the complementizer. */
function reportedClauseStart(
  tokens: readonly Token[],
  sentence: Sentence,
  trigger: number,
  cues: EventCues,
): number {
  let start = sentence.firstToken;
  for (let k = sentence.firstToken; k < trigger; k++) {
    if (tokenIn(cues.complementizer, tokens[k])) start = k + 1;
  }
  return start;
}

/** The speaker of `قال X إن …`, `وفقا لما أكده X`. */
function sourceOf(
  tokens: readonly Token[],
  sentence: Sentence,
  clauseStart: number,
  found: EntitiesResult,
  cues: EventCues,
): string | null {
  if (clauseStart === sentence.firstToken) return null;
  const speech = tokens.slice(sentence.firstToken, clauseStart).findIndex((t) => tokenIn(cues.speech, t));
  if (speech < 0) return null;
  const from = sentence.firstToken + speech;
  const speaker = found.mentions.find(
    (m) => m.firstToken > from && m.endToken <= clauseStart && m.type !== "GPE",
  );
  return (
    speaker?.entity ??
    found.mentions.find((m) => m.firstToken > from && m.endToken <= clauseStart)?.entity ??
    null
  );
}

/** The date expression nearest to the trigger in its sentence. */
function governingDate(arabic: ArabicText, sentence: Sentence, hit: TriggerHit): DateMention | null {
  const at = (arabic.tokens[hit.first] as Token).start;
  const inSentence = arabic.dates.filter(
    (d) => d.start >= sentence.start && d.end <= sentence.end && d.value !== null,
  );
  inSentence.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return inSentence[0] ?? null;
}

function mechanismIn(found: EntitiesResult, sentence: Sentence): string | null {
  return (
    found.mentions.find(
      (m) => m.type === "MECHANISM" && m.firstToken >= sentence.firstToken && m.endToken <= sentence.endToken,
    )?.entity ?? null
  );
}

function dedupeParties(units: readonly PartyUnit[]): Party[] {
  const out: Party[] = [];
  for (const u of units) {
    if (
      out.some(
        (p) =>
          (p.entity !== null && p.entity === u.party.entity) ||
          (p.entity === null && u.party.entity === null && p.country === u.party.country),
      )
    )
      continue;
    out.push(u.party);
  }
  return out;
}
