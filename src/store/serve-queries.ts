// Channels and stories for `rasd serve`. The link stage that creates the `channels` and
// `stories` tables is not merged yet: until then these return `available: false` and the API
// and UI show an empty state. Rows are read whole (`to_jsonb`) so new columns need no change here.
import type { Page, Paged } from "./browse.ts";
import type { Queryable } from "./db.ts";

export interface MaybeTable<T> {
  /** False when the table does not exist in this database yet. */
  available: boolean;
  page: Paged<T>;
}

type Row = Record<string, unknown>;

const TABLES = { channels: "channels", stories: "stories" } as const;

async function tableExists(db: Queryable, table: string): Promise<boolean> {
  const [r] = await db.query<{ t: string | null }>("SELECT to_regclass($1)::text AS t", [table]);
  return Boolean(r?.t);
}

/** Reads a page of a table that may not exist; the table name comes from TABLES only. */
async function pageOf(db: Queryable, table: keyof typeof TABLES, page: Page): Promise<MaybeTable<Row>> {
  const empty = { items: [], limit: page.limit, offset: page.offset, next_offset: null };
  if (!(await tableExists(db, TABLES[table]))) return { available: false, page: empty };
  const rows = await db.query<{ row: Row }>(
    `SELECT to_jsonb(t) AS row FROM ${TABLES[table]} t ORDER BY 1 LIMIT $1 OFFSET $2`,
    [page.limit + 1, page.offset],
  );
  const more = rows.length > page.limit;
  return {
    available: true,
    page: {
      items: rows.slice(0, page.limit).map((r) => r.row),
      limit: page.limit,
      offset: page.offset,
      next_offset: more ? page.offset + page.limit : null,
    },
  };
}

export function listChannels(db: Queryable, page: Page): Promise<MaybeTable<Row>> {
  return pageOf(db, "channels", page);
}

export function listStories(db: Queryable, page: Page): Promise<MaybeTable<Row>> {
  return pageOf(db, "stories", page);
}
