// entities: mentions grouped into the document's entities, each with its attributes.
import type { ArabicText, Entity, MentionCandidate } from "../pipeline/types.ts";
import { findMechanisms } from "./mechanisms.ts";
import { romanize } from "./romanize.ts";

/** Entity types whose name is a proper name a romanization can render. */
const ROMANIZED = new Set(["PERSON", "GPE", "LOC"]);
import { recognizeMentions } from "./recognize.ts";
import { coveredTokens, type RecognizeOptions } from "./walker.ts";
import { resolveSharedNames } from "./shared-names.ts";
import { resolveStateNouns } from "./state-nouns.ts";

export type EntitiesOptions = RecognizeOptions;

export interface EntitiesResult {
  entities: Entity[];
  /** Every mention with the id of its entity, in text order. */
  mentions: Array<MentionCandidate & { entity: string }>;
}

export function findEntities(arabic: ArabicText, options: EntitiesOptions): EntitiesResult {
  const recognized = resolveStateNouns(
    resolveSharedNames(recognizeMentions(arabic, options), arabic.tokens, options.lexicon.sharedNames),
    arabic.text,
    arabic.tokens,
    options.lexicon.stateNouns,
  );
  const taken = coveredTokens(recognized, arabic.tokens.length);
  const candidates = dropOverlaps([
    ...recognized,
    ...findMechanisms(arabic, taken, options.lexicon.mechanismPatterns),
  ]);
  const byKey = new Map<string, { entity: Entity; candidates: MentionCandidate[] }>();
  const mentions: EntitiesResult["mentions"] = [];
  for (const c of candidates) {
    let group = byKey.get(c.key);
    if (!group) {
      group = {
        entity: {
          id: `e${byKey.size + 1}`,
          type: c.type,
          name: c.name,
          name_en: c.nameEn,
          country: c.country,
          sector: c.sector,
          role: c.role,
          mentions: [],
        },
        candidates: [],
      };
      byKey.set(c.key, group);
    }
    const e = group.entity;
    e.country ??= c.country;
    e.sector ??= c.sector;
    e.role ??= c.role;
    e.name_en ??= c.nameEn;
    e.mentions.push({ text: c.text, start: c.start, end: c.end });
    group.candidates.push(c);
    // All fields written out, in mentionOf's order: a spread copy would have a hidden class of its own.
    mentions.push({
      start: c.start,
      end: c.end,
      text: c.text,
      type: c.type,
      key: c.key,
      name: c.name,
      nameEn: c.nameEn,
      country: c.country,
      sector: c.sector,
      role: c.role,
      firstToken: c.firstToken,
      endToken: c.endToken,
      titleToken: c.titleToken,
      prefix: c.prefix,
      via: c.via,
      parties: c.parties,
      entity: e.id,
    });
  }
  const entities: Entity[] = [];
  for (const g of byKey.values()) entities.push(g.entity);
  // Names no lexicon translates get a readable romanization; descriptions (ORG, MECHANISM) do not.
  for (const e of entities)
    if (e.name_en === null && ROMANIZED.has(e.type)) e.name_en = romanize(e.name, options.lexicon.romanizer);
  return { entities, mentions };
}

/** Keeps the earlier, then longer, of overlapping mentions. */
function dropOverlaps(candidates: MentionCandidate[]): MentionCandidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: MentionCandidate[] = [];
  for (const c of sorted) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}
