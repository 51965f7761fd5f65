// Corpus-wide entities, one document at a time: each document entity joins a lexicon identity, or
// an entity found through its blocking keys and confirmed by the merge decision, or starts a new
// one. One read and four batched writes per document, whatever the size of the corpus.
import { createHash } from "node:crypto";
import { keyOf } from "../arabic/normalize.ts";
import type { Analysis, Entity } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import { type Anchor, type AnchorIndex, findAnchor, spelledKey } from "./anchors.ts";
import { matchNames, nameKeys, sameEntity, type Transliteration, wordKey } from "./names.ts";
import type { WriteBatch } from "./batch.ts";
import { NAME_WORD } from "./regexes.ts";

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

/** What one document adds to one corpus entity. */
interface Contribution {
  id: string;
  type: string;
  name: string;
  nameEn: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  mentions: number;
  /** The document's name has more words than the stored one (`ماكرون` → `إيمانويل ماكرون`). */
  rename: boolean;
  keys: Set<string>;
  variants: Map<string, number>;
}

/** Document entity id → corpus entity id, and the lexicon identities met. */
export interface EntityLinks {
  ids: Map<string, string>;
  anchors: Map<string, Anchor>;
}

function hashId(prefix: string, ...parts: string[]): string {
  return `${prefix}${createHash("sha1").update(parts.join("\u0000")).digest("hex").slice(0, 12)}`;
}

function wordCount(name: string): number {
  return (name.match(NAME_WORD) ?? []).length;
}

/**
 * Keys an entity is filed under: its spelled key, its letters without spaces (`عبد الله` /
 * `عبدالله`), and for a person of several words the key of its last word, where a surname finds it.
 */
export function fileKeys(type: string, name: string, t: Transliteration): string[] {
  const keys = [`n:${spelledKey(type, name, t)}`];
  if (type === "MECHANISM") return keys;
  keys.push(`j:${type === "LOC" ? "GPE" : type}|${wordKey((name.match(NAME_WORD) ?? []).join(""), t)}`);
  const words = nameKeys(name, t);
  if (type === "PERSON" && words.length > 1) keys.push(`l:${words[words.length - 1]}`);
  return keys;
}

/** `fileKeys`, remembered. */
function filedUnder(type: string, name: string, t: Transliteration): readonly string[] {
  return remembered("file", type, name, t, () => fileKeys(type, name, t));
}

/** Keys of names met before, by transliteration: names recur from document to document. */
const KEYS_MET = new WeakMap<Transliteration, Map<string, readonly string[]>>();
/** Names remembered at most; the memory is emptied when it is full. */
const KEYS_MET_SIZE = 100_000;

function remembered(
  kind: string,
  type: string,
  name: string,
  t: Transliteration,
  make: () => readonly string[],
): readonly string[] {
  const met = KEYS_MET.get(t) ?? new Map<string, readonly string[]>();
  KEYS_MET.set(t, met);
  const key = `${kind}\u0000${type}\u0000${name}`;
  let keys = met.get(key);
  if (!keys) {
    if (met.size >= KEYS_MET_SIZE) met.clear();
    keys = make();
    met.set(key, keys);
  }
  return keys;
}

/** Keys to look an entity up by: its own, and for a person the surname keys it may match. */
function lookupKeys(type: string, name: string, t: Transliteration): readonly string[] {
  return remembered("lookup", type, name, t, () => lookupKeysOf(type, name, t));
}

function lookupKeysOf(type: string, name: string, t: Transliteration): string[] {
  const keys = fileKeys(type, name, t);
  const words = nameKeys(name, t);
  if (type === "PERSON" && words.length >= 1) {
    const last = words[words.length - 1] as string;
    keys.push(`l:${last}`, `n:PERSON|${last}`);
  }
  return [...new Set(keys)];
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
): { anchors: Map<string, Anchor | null>; keys: string[] } {
  const t = ctx.translit;
  const anchors = new Map(a.entities.map((e) => [e.id, findAnchor(e, ctx.anchors, t)]));
  const loose = a.entities.filter((e) => anchors.get(e.id) === null);
  return { anchors, keys: [...new Set(loose.flatMap((e) => lookupKeys(e.type, e.name, t)))] };
}

/** One read for a batch: every stored entity filed under one of `keys`, however many. */
export async function readEntityView(tx: Queryable, keys: readonly string[]): Promise<EntityView> {
  const view: EntityView = { entities: new Map(), byKey: new Map() };
  if (keys.length === 0) return view;
  const rows = await tx.query<Stored & { key: string }>(
    `SELECT k.key, e.id, e.type, e.name, e.country, e.role, e.mentions
       FROM link_entity_keys k JOIN link_entities e ON e.id = k.entity_id
      WHERE k.key = ANY($1::text[])`,
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
function choose(e: Entity, candidates: Candidates, t: Transliteration): Stored | null {
  let best: { s: Stored; rank: number } | null = null;
  for (const key of lookupKeys(e.type, e.name, t)) {
    for (const s of candidates.get(key) ?? []) {
      if (!sameEntity(e, s, t)) continue;
      const rank = (matchNames(e.name, s.name, t) === "same" ? 1e9 : 0) + s.mentions;
      if (best === null || rank > best.rank) best = { s, rank };
    }
  }
  return best?.s ?? null;
}

function contribution(e: Entity, id: string, anchor: Anchor | null, t: Transliteration): Contribution {
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
    keys: new Set([...filedUnder(e.type, name, t), ...filedUnder(e.type, e.name, t)]),
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
    const match = anchor ? null : choose(e, stored, t);
    const id = anchor?.id ?? match?.id ?? hashId("x", a.document.id, e.id);
    const c = contribution(e, id, anchor, t);
    if (match && !match.anchored && wordCount(e.name) > wordCount(match.name)) c.rename = true;
    // Lexicon identities are found in memory, and a known spelling is filed already.
    if (anchor || (match && !c.rename && keyOf(match.name) === keyOf(e.name))) c.keys.clear();
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

/** A corpus entity's row as a batch of documents leaves it, and its new keys and spellings. */
interface EntityRow extends Omit<Contribution, "keys" | "variants"> {
  documents: number;
}

/** The link stage's entity writes for a batch: one row per corpus entity, however many documents. */
export class EntityWrites {
  readonly rows = new Map<string, EntityRow>();
  readonly keys = new Set<string>();
  readonly variants = new Map<string, { id: string; text: string; mentions: number }>();
  readonly documents: Array<{ document: string; ids: ReadonlyMap<string, string> }> = [];

  /** One document's contribution, merged as its upsert would merge it after the earlier ones. */
  add(c: Contribution): void {
    const row = this.rows.get(c.id);
    if (!row) {
      const { keys: _k, variants: _v, ...fields } = c;
      this.rows.set(c.id, { ...fields, documents: 1 });
    } else {
      row.documents++;
      row.mentions += c.mentions;
      if (c.rename) {
        row.name = c.name;
        row.rename = true;
      }
      row.nameEn ??= c.nameEn;
      row.country ??= c.country;
      row.sector ??= c.sector;
      row.role ??= c.role;
    }
    for (const k of c.keys) this.keys.add(`${k}\u0000${c.id}`);
    for (const [text, n] of c.variants) {
      const key = `${c.id}\u0000${text}`;
      const v = this.variants.get(key);
      if (v) v.mentions += n;
      else this.variants.set(key, { id: c.id, text, mentions: n });
    }
  }

  write(batch: WriteBatch): void {
    const rows = [...this.rows.values()];
    if (rows.length === 0) return;
    const col = <K extends keyof EntityRow>(k: K) => rows.map((c) => c[k]);
    batch.add(
      `INSERT INTO link_entities (id, type, name, name_en, country, sector, role, documents, mentions)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[])
     ON CONFLICT (id) DO UPDATE SET
       documents = link_entities.documents + EXCLUDED.documents,
       mentions = link_entities.mentions + EXCLUDED.mentions,
       name = CASE WHEN EXCLUDED.id = ANY ($10::text[]) THEN EXCLUDED.name ELSE link_entities.name END,
       name_en = coalesce(link_entities.name_en, EXCLUDED.name_en),
       country = coalesce(link_entities.country, EXCLUDED.country),
       sector = coalesce(link_entities.sector, EXCLUDED.sector),
       role = coalesce(link_entities.role, EXCLUDED.role)`,
      [
        col("id"),
        col("type"),
        col("name"),
        col("nameEn"),
        col("country"),
        col("sector"),
        col("role"),
        col("documents"),
        col("mentions"),
        rows.filter((c) => c.rename).map((c) => c.id),
      ],
    );
    const keys = [...this.keys].map((k) => k.split("\u0000") as [string, string]);
    if (keys.length > 0)
      batch.add(
        `INSERT INTO link_entity_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING`,
        [keys.map((k) => k[0]), keys.map((k) => k[1])],
      );
    const variants = [...this.variants.values()];
    batch.add(
      `INSERT INTO link_variants (entity_id, text, mentions)
     SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
     ON CONFLICT (entity_id, text) DO UPDATE SET mentions = link_variants.mentions + EXCLUDED.mentions`,
      [variants.map((v) => v.id), variants.map((v) => v.text), variants.map((v) => v.mentions)],
    );
    const docs = this.documents.flatMap((d) =>
      [...d.ids].map(([local, id]) => [d.document, local, id] as const),
    );
    batch.add(
      `INSERT INTO link_entity_documents (document_id, local_id, entity_id)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])`,
      [docs.map((d) => d[0]), docs.map((d) => d[1]), docs.map((d) => d[2])],
    );
  }
}

export type CorpusEntity = {
  id: string;
  type: string;
  name: string;
  name_en: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  /** Every spelling seen, most frequent first. */
  variants: string[];
  documents: number;
  mentions: number;
};

/** Corpus entities, most mentioned first, with their spellings. */
export async function listCorpusEntities(
  db: Queryable,
  filter: { type?: string; country?: string; limit: number },
): Promise<CorpusEntity[]> {
  const rows = await db.query<CorpusEntity>(
    `SELECT e.id, e.type, e.name, e.name_en, e.country, e.sector, e.role,
            (SELECT array_agg(v.text ORDER BY v.mentions DESC, v.text) FROM link_variants v WHERE v.entity_id = e.id) AS variants,
            e.documents, e.mentions
       FROM link_entities e
      WHERE ($1::text IS NULL OR e.type = $1) AND ($2::text IS NULL OR e.country = $2)
      ORDER BY e.mentions DESC, e.name
      LIMIT $3`,
    [filter.type ?? null, filter.country ?? null, filter.limit],
  );
  return rows.map((r) => ({
    ...r,
    variants: r.variants ?? [],
    documents: Number(r.documents),
    mentions: Number(r.mentions),
  }));
}
