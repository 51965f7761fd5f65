// The serve queries meet an index: each call's statements are explained with sequential scans
// disabled, and the plan must name the index the query was written for.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { fixtureDb, type TestDb } from "../../test/serve-db.ts";
import { getDocument, listDocuments } from "./browse.ts";
import { getEntity, searchEntities } from "./browse-entities.ts";
import { dyadEvents, type EventFilter, listEventItems } from "./browse-events.ts";
import { ALL_HAPPENINGS, dyadHappenings, entityHappenings, listHappenings } from "./browse-happenings.ts";
import type { Queryable } from "./db.ts";

let t: TestDb;

before(async () => {
  t = await fixtureDb();
});

after(async () => {
  await t.cleanup();
});

/** Runs `call` against a recorder and returns the plans of every statement it ran. */
async function plans(call: (db: Queryable) => Promise<unknown>): Promise<string[]> {
  const statements: Array<[string, unknown[]]> = [];
  await call({
    query: (sql, params = []) => {
      statements.push([sql, params]);
      return t.db.query(sql, params);
    },
  });
  await t.db.query("SET enable_seqscan = off");
  try {
    const out: string[] = [];
    for (const [sql, params] of statements) {
      const rows = await t.db.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`, params);
      out.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
    }
    return out;
  } finally {
    await t.db.query("RESET enable_seqscan");
  }
}

const NO_FILTER: EventFilter = ALL_HAPPENINGS;
const PAGE = { limit: 50, offset: 0 };
const HEGSETH = "person:بيت_هيغسيث";

const CASES: Array<[string, (db: Queryable) => Promise<unknown>, RegExp]> = [
  ["documents newest first", (db) => listDocuments(db, PAGE), /documents_recent/u],
  ["one document", (db) => getDocument(db, "0123456789abcdef"), /documents_pkey/u],
  ["events by actor", (db) => listEventItems(db, { ...NO_FILTER, actor: "USA" }, PAGE), /events_actor/u],
  [
    "events by recipient",
    (db) => listEventItems(db, { ...NO_FILTER, recipient: "CHN" }, PAGE),
    /events_recipient/u,
  ],
  [
    "events by type",
    (db) => listEventItems(db, { ...NO_FILTER, type: "CONSULT" }, PAGE),
    /events_type_date/u,
  ],
  [
    "events by date, newest first",
    (db) => listEventItems(db, { ...NO_FILTER, sort: "-date" }, PAGE),
    /events_date_newest/u,
  ],
  ["events by date", (db) => listEventItems(db, NO_FILTER, PAGE), /events_date\b/u],
  [
    "events from a date",
    (db) => listEventItems(db, { ...NO_FILTER, from: "2024-01", before: "2025" }, PAGE),
    /events_date\b/u,
  ],
  [
    "events about a channel, by name",
    (db) => listEventItems(db, { ...NO_FILTER, mechanism: { id: "x", key: "الخط الساخن العسكري" } }, PAGE),
    /events_mechanism[\s\S]*entities_name_key|entities_name_key[\s\S]*events_mechanism/u,
  ],
  [
    "events about a channel, by English name",
    (db) => listEventItems(db, { ...NO_FILTER, mechanism: { id: "military hotline", key: "x" } }, PAGE),
    /link_entities_mechanisms/u,
  ],
  ["dyad timeline, per report", (db) => dyadEvents(db, "USA", "CHN", PAGE), /events_actor|events_recipient/u],
  ["happenings by date", (db) => listHappenings(db, NO_FILTER, PAGE), /link_events_date\b/u],
  [
    "happenings by date, newest first",
    (db) => listHappenings(db, { ...NO_FILTER, sort: "-date" }, PAGE),
    /link_events_date_newest/u,
  ],
  [
    "happenings by type",
    (db) => listHappenings(db, { ...NO_FILTER, type: "CONSULT" }, PAGE),
    /link_events_type_(date|day)/u,
  ],
  [
    "happenings by actor",
    (db) => listHappenings(db, { ...NO_FILTER, actor: "USA" }, PAGE),
    /link_events_countries/u,
  ],
  ["dyad timeline", (db) => dyadHappenings(db, "USA", "CHN", PAGE), /link_events_countries/u],
  [
    "happenings about a channel",
    (db) => listHappenings(db, { ...NO_FILTER, mechanism: { id: "x", key: "الخط الساخن العسكري" } }, PAGE),
    /events_mechanism[\s\S]*entities_name_key|entities_name_key[\s\S]*events_mechanism/u,
  ],
  [
    "entity search by name",
    (db) => searchEntities(db, { key: "هيغسيث", type: null, country: null }, PAGE),
    /entities_name_(prefix|words)[\s\S]*link_variants_(key|words)/u,
  ],
  [
    "entities, most documents first",
    (db) => searchEntities(db, { key: null, type: null, country: null }, PAGE),
    /link_entities_documents/u,
  ],
  ["one entity", (db) => getEntity(db, HEGSETH), /link_entities_pkey[\s\S]*link_entity_documents_entity/u],
  ["an entity's events", (db) => entityHappenings(db, HEGSETH, PAGE), /link_entity_documents_entity/u],
];

test("browse: every filtered query has an index to use", async () => {
  for (const [name, call, index] of CASES) {
    const ps = await plans(call);
    assert.ok(ps.length > 0, name);
    assert.match(ps.join("\n"), index, `${name}:\n${ps.join("\n---\n")}`);
  }
});
