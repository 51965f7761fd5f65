// Corpus-wide entities: each document entity joins a lexicon identity, or an entity found through
// its blocking keys (`entity-keys.ts`) and confirmed by the merge decision (`names.ts`), or starts a
// new one. This file reads a batch's candidates once (the view) and links each document against
// them in order; the writes are `entity-writes.ts`.
import { keyOf } from "../arabic/normalize.ts";
import type { Analysis, Entity } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import { type Anchor, type AnchorIndex, findAnchor } from "./anchors.ts";
import { channelScopes } from "./channels.ts";
import { filedUnder, lookupKeys } from "./entity-keys.ts";
import type { Contribution, EntityWrites } from "./entity-writes.ts";
import { hashId } from "./ids.ts";
import { matchNames, sameEntity, type Transliteration } from "./names.ts";
import { NAME_WORD } from "./regexes.ts";

export { type CorpusEntity, listCorpusEntities } from "./entity-list.ts";

export interface EntityLinkContext {
  translit: Transliteration;
  anchors: AnchorIndex;
  /** Most stored entities read for one document. */
  maxCandidates: number;
}

/** A corpus entity as the merge decision reads it. */
interface Stored {
  id: string;
  type: string;
  name: string;
  country: string | null;
  role: string | null;
  mentions: number;
  anchored: boolean;
}

/** Document entity id → corpus entity id, and the lexicon identities met. */
export interface EntityLinks {
  ids: Map<string, string>;
  anchors: Map<string, Anchor>;
}

function wordCount(name: string): number {
  return (name.match(NAME_WORD) ?? []).length;
}

/** Stored entities by the key they were found under. */
type Candidates = Map<string, Stored[]>;

/**
 * The stored entities a batch of documents can meet: every entity filed under any key one of them
 * looks up, and those keys' entity ids. Linking a document updates it as its writes would update
 * the tables, so the next document of the batch sees what the earlier ones decided.
 */
export interface EntityView {
  entities: Map<string, Stored>;
  byKey: Map<string, Set<string>>;
}

/** The keys a document's entities are looked up by (lexicon identities are found in memory). */
export function entityLookups(
  a: Analysis,
  ctx: EntityLinkContext,
): { anchors: Map<string, Anchor | null>; scopes: ReadonlyMap<string, string>; keys: string[] } {
  const t = ctx.translit;
  const anchors = new Map(a.entities.map((e) => [e.id, findAnchor(e, ctx.anchors, t)]));
  const loose = a.entities.filter((e) => anchors.get(e.id) === null);
  // A channel no lexicon row knows is told apart by the states its events name (entity-keys.ts).
  const scopes = loose.some((e) => e.type === "MECHANISM") ? channelScopes(a) : NO_SCOPES;
  return {
    anchors,
    scopes,
    keys: [...new Set(loose.flatMap((e) => lookupKeys(e.type, e.name, t, scopes.get(e.id))))],
  };
}

const NO_SCOPES: ReadonlyMap<string, string> = new Map();

/** One read for a batch: every stored entity filed under one of `keys`, however many. */
export async function readEntityView(tx: Queryable, keys: readonly string[]): Promise<EntityView> {
  const view: EntityView = { entities: new Map(), byKey: new Map() };
  if (keys.length === 0) return view;
  const rows = await tx.query<Stored & { key: string }>(
    // Index look-ups, one per key and one per entity found (OFFSET 0 keeps each a look-up of its
    // own): joined as sets, the planner scans link_entities whole for every batch.
    `SELECT k.key, e.id, e.type, e.name, e.country, e.role, e.mentions
       FROM unnest($1::text[]) AS q(key),
            LATERAL (SELECT k.key, k.entity_id FROM link_entity_keys k WHERE k.key = q.key OFFSET 0) k,
            LATERAL (SELECT e.id, e.type, e.name, e.country, e.role, e.mentions FROM link_entities e
                      WHERE e.id = k.entity_id OFFSET 0) e`,
    [keys],
  );
  for (const r of rows) {
    if (!view.entities.has(r.id))
      view.entities.set(r.id, {
        id: r.id,
        type: r.type,
        name: r.name,
        country: r.country,
        role: r.role,
        mentions: Number(r.mentions),
        anchored: !r.id.startsWith("x"),
      });
    fileKey(view, r.key, r.id);
  }
  return view;
}

function fileKey(view: EntityView, key: string, id: string): void {
  const ids = view.byKey.get(key) ?? new Set<string>();
  ids.add(id);
  view.byKey.set(key, ids);
}

/**
 * The stored entities a document reads: those filed under its keys, the most mentioned first
 * (then by id and key, so the cut is the same however documents are batched), at most `limit`.
 */
function candidatesOf(view: EntityView, keys: readonly string[], limit: number): Candidates {
  const found: Array<{ key: string; s: Stored }> = [];
  for (const key of keys)
    for (const id of view.byKey.get(key) ?? []) found.push({ key, s: view.entities.get(id) as Stored });
  found.sort(
    (x, y) =>
      y.s.mentions - x.s.mentions ||
      (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0) ||
      (x.key < y.key ? -1 : x.key > y.key ? 1 : 0),
  );
  const out: Candidates = new Map();
  for (const { key, s } of found.slice(0, limit)) file(out, key, { ...s });
  return out;
}

function file(c: Candidates, key: string, s: Stored): void {
  const list = c.get(key) ?? [];
  list.push(s);
  c.set(key, list);
}

/** The best stored entity for a document entity: the same name before a surname, then the most mentioned. */
function choose(e: Entity, candidates: Candidates, t: Transliteration, scope?: string): Stored | null {
  let best: { s: Stored; rank: number } | null = null;
  for (const key of lookupKeys(e.type, e.name, t, scope)) {
    for (const s of candidates.get(key) ?? []) {
      if (!sameEntity(e, s, t)) continue;
      const rank = (matchNames(e.name, s.name, t) === "same" ? 1e9 : 0) + s.mentions;
      if (best === null || rank > best.rank) best = { s, rank };
    }
  }
  return best?.s ?? null;
}

function contribution(
  e: Entity,
  id: string,
  anchor: Anchor | null,
  t: Transliteration,
  scope?: string,
): Contribution {
  const name = anchor?.name ?? e.name;
  const variants = new Map<string, number>();
  for (const m of e.mentions) variants.set(m.text, (variants.get(m.text) ?? 0) + 1);
  return {
    id,
    type: anchor?.type ?? e.type,
    name,
    nameEn: anchor?.nameEn ?? e.name_en,
    country: e.country ?? anchor?.country ?? null,
    sector: e.sector,
    role: e.role,
    mentions: e.mentions.length,
    rename: false,
    keys: new Set([...filedUnder(e.type, name, t, scope), ...filedUnder(e.type, e.name, t, scope)]),
    variants,
  };
}

function merge(into: Contribution, more: Contribution): void {
  into.mentions += more.mentions;
  into.country ??= more.country;
  into.sector ??= more.sector;
  into.role ??= more.role;
  for (const k of more.keys) into.keys.add(k);
  for (const [v, n] of more.variants) into.variants.set(v, (into.variants.get(v) ?? 0) + n);
}

/**
 * Links a stored document's entities to corpus entities against `view`, which it then updates
 * as the tables will be; adds its writes to `writes`.
 */
export function linkEntities(
  view: EntityView,
  a: Analysis,
  ctx: EntityLinkContext,
  writes: EntityWrites,
  lookups: ReturnType<typeof entityLookups> = entityLookups(a, ctx),
): EntityLinks {
  const t = ctx.translit;
  const anchored = lookups.anchors;
  const stored = candidatesOf(view, lookups.keys, ctx.maxCandidates);
  const links: EntityLinks = { ids: new Map(), anchors: new Map() };
  const byId = new Map<string, Contribution>();
  for (const e of a.entities) {
    const anchor = anchored.get(e.id) ?? null;
    const scope = lookups.scopes.get(e.id);
    const match = anchor ? null : choose(e, stored, t, scope);
    const id = anchor?.id ?? match?.id ?? hashId("x", a.document.id, e.id);
    const c = contribution(e, id, anchor, t, scope);
    if (match && !match.anchored && wordCount(e.name) > wordCount(match.name)) c.rename = true;
    // Lexicon identities are found in memory, and a known spelling is filed already; a channel's
    // pairs of states are filed as each document names them (a third state told later).
    if (anchor || (match && !c.rename && !scope && keyOf(match.name) === keyOf(e.name))) c.keys.clear();
    if (!anchor && !match)
      for (const k of c.keys) file(stored, k, { ...c, mentions: 0, anchored: false, role: e.role });
    const seen = byId.get(id);
    if (seen) merge(seen, c);
    else byId.set(id, c);
    links.ids.set(e.id, id);
    if (anchor) links.anchors.set(id, anchor);
  }
  for (const c of byId.values()) {
    see(view, c);
    writes.add(c);
  }
  writes.documents.push({ document: a.document.id, ids: links.ids });
  return links;
}

/** What the document's writes do to the rows a later document of the batch may read. */
function see(view: EntityView, c: Contribution): void {
  const s = view.entities.get(c.id);
  if (s) {
    s.mentions += c.mentions;
    if (c.rename) s.name = c.name;
    s.country ??= c.country;
    s.role ??= c.role;
  } else if (c.keys.size > 0) {
    const { id, type, name, country, role, mentions } = c;
    view.entities.set(id, { id, type, name, country, role, mentions, anchored: !id.startsWith("x") });
  }
  for (const k of c.keys) fileKey(view, k, c.id);
}
