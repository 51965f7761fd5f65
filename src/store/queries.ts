// Every SQL statement the CLI runs, with parameters only.
import { keyOf } from "../arabic/normalize.ts";
import { type Linker, linkDocument } from "../link/index.ts";
import type { Analysis } from "../pipeline/types.ts";
import type { Db, Queryable } from "./db.ts";

export interface StoreExtras {
  /** ISO 639-1 code of the body's language (`ar`, `en`). */
  language?: string | null;
  /** Runs in the document's transaction once its row is in (the near-duplicate index). */
  afterInsert?: (tx: Queryable) => Promise<void>;
  /** The link stage's compiled lexicons (`createLinker()`), built once per ingest. */
  link?: Linker;
}

/** Stores one analysed document in one transaction; false when it was already stored. */
export async function storeAnalysis(db: Db, a: Analysis, extras: StoreExtras = {}): Promise<boolean> {
  return db.transaction(async (tx) => {
    const d = a.document;
    const inserted = await tx.query(
      `INSERT INTO documents (id, uri, title, published, outlet, cited, keywords, text, appended, analysis, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (id) DO NOTHING RETURNING id`,
      [
        d.id,
        d.uri,
        d.title,
        d.published,
        d.outlet,
        JSON.stringify(d.cited),
        JSON.stringify(d.keywords),
        d.text,
        JSON.stringify(d.appended),
        JSON.stringify(a),
        extras.language ?? null,
      ],
    );
    if (inserted.length === 0) return false;
    await extras.afterInsert?.(tx);
    await insertEntities(tx, a);
    await insertEvents(tx, a);
    await linkDocument(tx, a, extras.link);
    return true;
  });
}

async function insertEntities(tx: Queryable, a: Analysis): Promise<void> {
  for (const e of a.entities) {
    await tx.query(
      `INSERT INTO entities (document_id, local_id, type, name, name_key, name_en, country, sector, role)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [a.document.id, e.id, e.type, e.name, keyOf(e.name), e.name_en, e.country, e.sector, e.role],
    );
    for (const m of e.mentions) {
      await tx.query(
        `INSERT INTO mentions (document_id, entity_id, start_at, end_at, text) VALUES ($1, $2, $3, $4, $5)`,
        [a.document.id, e.id, m.start, m.end, m.text],
      );
    }
  }
}

async function insertEvents(tx: Queryable, a: Analysis): Promise<void> {
  const countries = (ps: readonly { country: string | null }[]) => [
    ...new Set(ps.map((p) => p.country).filter((c): c is string => c !== null)),
  ];
  for (const e of a.events) {
    await tx.query(
      `INSERT INTO events (document_id, local_id, type, mode, actor_countries, recipient_countries, date, negated, modality, evidence, record)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
      [
        a.document.id,
        e.id,
        e.type,
        e.mode,
        countries(e.actor),
        countries(e.recipient),
        e.date,
        e.negated,
        e.modality,
        e.evidence.text,
        JSON.stringify(e),
      ],
    );
  }
}

export type EntityRow = {
  type: string;
  name: string;
  name_en: string | null;
  country: string | null;
  sector: string | null;
  role: string | null;
  variants: string[];
  documents: number;
  mentions: number;
};

/** Entities across documents: one row per type, name key and country, with every spelling seen. */
export async function listEntities(
  db: Queryable,
  filter: { type?: string; country?: string; limit: number },
): Promise<EntityRow[]> {
  const rows = await db.query<EntityRow & { documents: string | number; mentions: string | number }>(
    `SELECT e.type, min(e.name) AS name, min(e.name_en) AS name_en, e.country, min(e.sector) AS sector, min(e.role) AS role,
            array_agg(DISTINCT m.text ORDER BY m.text) AS variants,
            count(DISTINCT e.document_id) AS documents, count(m.*) AS mentions
       FROM entities e JOIN mentions m ON m.document_id = e.document_id AND m.entity_id = e.local_id
      WHERE ($1::text IS NULL OR e.type = $1) AND ($2::text IS NULL OR e.country = $2)
      GROUP BY e.type, e.name_key, e.country
      ORDER BY count(m.*) DESC, min(e.name)
      LIMIT $3`,
    [filter.type ?? null, filter.country ?? null, filter.limit],
  );
  return rows.map((r) => ({ ...r, documents: Number(r.documents), mentions: Number(r.mentions) }));
}

export interface EventRow {
  document: string;
  uri: string | null;
  outlet: string | null;
  record: Record<string, unknown>;
}

export async function listEvents(
  db: Queryable,
  filter: { type?: string; country?: string; limit: number },
): Promise<EventRow[]> {
  return db.query<EventRow>(
    `SELECT ev.document_id AS document, d.uri, d.outlet, ev.record
       FROM events ev JOIN documents d ON d.id = ev.document_id
      WHERE ($1::text IS NULL OR ev.type = $1)
        AND ($2::text IS NULL OR $2 = ANY (ev.actor_countries) OR $2 = ANY (ev.recipient_countries))
      ORDER BY ev.date NULLS LAST, ev.document_id, ev.local_id
      LIMIT $3`,
    [filter.type ?? null, filter.country ?? null, filter.limit],
  );
}

export async function counts(
  db: Queryable,
): Promise<{ documents: number; entities: number; events: number }> {
  const [r] = await db.query<{ documents: string; entities: string; events: string }>(
    `SELECT (SELECT count(*) FROM documents) AS documents,
            (SELECT count(DISTINCT (type, name_key, country)) FROM entities) AS entities,
            (SELECT count(*) FROM events) AS events`,
  );
  return {
    documents: Number(r?.documents ?? 0),
    entities: Number(r?.entities ?? 0),
    events: Number(r?.events ?? 0),
  };
}
