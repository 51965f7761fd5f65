// Corpus entities, the batch's writes: what each document adds to a corpus entity, merged into one
// row per entity with its new blocking keys and spellings, and each document entity's corpus entity.
import type { WriteBatch } from "./batch.ts";

/** What one document adds to one corpus entity. */
export interface Contribution {
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
      // The fields named, not `{ keys, variants, ...fields }`: an object rest runs V8's slow
      // generic copy, once per entity of every document (0.1–0.2 CPU s of the writer).
      this.rows.set(c.id, {
        id: c.id,
        type: c.type,
        name: c.name,
        nameEn: c.nameEn,
        country: c.country,
        sector: c.sector,
        role: c.role,
        mentions: c.mentions,
        rename: c.rename,
        documents: 1,
      });
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
