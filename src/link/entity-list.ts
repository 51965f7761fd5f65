// Corpus entities, as `rasd entities` and `rasd demo` list them: by type and country, most mentioned first,
// with every spelling seen.
import type { EntitySummary } from "../store/browse-entities.ts";
import type { Queryable } from "../store/db.ts";

/** A corpus entity as the browse pages summarize it, with its role, spellings and mention count. */
export type CorpusEntity = EntitySummary & {
  role: string | null;
  /** Every spelling seen, most frequent first. */
  variants: string[];
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
