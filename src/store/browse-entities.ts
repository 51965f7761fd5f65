// Entity pages of `rasd serve`: the link stage's corpus entities (link_entities), so that every
// spelling of one person (ترامب, ترمب) is one page. Parameters only; each filter meets an index.
import {
  type DocumentSummary,
  DOCUMENT_SUMMARY,
  fold,
  likeLiteral,
  type Page,
  type Paged,
  paged,
} from "./browse.ts";
import type { Queryable } from "./db.ts";

/**
 * The shape of a corpus entity id: a lexicon identity (`person:دونالد_ترامب`) or a hashed one
 * (`x` and 12 hex digits).
 */
const ENTITY_ID = /^(?:[a-z]+:[^\s/?#]{1,200}|x[0-9a-f]{12})$/u;

/** Whether `id` can be a corpus entity id (`/api/entities/{id}`). */
export function isEntityId(id: string): boolean {
  return ENTITY_ID.test(id);
}

export type EntitySummary = {
  /** The link stage's id (link_entities.id). */
  id: string;
  type: string;
  name: string;
  name_en: string | null;
  country: string | null;
  sector: string | null;
  documents: number;
};

const SUMMARY = `le.id, le.type, le.name, le.name_en, le.country, le.sector, le.documents`;

export interface EntityFilter {
  /** A name key (`keyOf`): a prefix of a spelling, or a whole word of one. */
  key: string | null;
  type: string | null;
  country: string | null;
}

/** A spelling's key in SQL, as link_variants_key indexes it. */
const VARIANT_KEY = fold("v.text");

/**
 * Corpus entities with a name or a spelling seen in the articles (link_variants) whose key starts
 * with `key` or has it as a whole word, most documents first: `هيجسيث` finds the entity the
 * lexicon names `بيت هيغسيث`.
 */
export function searchEntities(db: Queryable, f: EntityFilter, page: Page): Promise<Paged<EntitySummary>> {
  const byName = `le.id IN (
      SELECT led.entity_id FROM entities e
        JOIN link_entity_documents led ON led.document_id = e.document_id AND led.local_id = e.local_id
       WHERE e.name_key LIKE $2 || '%' OR string_to_array(e.name_key, ' ') @> ARRAY[$1::text]
      UNION
      SELECT v.entity_id FROM link_variants v
       WHERE ${VARIANT_KEY} LIKE $2 || '%' OR string_to_array(${VARIANT_KEY}, ' ') @> ARRAY[$1::text])`;
  return paged(page, (limit, offset) =>
    db.query<EntitySummary>(
      `SELECT ${SUMMARY} FROM link_entities le
        WHERE ${f.key === null ? "$1::text IS NULL AND $2::text IS NULL" : byName}
          AND ($3::text IS NULL OR le.type = $3) AND ($4::text IS NULL OR le.country = $4)
        ORDER BY le.documents DESC, le.name, le.id
        LIMIT $5 OFFSET $6`,
      [f.key, f.key === null ? null : likeLiteral(f.key), f.type, f.country, limit, offset],
    ),
  );
}

export interface EntityDetail extends EntitySummary {
  role: string | null;
  mentions: number;
  variants: { text: string; mentions: number }[];
  roles: { role: string; first: string | null; last: string | null; documents: number }[];
  documents_list: DocumentSummary[];
  cooccurring: (EntitySummary & { shared: number })[];
}

export async function getEntity(db: Queryable, id: string): Promise<EntityDetail | null> {
  const [head] = await db.query<EntitySummary & { role: string | null; mentions: number }>(
    `SELECT ${SUMMARY}, le.role, le.mentions FROM link_entities le WHERE le.id = $1`,
    [id],
  );
  if (!head) return null;
  const variants = await db.query<{ text: string; mentions: number }>(
    `SELECT text, mentions FROM link_variants WHERE entity_id = $1 ORDER BY mentions DESC, text`,
    [id],
  );
  const roles = await db.query<EntityDetail["roles"][number]>(
    `SELECT e.role, to_char(min(d.published), 'YYYY-MM-DD') AS first, to_char(max(d.published), 'YYYY-MM-DD') AS last,
            count(DISTINCT e.document_id)::int AS documents
       FROM link_entity_documents led
       JOIN entities e ON e.document_id = led.document_id AND e.local_id = led.local_id
       JOIN documents d ON d.id = e.document_id
      WHERE led.entity_id = $1 AND e.role IS NOT NULL
      GROUP BY e.role ORDER BY min(d.published) NULLS LAST, e.role`,
    [id],
  );
  const documents = await db.query<DocumentSummary>(
    `SELECT ${DOCUMENT_SUMMARY} FROM documents d
      WHERE d.id IN (SELECT led.document_id FROM link_entity_documents led WHERE led.entity_id = $1)
      ORDER BY d.published DESC NULLS LAST, d.id LIMIT 200`,
    [id],
  );
  const cooccurring = await db.query<EntitySummary & { shared: number }>(
    `SELECT ${SUMMARY}, o.shared FROM (
        SELECT other.entity_id, count(DISTINCT other.document_id)::int AS shared
          FROM link_entity_documents led
          JOIN link_entity_documents other ON other.document_id = led.document_id
         WHERE led.entity_id = $1 AND other.entity_id <> $1
         GROUP BY other.entity_id) o
       JOIN link_entities le ON le.id = o.entity_id
      ORDER BY o.shared DESC, le.name, le.id LIMIT 30`,
    [id],
  );
  return {
    ...head,
    documents: Number(head.documents),
    mentions: Number(head.mentions),
    variants,
    roles,
    documents_list: documents,
    cooccurring,
  };
}
