// The link stage's writes for one document, sent as one statement: each write is a data-modifying
// CTE (`WITH w1 AS (INSERT …), w2 AS (INSERT …) SELECT 1`). On PGlite every statement costs about
// as much as its rows, so one statement instead of ten keeps the hook cheap.
import type { Queryable } from "../store/db.ts";

/** A `$n` placeholder in a write, numbered from 1 within that write. */
const PLACEHOLDER = /\$(\d+)/gu;

export class WriteBatch {
  private readonly parts: string[] = [];
  private readonly params: unknown[] = [];

  /** Adds one INSERT/UPDATE whose placeholders count from $1; it runs with the others. */
  add(sql: string, params: readonly unknown[]): void {
    const offset = this.params.length;
    this.parts.push(sql.replace(PLACEHOLDER, (_, n: string) => `$${Number(n) + offset}`));
    this.params.push(...params);
  }

  get size(): number {
    return this.parts.length;
  }

  /**
   * Runs every write in one statement. The writes see the database as it was before the statement,
   * not one another's rows; constraints are checked once all of them are done.
   */
  async run(tx: Queryable): Promise<void> {
    if (this.parts.length === 0) return;
    const ctes = this.parts.map((sql, i) => `w${i + 1} AS (${sql})`).join(",\n");
    await tx.query(`WITH ${ctes}\nSELECT 1`, this.params);
  }
}
