// The store's shared suite: every test runs on PGlite and on a PostgreSQL server (when
// RASD_TEST_PG_URL names one), so both speak the same SQL and keep the same promises.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { BACKENDS, type Scratch } from "../../test/databases.ts";
import { ROOT, sharedPipeline } from "../../test/helpers.ts";
import type { Analysis } from "../pipeline/types.ts";
import { listCorpusEntities } from "../link/entities.ts";
import { listCorpusEvents } from "../link/events.ts";
import { corpusCounts, createLinker, type Linker } from "../link/index.ts";
import { type Db, openDb, schemaVersion } from "./db.ts";
import { searchDocuments, storeAnalysis, storeBatch } from "./queries.ts";
import { withText } from "./prepare.ts";
import { ingest } from "./ingest.ts";
import { deferIndexes, ensureSearchIndex } from "./reindex.ts";
import { lexemes, searchQuery } from "./search-terms.ts";

const FIXTURES = join(ROOT, "test", "fixtures");

let analyses: Analysis[] | null = null;
let compiled: Linker | null = null;

/** The link stage's lexicons, compiled once for all tests. */
function linker(): Linker {
  compiled ??= createLinker();
  return compiled;
}

/** The project's own articles, analysed once for all backends. */
function fixtures(): Analysis[] {
  analyses ??= readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f, i) =>
      sharedPipeline().analyze({
        uri: join(FIXTURES, f),
        format: "text",
        text: readFileSync(join(FIXTURES, f), "utf8"),
        // A spread of dates for the date filters (an article's own header wins).
        meta: { published: `2024-${String(i + 1).padStart(2, "0")}-15` },
      }),
    );
  return analyses;
}

async function count(db: Db, table: string, documentId?: string): Promise<number> {
  const key = table === "documents" ? "id" : "document_id";
  const [r] = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${table} WHERE $1::text IS NULL OR ${key} = $1`,
    [documentId ?? null],
  );
  return Number(r?.n);
}

/** Rows a document should have, from its analysis. */
function expectedRows(a: Analysis): Record<string, number> {
  return {
    entities: a.entities.length,
    mentions: a.entities.reduce((n, e) => n + e.mentions.length, 0),
    events: a.events.length,
    quotes: a.quotes.length,
  };
}

for (const backend of BACKENDS) {
  describe(`store on ${backend.name}`, { skip: backend.skip }, () => {
    let scratch: Scratch;
    let db: Db;

    before(async () => {
      scratch = await backend.create();
      db = await openDb(scratch.spec);
    });
    after(async () => {
      await db?.close();
      await scratch?.dispose();
    });

    test("migrations leave the newest schema version, and reopening applies nothing again", async () => {
      const [v] = await db.query<{ version: number }>("SELECT version FROM schema_version");
      assert.equal(Number(v?.version), schemaVersion());
      const again = await openDb(scratch.spec).catch((e: Error) => e);
      // PGlite allows one process and one handle per directory; a server takes a second client.
      if (db.kind === "pglite") assert.match(String(again), /already open in this process/u);
      else await (again as Db).close();
      const [n] = await db.query<{ n: string }>("SELECT count(*) AS n FROM rasd_migrations");
      assert.equal(Number(n?.n), readdirSync(join(ROOT, "src/store/migrations")).length);
    });

    test("a document is stored with all its rows once; storing it again adds nothing", async () => {
      const a = fixtures()[0] as Analysis;
      assert.equal(await storeAnalysis(db, a, { language: "ar" }), true);
      assert.equal(await storeAnalysis(db, a, { language: "ar" }), false);
      for (const [table, n] of Object.entries(expectedRows(a)))
        assert.equal(await count(db, table, a.document.id), n, `${table} of ${a.document.uri}`);
      assert.ok(a.quotes.length + a.events.length > 0, "the fixture has events or quotes to store");
    });

    test("a batch stores its documents; a bad one is isolated and leaves no rows", async () => {
      const [, ...rest] = fixtures();
      const good = rest.slice(0, 4);
      const bad = structuredClone(rest[4] as Analysis);
      // Two mentions at one offset break the mentions' primary key.
      const first = bad.entities[0] as Analysis["entities"][number];
      first.mentions.push({ ...(first.mentions[0] as (typeof first.mentions)[number]) });
      const results = await storeBatch(
        db,
        [...good.slice(0, 2), bad, ...good.slice(2)].map((analysis) => ({ analysis })),
      );
      assert.deepEqual(
        results.map((r) => r.status),
        ["added", "added", "failed", "added", "added"],
      );
      assert.equal(await count(db, "entities", bad.document.id), 0, "nothing of the failed document");
      assert.equal(await count(db, "documents", bad.document.id), 0);
      for (const a of good)
        for (const [table, n] of Object.entries(expectedRows(a)))
          assert.equal(await count(db, table, a.document.id), n, `${table} of ${a.document.uri}`);
    });

    test("the rest of the fixtures go in one batch; entities and events read back", async () => {
      const results = await storeBatch(
        db,
        fixtures().map((analysis) => ({ analysis })),
      );
      assert.equal(results.filter((r) => r.status === "failed").length, 0);
      assert.equal(await count(db, "documents"), fixtures().length);
      const china = (await listCorpusEntities(db, { type: "GPE", country: "CHN", limit: 5 })).find(
        (e) => e.name === "الصين",
      );
      assert.ok(china && china.documents >= 3, "China across documents");
      const events = await listCorpusEvents(db, { country: "RUS", limit: 500 });
      assert.ok(events.length > 0);
      assert.ok(
        events.every((e) => [...e.actor, ...e.recipient].some((p) => p.country === "RUS")),
        "every event involves Russia",
      );
    });

    test("search finds a word in another spelling and names the match in a snippet", async () => {
      // The fixtures write البنتاغون; a user may type البنتاجون's other letters or أ for ا.
      const hits = await searchDocuments(db, { query: "البنتاغون", limit: 10 });
      assert.ok(hits.length >= 2, `found ${hits.length}`);
      assert.ok(
        hits.every((h) => h.snippet.includes("«")),
        "each snippet marks its match",
      );
      const folded = await searchDocuments(db, { query: "وزير الدفاع الامريكي", limit: 10 });
      const plain = await searchDocuments(db, { query: "وزير الدفاع الأمريكي", limit: 10 });
      assert.ok(folded.length > 0);
      assert.deepEqual(
        folded.map((h) => h.id),
        plain.map((h) => h.id),
        "alef forms are folded in the query",
      );
      const voweled = await searchDocuments(db, { query: "الصِّينُ", limit: 50 });
      const bare = await searchDocuments(db, { query: "الصين", limit: 50 });
      assert.ok(bare.length > 0);
      assert.deepEqual(
        voweled.map((h) => h.id),
        bare.map((h) => h.id),
        "harakat are ignored",
      );
    });

    test("search filters by outlet, date range and entity", async () => {
      const all = await searchDocuments(db, { query: "الصين", limit: 100 });
      const outlet = all.find((h) => h.outlet)?.outlet as string;
      const byOutlet = await searchDocuments(db, { query: "الصين", outlet, limit: 100 });
      assert.ok(byOutlet.length > 0 && byOutlet.every((h) => h.outlet === outlet));
      assert.ok(byOutlet.length < all.length);

      const dated = all.filter((h) => h.published).map((h) => h.published as string);
      assert.ok(dated.length >= 2, "some fixtures have a publication date");
      const cut = [...dated].sort()[Math.floor(dated.length / 2)] as string;
      const since = await searchDocuments(db, { query: "الصين", from: cut, limit: 100 });
      assert.ok(since.length > 0 && since.every((h) => (h.published ?? "") >= cut));
      const until = await searchDocuments(db, { query: "الصين", to: cut, limit: 100 });
      assert.ok(until.every((h) => (h.published ?? "9") <= cut));

      const withPutin = await searchDocuments(db, { query: "الصين", entity: "فلاديمير بوتين", limit: 100 });
      assert.ok(withPutin.length > 0 && withPutin.length < all.length);
      const ids = new Set(
        fixtures()
          .filter((a) => a.entities.some((e) => e.name === "فلاديمير بوتين"))
          .map((a) => a.document.id),
      );
      assert.ok(
        withPutin.every((h) => ids.has(h.id)),
        "only documents naming Putin",
      );
      const english = await searchDocuments(db, { query: "الصين", entity: "vladimir putin", limit: 100 });
      assert.deepEqual(english.map((h) => h.id).sort(), withPutin.map((h) => h.id).sort());
    });

    test(
      "two writers at once on one server link each entity and event once",
      { skip: backend.name === "pglite" && "PGlite takes one process per directory" },
      async () => {
        // Each fixture twice, under two ids: the second copy must join the first one's corpus
        // entities and events, whichever writer stores it and whenever.
        const copy = (a: Analysis, tag: string): Analysis => ({
          ...a,
          document: { ...a.document, id: `${a.document.id}-${tag}`, uri: `${a.document.uri}#${tag}` },
        });
        const alone = await backend.create();
        const shared = await backend.create();
        const [one, left, right] = [
          await openDb(alone.spec),
          await openDb(shared.spec),
          await openDb(shared.spec),
        ];
        try {
          // One document per transaction, so the two writers' transactions interleave.
          const store = async (to: Db, docs: Analysis[]) => {
            for (const analysis of docs) {
              const [r] = await storeBatch(to, [{ analysis, link: linker() }]);
              assert.equal(r?.status, "added", String(r?.status === "failed" && r.error));
            }
          };
          await store(
            one,
            fixtures().map((a) => copy(a, "a")),
          );
          await Promise.all([
            store(
              left,
              fixtures().map((a) => copy(a, "a")),
            ),
            store(
              right,
              fixtures().map((a) => copy(a, "b")),
            ),
          ]);
          const [expected, got] = [await corpusCounts(one), await corpusCounts(left)];
          assert.equal(got.entities, expected.entities, "no corpus entity made twice");
          assert.equal(got.events, expected.events, "no corpus event made twice");
          assert.equal(got.reports, 2 * expected.reports, "every report of both copies is linked");
        } finally {
          await Promise.all([one.close(), left.close(), right.close()]);
          await alone.dispose();
          await shared.dispose();
        }
      },
    );

    test("a database indexed by PostgreSQL's `arabic` configuration is re-indexed when opened", async () => {
      const other = await backend.create();
      // Documents whose words stem to روسيا's lexeme (روسيا, الروسية, الروس…).
      const stem = searchQuery("روسيا")?.stems[0] as string;
      const hasRussia = fixtures()
        .filter((a) => lexemes(`${a.document.title ?? ""}\n${a.document.text}`).has(stem))
        .map((a) => a.document.id)
        .sort();
      const found = async (d: Db) =>
        (await searchDocuments(d, { query: "روسيا", limit: 100 })).map((h) => h.id).sort();
      try {
        // A database as Rasd left it before schema 9: `search` made by to_tsvector('arabic', …).
        const old = await openDb(other.spec);
        await storeBatch(
          old,
          fixtures().map((analysis) => ({ analysis, link: linker() })),
        );
        await old.query(
          "UPDATE documents SET search = to_tsvector('arabic', coalesce(title, '') || E'\\n' || text)",
        );
        await old.query("DELETE FROM rasd_migrations WHERE version = 9");
        await old.query("DROP TABLE search_index");
        // Its lexemes are not the ones queries now look for: روسيا was `روسي`, now `روس`.
        assert.notDeepEqual(await found(old), hasRussia, "the stale index misses documents");
        await old.close();
        const progress: string[] = [];
        const write = process.stderr.write.bind(process.stderr);
        process.stderr.write = ((chunk: string) => progress.push(String(chunk)) > 0) as typeof write;
        let reopened: Db;
        try {
          reopened = await openDb(other.spec);
        } finally {
          process.stderr.write = write;
        }
        try {
          assert.ok(hasRussia.length >= 2, "the fixtures name Russia");
          const literal = fixtures().filter((a) => a.document.text.includes("روسيا"));
          assert.ok(literal.every((a) => hasRussia.includes(a.document.id)));
          assert.deepEqual(await found(reopened), hasRussia, "every document naming روسيا is found again");
          assert.match(progress.join(""), /re-indexing the full-text search.* (\d+)\/\1 documents, done/u);
          const [v] = await reopened.query<{ version: number }>("SELECT version FROM schema_version");
          assert.equal(Number(v?.version), schemaVersion());
          // Indexed as this Rasd reads words: nothing to do.
          const pages: number[] = [];
          assert.equal(await ensureSearchIndex(reopened, (done) => pages.push(done)), 0);
          assert.equal(pages.length, 0);
          // Indexed by another reading (another SEARCH_VERSION or lexicons/search.tsv): re-made.
          await reopened.query("UPDATE documents SET search = to_tsvector('simple', text)");
          await reopened.query("UPDATE search_index SET fingerprint = '0:another'");
          assert.notDeepEqual(await found(reopened), hasRussia);
          const n = fixtures().length;
          assert.equal(await ensureSearchIndex(reopened, (done) => pages.push(done)), n);
          assert.equal(pages.at(-1), n);
          assert.deepEqual(await found(reopened), hasRussia);
        } finally {
          await reopened.close();
        }
      } finally {
        await other.dispose();
      }
    });

    test("a first ingest may build the indexes of the documents' rows and the link listings at the end; cut off, the next open builds them", async () => {
      // Every index of the schema, by name and definition.
      const indexes = async (d: Db) =>
        (
          await d.query<{ i: string }>(
            "SELECT indexname || ': ' || indexdef AS i FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1",
          )
        ).map((r) => r.i);
      const hasIndex = async (d: Db) => (await indexes(d)).some((i) => i.startsWith("documents_search:"));
      const russia = async (d: Db) => (await searchDocuments(d, { query: "روسيا", limit: 100 })).length;
      const cut = await backend.create();
      const whole = await backend.create();
      try {
        const d = await openDb(cut.spec);
        const schema = await indexes(d);
        assert.ok(schema.some((i) => i.startsWith("entities_name_words:")));
        try {
          // PGlite drops it for the ingest (its lock keeps every other process out); a server keeps it.
          assert.equal(await deferIndexes(d), d.kind === "pglite");
          assert.equal(await hasIndex(d), d.kind !== "pglite");
          // The link tables' listing indexes too; the event candidates' look-ups keep theirs.
          const names = (await indexes(d)).map((i) => i.slice(0, i.indexOf(":")));
          assert.equal(names.includes("link_entities_documents"), d.kind !== "pglite");
          // The near-duplicates' bands too: that ingest keeps its stored parts in memory.
          assert.equal(names.includes("minhash_signatures_bands"), d.kind !== "pglite");
          assert.ok(names.includes("link_events_block") && names.includes("link_events_type_day"));
          assert.ok(names.includes("link_entities_pkey"), "primary keys stay");
          await storeBatch(
            d,
            fixtures().map((analysis) => ({ analysis, link: linker() })),
          );
          assert.equal(await deferIndexes(d), false, "a database with documents keeps its index");
        } finally {
          await d.close(); // as if the ingest were killed here
        }
        const reopened = await openDb(cut.spec);
        try {
          assert.deepEqual(
            await indexes(reopened),
            schema,
            "opening the database builds the missing indexes",
          );
          assert.ok((await russia(reopened)) >= 2);
        } finally {
          await reopened.close();
        }
        // A whole ingest that puts it off builds it before it returns; handed the database while
        // it opens, as `rasd ingest` does.
        const opening = openDb(whole.spec);
        try {
          const summary = await ingest(opening, [FIXTURES], { jobs: 0, link: linker(), searchIndexAfter: 1 });
          const w = await opening;
          assert.ok(summary.added >= fixtures().length, "the fixtures and the folders beside them");
          assert.deepEqual(await indexes(w), schema);
          assert.ok((await russia(w)) >= 2);
        } finally {
          await (await opening).close();
        }
      } finally {
        await cut.dispose();
        await whole.dispose();
      }
    });

    test("an ingest that puts the bands' index off finds the same near-duplicates as one that reads them", async () => {
      // Every file twice (the copy altered, as `rasd bench` does at 2×), in batches of three, so
      // copies meet their originals in earlier batches as well as in their own.
      const near = async (searchIndexAfter: number) => {
        const other = await backend.create();
        try {
          const opening = openDb(other.spec);
          try {
            const summary = await ingest(opening, [FIXTURES], {
              jobs: 0,
              link: linker(),
              copies: 2,
              batchSize: 3,
              searchIndexAfter,
            });
            const d = await opening;
            const rows = await d.query<{ r: string }>(
              `SELECT concat_ws(' ', document_id, part, duplicate_of, duplicate_part, similarity) AS r
                 FROM near_duplicates ORDER BY 1`,
            );
            const pointers = await d.query<{ r: string }>(
              `SELECT concat_ws(' ', id, duplicate_of, duplicate_part, duplicate_similarity) AS r
                 FROM documents WHERE duplicate_of IS NOT NULL ORDER BY 1`,
            );
            return {
              near: summary.nearDuplicates,
              rows: rows.map((r) => r.r),
              pointers: pointers.map((r) => r.r),
            };
          } finally {
            await (await opening).close();
          }
        } finally {
          await other.dispose();
        }
      };
      const read = await near(Infinity);
      assert.ok(read.near > 0 && read.rows.length > 0, "the copies are near-duplicates");
      assert.deepEqual(await near(1), read);
    });

    test("a document's text and analysis read back as they were sent (its row goes as UTF-8 bytes)", async () => {
      const other = await backend.create();
      try {
        const fresh = await openDb(other.spec);
        try {
          const a = structuredClone(fixtures()[1] as Analysis);
          // What JSON and UTF-8 must carry whole: quotes, backslashes, control characters, a character
          // outside the Basic Multilingual Plane (a surrogate pair in JavaScript), a combining mark.
          a.document.text += '\n\tقال: "لا" \\ «نعم»\r\n🙂 e\u0301 \u200f';
          assert.equal(await storeAnalysis(fresh, a, { language: "ar" }), true);
          const [row] = await fresh.query<{ text: string; analysis: Analysis }>(
            "SELECT text, analysis FROM documents WHERE id = $1",
            [a.document.id],
          );
          assert.equal(row?.text, a.document.text);
          assert.deepEqual(withText(row.analysis, row.text), JSON.parse(JSON.stringify(a)));
          for (const [table, n] of Object.entries(expectedRows(a)))
            assert.equal(await count(fresh, table, a.document.id), n, table);
        } finally {
          await fresh.close();
        }
      } finally {
        await other.dispose();
      }
    });

    test("a database of a newer schema version is refused with what to do", async () => {
      const other = await backend.create();
      try {
        const fresh = await openDb(other.spec);
        await fresh.query("INSERT INTO rasd_migrations (version, name) VALUES (999, '999_future.sql')");
        await fresh.close();
        await assert.rejects(
          openDb(other.spec),
          /schema version 999, newer than this Rasd knows .*upgrade Rasd/u,
        );
      } finally {
        await other.dispose();
      }
    });
  });
}
