// The link stage end to end: own-written articles from several outlets, ingested into a fresh PGlite;
// relinked in the order they were stored (`documents.seq`, migration 012).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, test } from "node:test";
import type { Analysis } from "../pipeline/types.ts";
import { type Db, openDb, schemaVersion } from "../store/db.ts";
import { storeAnalysis, storeBatch } from "../store/queries.ts";
import { analyzeText, ROOT } from "../../test/helpers.ts";
import { listChannels } from "./channels.ts";
import { listCorpusEntities } from "./entities.ts";
import { listCorpusEvents, timeline } from "./event-list.ts";
import { createLinker, LINK_TABLES, type Linker, linkDocuments, relink } from "./index.ts";
import { listStories } from "./stories.ts";
import { scratchDir } from "../../test/scratch.ts";

const ARTICLES = join(ROOT, "test", "link", "articles");
/** Every article, the channel's resumption told before its suspension. */
const ALL = [
  "01_alhurra_hanoi.txt",
  "02_alain_hanoi.txt",
  "03_sky_hanoi.txt",
  "04_alain_inflation.txt",
  "06_alain_resume.txt",
  "05_alhurra_suspend.txt",
];

/** Every article, analysed. */
const articles = ALL.map((f) => analyzeText(readFileSync(join(ARTICLES, f), "utf8")));

/** Every row of the link tables, each table in one order. */
async function linkRows(d: Db): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of LINK_TABLES)
    out[t] = (await d.query<{ r: string }>(`SELECT row_to_json(t)::text AS r FROM ${t} t ORDER BY 1`)).map(
      (x) => x.r,
    );
  return out;
}

let db: Db;
let linker: Linker;

async function ingest(file: string): Promise<void> {
  const a = analyzeText(readFileSync(join(ARTICLES, file), "utf8"));
  await storeAnalysis(db, a, { link: linker });
}

before(async () => {
  db = await openDb(join(scratchDir("rasd-link-"), "db"));
  linker = createLinker();
  for (const f of [
    "01_alhurra_hanoi.txt",
    "02_alain_hanoi.txt",
    "03_sky_hanoi.txt",
    "04_alain_inflation.txt",
  ])
    await ingest(f);
});

after(async () => {
  await db.close();
});

test("link: one corpus entity per person, whatever the outlet's spelling", async () => {
  const people = await listCorpusEntities(db, { type: "PERSON", limit: 50 });
  const hegseth = people.filter((p) => p.name_en === "Pete Hegseth");
  assert.equal(hegseth.length, 1, "link: one Hegseth");
  assert.equal(hegseth[0]?.documents, 3);
  for (const v of ["بيت هيغسيث", "بيت هيجسيث", "هيغسيث"])
    assert.ok(hegseth[0]?.variants.includes(v), `link: ${v}`);
  const dong = people.filter((p) => p.variants.includes("دونج جون") || p.variants.includes("دونغ جون"));
  assert.equal(dong.length, 1, "link: دونغ جون and دونج جون are one person");
});

test("link: three outlets' reports of one meeting are one event with three sources", async () => {
  const consult = await listCorpusEvents(db, { type: "CONSULT", limit: 50 });
  const hanoi = consult.filter((e) => e.date === "2026-03-10");
  assert.equal(hanoi.length, 1, `link: one meeting, got ${hanoi.map((e) => e.evidence.text).join(" / ")}`);
  const [meeting] = hanoi;
  assert.equal(meeting?.sources, 3);
  assert.equal(meeting?.documents, 3);
  assert.equal(meeting?.mentions.length, 3);
  assert.ok(
    meeting?.actor.every((p) => p.entity === null || !p.entity.startsWith("e")),
    "link: corpus entity ids",
  );
  const dyad = await timeline(db, { a: "CHN", b: "USA", limit: 50 });
  assert.ok(
    dyad.some((e) => e.id === meeting?.id),
    "link: the meeting is on the USA–CHN timeline",
  );
  assert.deepEqual(await timeline(db, { a: "EGY", b: "USA", limit: 50 }), [], "link: no EGY–USA events");
});

test("link: storing a document again changes nothing", async () => {
  const before = await listCorpusEvents(db, { limit: 100 });
  await ingest("02_alain_hanoi.txt");
  assert.deepEqual(await listCorpusEvents(db, { limit: 100 }), before);
});

test("link: a channel suspended and then resumed is active since the resumption, in whatever order reports arrive", async () => {
  await ingest("06_alain_resume.txt");
  await ingest("05_alhurra_suspend.txt");
  const channels = await listChannels(db, { limit: 50 });
  const talks = channels.find((c) => c.name_en === "Defense Policy Coordination Talks");
  assert.ok(talks, `link: the talks are a channel; got ${channels.map((c) => c.name).join(", ")}`);
  assert.equal(talks.status, "active");
  assert.equal(talks.since, "2024-01-09");
  assert.deepEqual(
    talks.history.map((h) => [h.date, h.status]),
    [
      ["2022-08-05", "suspended"],
      ["2024-01-09", "active"],
    ],
  );
  assert.deepEqual(talks.parties, ["CHN", "USA"]);
  assert.ok(talks.variants.includes("محادثات التنسيق السياسي الدفاعي"), "link: both names are variants");
});

test("link: the three reports of the Hanoi meeting are one story; the inflation report and the old channel news are not in it", async () => {
  const stories = await listStories(db, { minDocuments: 2, limit: 50 });
  const hanoi = stories.filter((s) => s.articles.some((x) => x.title?.includes("هانوي")));
  assert.equal(hanoi.length, 1, `link: one story; got ${JSON.stringify(stories.map((s) => s.title))}`);
  assert.equal(hanoi[0]?.documents, 3);
  assert.deepEqual(
    new Set(hanoi[0]?.articles.map((x) => x.outlet)),
    new Set(["الحرة", "العين الإخبارية", "سكاي نيوز عربية"]),
  );
  const all = await listStories(db, { minDocuments: 1, limit: 50 });
  const inflation = all.find((s) => s.articles.some((x) => x.title?.includes("التضخم")));
  assert.equal(inflation?.documents, 1, "link: the inflation article stands alone");
});

test("link: relinking the stored documents in ingest order gives the same corpus", async () => {
  const snapshot = async () => ({
    entities: await listCorpusEntities(db, { limit: 500 }),
    events: await listCorpusEvents(db, { limit: 500 }),
    channels: await listChannels(db, { limit: 50 }),
    stories: await listStories(db, { minDocuments: 1, limit: 50 }),
  });
  const before = await snapshot();
  assert.ok(before.entities.length > 10 && before.events.length > 3);
  assert.equal(await relink(db, linker), 6);
  assert.deepEqual(await snapshot(), before);
});

test("link: the articles stored as one batch give the same link tables as stored one after the other", async () => {
  const docs = articles;
  const open = () => openDb(join(scratchDir("rasd-link-batch-"), "db"));
  const [single, batched] = [await open(), await open()];
  try {
    for (const a of docs) await storeAnalysis(single, a, { link: linker });
    const results = await storeBatch(
      batched,
      docs.map((analysis) => ({ analysis, link: linker })),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      docs.map(() => "added"),
    );
    const one = await linkRows(single);
    const sizes = Object.fromEntries(Object.entries(one).map(([t, rows]) => [t, rows.length]));
    assert.ok((sizes.link_entities ?? 0) > 10, JSON.stringify(sizes));
    assert.ok((sizes.link_channel_history ?? 0) >= 2, JSON.stringify(sizes));
    assert.ok((one.link_stories?.length ?? 0) < docs.length, "link: some articles share a story");
    assert.deepEqual(await linkRows(batched), one);
  } finally {
    await single.close();
    await batched.close();
  }
});

test("link: a batch of documents costs at most four reads and one write, however many are stored", async () => {
  const statements: string[] = [];
  const docs = ALL.map((f, i) => {
    const a = analyzeText(readFileSync(join(ARTICLES, f), "utf8"));
    return { analysis: { ...a, document: { ...a.document, id: `relinked-copy-${i}` } } };
  });
  await db
    .transaction(async (tx) => {
      const counting = {
        query: <T>(sql: string, params?: unknown[]) => {
          statements.push(sql.trim().split(/\s+/u)[0] ?? "");
          return tx.query<T>(sql, params);
        },
      };
      await linkDocuments(counting, docs, linker);
      throw new Error("roll back");
    })
    .catch((e: Error) => assert.equal(e.message, "roll back"));
  assert.ok(statements.length <= 5, `link: ${statements.join(", ")}`);
  assert.deepEqual(
    statements.filter((s) => s !== "SELECT"),
    ["WITH"],
    "link: one write statement",
  );
});

/** The article under another id: copies of one article are linked into one another's corpus rows. */
const withId = (a: Analysis, id: string): Analysis => ({ ...a, document: { ...a.document, id } });

const fresh = (name: string) => openDb(join(scratchDir(`rasd-relink-${name}-`), "db"));

/** Stores documents in batches of `size`, each batch one transaction (one `ingested_at`). */
async function storeInBatches(target: Db, docs: readonly Analysis[], size: number): Promise<void> {
  for (let i = 0; i < docs.length; i += size) {
    const results = await storeBatch(
      target,
      docs.slice(i, i + size).map((analysis) => ({ analysis, link: linker })),
    );
    assert.ok(
      results.every((r) => r.status === "added"),
      `relink: stored ${JSON.stringify(results)}`,
    );
  }
}

test("relink: batches stored against the order of their ids relink to exactly the ingest's link tables", async () => {
  // Twelve documents (two copies of each article), stored in batches of four, each batch in
  // descending id order: ordered by time and id, a relink would link every batch backwards.
  const docs = [...articles, ...articles].map((a, i) => withId(a, `relink-order-${String(99 - i)}`));
  const [ingested, ascending] = [await fresh("ingest"), await fresh("ascending")];
  try {
    await storeInBatches(ingested, docs, 4);
    const rows = await linkRows(ingested);
    assert.ok((rows.link_stories?.length ?? 0) < docs.length, "relink: copies share stories");
    // The order matters for these documents: stored in ascending id order, other tables.
    await storeInBatches(ascending, [...docs].reverse(), 4);
    assert.notDeepEqual(await linkRows(ascending), rows, "relink: the order of documents changes the tables");
    // Pages of five over twelve documents: several pages, and numbers that text order would misplace.
    assert.equal(await relink(ingested, linker, { page: 5 }), docs.length);
    assert.deepEqual(await linkRows(ingested), rows);
  } finally {
    await ingested.close();
    await ascending.close();
  }
});

test("relink: a database made before migration 012 numbers its documents by time and id, later ones after", async () => {
  const dir = join(scratchDir("rasd-relink-old-"), "db");
  const [a, b, c, d, e] = articles.map((x, i) => withId(x, `old-${"edcba"[i]}`)) as Analysis[];
  const old = await openDb(dir);
  try {
    // One batch (one time), then a document stored later whose id sorts first.
    await storeInBatches(old, [a as Analysis, b as Analysis, c as Analysis], 3);
    assert.ok(await storeAnalysis(old, d as Analysis, { link: linker }));
    // The schema before 012: no `seq`, no sequence.
    await old.query("ALTER TABLE documents DROP COLUMN seq");
    await old.query("DROP SEQUENCE IF EXISTS documents_seq");
    await old.query("DELETE FROM rasd_migrations WHERE version = 12");
  } finally {
    await old.close();
  }
  const db = await openDb(dir);
  try {
    const [v] = await db.query<{ version: number }>("SELECT version FROM schema_version");
    assert.equal(Number(v?.version), schemaVersion());
    const order = async () =>
      (await db.query<{ id: string }>("SELECT id FROM documents ORDER BY seq")).map((r) => r.id);
    assert.deepEqual(await order(), ["old-c", "old-d", "old-e", "old-b"]);
    assert.ok(await storeAnalysis(db, e as Analysis, { link: linker }));
    assert.deepEqual(await order(), ["old-c", "old-d", "old-e", "old-b", "old-a"]);
    assert.equal(await relink(db, linker), 5);
  } finally {
    await db.close();
  }
});
