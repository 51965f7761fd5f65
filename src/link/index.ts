// The link stage: after a batch of documents' rows are stored, and in the same transaction, it
// updates the corpus-wide entities, events, channels and stories with a fixed number of indexed
// queries for the whole batch: three or four reads, then one statement that holds every write.
import { join } from "node:path";
import { keyOf } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR, loadLexicons } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import type { Analysis } from "../pipeline/types.ts";
import type { Db, Queryable } from "../store/db.ts";
import { withText } from "../store/prepare.ts";
import { compileAnchors } from "./anchors.ts";
import { WriteBatch } from "./batch.ts";
import {
  ChannelWrites,
  channelPlan,
  compileStatusRules,
  linkChannels,
  readChannelView,
  type StatusRule,
} from "./channels.ts";
import {
  type EntityLinkContext,
  type EntityLinks,
  entityLookups,
  linkEntities,
  readEntityView,
} from "./entities.ts";
import { EntityWrites } from "./entity-writes.ts";
import { DEFAULT_EVENT_LINK, type EventLinkContext, type Report } from "./event-match.ts";
import { EventWrites } from "./event-writes.ts";
import { eventReports, linkEvents, readEventView } from "./events.ts";
import { loadTransliteration } from "./names.ts";
import {
  DEFAULT_STORY_LINK,
  linkStory,
  readStoryView,
  type StoryLinkContext,
  StoryWrites,
  storyPlan,
} from "./stories.ts";

export interface LinkOptions {
  /** Folder of the TSV lexicons; the repository's `lexicons/` by default. */
  lexiconDir?: string;
  /** Most stored entities read for one document. */
  maxCandidates?: number;
}

/** Compiled lexicons and settings, built once per ingest and passed to every `linkDocument`. */
export interface Linker {
  entities: EntityLinkContext;
  events: EventLinkContext;
  /** lexicons/channel-status.tsv: which event moves a channel to which status. */
  channels: StatusRule[];
  stories: StoryLinkContext;
}

export function createLinker(options: LinkOptions = {}): Linker {
  const translit = loadTransliteration(options.lexiconDir);
  const dir = options.lexiconDir ?? DEFAULT_LEXICON_DIR;
  const lex = loadLexicons(dir);
  const particles = readTsv(join(dir, "words.tsv"), ["word", "kind"]).filter((r) => r.kind === "particle");
  return {
    stories: DEFAULT_STORY_LINK,
    channels: compileStatusRules(
      readTsv(join(dir, "channel-status.tsv"), ["type", "mode", "modality", "negated", "status"]),
    ),
    events: { ...DEFAULT_EVENT_LINK, stopwords: new Set(particles.map((r) => keyOf(r.word as string))) },
    entities: {
      translit,
      anchors: compileAnchors(lex, translit),
      maxCandidates: options.maxCandidates ?? 400,
    },
  };
}

/** A stored document to link, with what a worker thread made of it already (`storySignature`). */
export interface LinkItem {
  analysis: Analysis;
  prepared?: { storySignature?: number[] };
}

/**
 * Links stored documents into the corpus, with the same result as linking them one after the
 * other: each sees what the ones before it decided. Call it inside their transaction, after their
 * entities and events rows are in. One read per kind for the whole batch (entity candidates, event
 * candidates, channel histories, story candidates), each stage deciding from the one before; the
 * documents are then linked in order against what was read, and every write goes in one statement.
 */
export async function linkDocuments(
  tx: Queryable,
  items: readonly LinkItem[],
  linker: Linker,
): Promise<void> {
  if (items.length === 0) return;
  const docs = items.map((item) => item.analysis);
  const batch = new WriteBatch();

  const lookups = docs.map((a) => entityLookups(a, linker.entities));
  const entityView = await readEntityView(tx, [...new Set(lookups.flatMap((l) => l.keys))]);
  const entityWrites = new EntityWrites();
  const entities = docs.map((a, i) => linkEntities(entityView, a, linker.entities, entityWrites, lookups[i]));

  const reports = docs.map((a, i) => eventReports(a, (entities[i] as EntityLinks).ids, linker.events));
  const eventView = await readEventView(tx, reports.flat(), linker.events);
  const eventWrites = new EventWrites();
  const events = docs.map((a, i) =>
    linkEvents(
      eventView,
      a,
      reports[i] as Report[],
      (entities[i] as EntityLinks).ids,
      linker.events,
      eventWrites,
    ),
  );

  const links = docs.map((_, i) => ({
    entities: (entities[i] as EntityLinks).ids,
    events: events[i] as Map<string, string>,
    anchors: (entities[i] as EntityLinks).anchors,
  }));
  const channelPlans = docs.map((a, i) =>
    channelPlan(a, links[i] as (typeof links)[number], linker.channels),
  );
  const channelView = await readChannelView(tx, channelPlans);
  const channelWrites = new ChannelWrites();
  docs.forEach((a, i) => {
    const plan = channelPlans[i];
    if (plan) linkChannels(channelView, a, plan, channelWrites);
  });

  const own = linker.stories.minhash === DEFAULT_STORY_LINK.minhash;
  const storyPlans = docs.map((a, i) =>
    storyPlan(
      a,
      links[i] as (typeof links)[number],
      linker.stories,
      own ? items[i]?.prepared?.storySignature : undefined,
    ),
  );
  const storyView = await readStoryView(tx, storyPlans, linker.stories);
  const storyWrites = new StoryWrites();
  docs.forEach((a, i) => {
    const plan = storyPlans[i];
    if (plan) linkStory(storyView, a, plan, linker.stories, storyWrites);
  });

  entityWrites.write(batch);
  eventWrites.write(batch);
  channelWrites.write(batch);
  storyWrites.write(batch);
  await batch.run(tx);
}

/**
 * Links one stored document into the corpus: a batch of one. Without a linker one is built, which
 * costs a lexicon load.
 */
export async function linkDocument(
  tx: Queryable,
  a: Analysis,
  linker: Linker = createLinker(),
  /** What a worker thread made of the document already: its story signature (`storySignature`). */
  prepared: { storySignature?: number[] } = {},
): Promise<void> {
  await linkDocuments(tx, [{ analysis: a, prepared }], linker);
}

/** Every table the link stage writes, emptied before a relink. */
export const LINK_TABLES = [
  "link_entities",
  "link_entity_keys",
  "link_variants",
  "link_entity_documents",
  "link_events",
  "link_event_mentions",
  "link_channels",
  "link_channel_history",
  "link_stories",
  "link_story_keys",
  "link_story_documents",
];

export interface RelinkOptions {
  /** Documents read, and linked as one batch, at a time (100). */
  page?: number;
  /** Called after each document is linked. */
  onDocument?: () => void;
}

/**
 * Empties the link tables and links every stored document again, in the order they were stored
 * (`documents.seq`, migration 012: the order the writer linked them in, inside a batch too), a
 * page of documents per transaction and batch (the same as one after the other): for a database
 * ingested before the link stage, or after its rules changed. On a database one process wrote, it
 * gives the link tables of the ingest that made it. Pages through the documents, so the corpus is
 * never in memory at once.
 */
export async function relink(db: Db, linker: Linker, options: RelinkOptions = {}): Promise<number> {
  const { page: size = 100, onDocument } = options;
  await db.query(`TRUNCATE ${LINK_TABLES.join(", ")}`);
  let after: string | null = null;
  let done = 0;
  for (;;) {
    // The number as text (a bigint); not named `seq`, which ORDER BY would then sort as text.
    const page: Array<{ at: string; analysis: Analysis; text: string }> = await db.query(
      `SELECT seq::text AS at, analysis, text FROM documents
        WHERE $1::bigint IS NULL OR seq > $1::bigint
        ORDER BY seq LIMIT $2`,
      [after, size],
    );
    await db.transaction(
      (tx) =>
        linkDocuments(
          tx,
          page.map((d) => ({ analysis: withText(d.analysis, d.text) })),
          linker,
        ),
      { prepared: true },
    );
    for (const _ of page) {
      done++;
      onDocument?.();
    }
    const last = page[page.length - 1];
    if (!last || page.length < size) return done;
    after = last.at;
  }
}

/** How many corpus entities, events (and the reports they gather), stories and channels there are. */
export async function corpusCounts(
  db: Queryable,
): Promise<{ entities: number; events: number; reports: number; stories: number; channels: number }> {
  const [r] = await db.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM link_entities) AS entities, (SELECT count(*) FROM link_events) AS events,
            (SELECT count(*) FROM link_event_mentions) AS reports, (SELECT count(*) FROM link_stories) AS stories,
            (SELECT count(*) FROM link_channels) AS channels`,
  );
  return {
    entities: Number(r?.entities ?? 0),
    events: Number(r?.events ?? 0),
    reports: Number(r?.reports ?? 0),
    stories: Number(r?.stories ?? 0),
    channels: Number(r?.channels ?? 0),
  };
}
