// The link stage: after a document's rows are stored, and in the same transaction, it updates the
// corpus-wide entities, events, channels and stories with a fixed number of indexed queries: three
// or four reads, then one statement that holds every write.
import { join } from "node:path";
import { keyOf } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR, loadLexicons } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import type { Analysis } from "../pipeline/types.ts";
import type { Db, Queryable } from "../store/db.ts";
import { withText } from "../store/prepare.ts";
import { compileAnchors } from "./anchors.ts";
import { WriteBatch } from "./batch.ts";
import { compileStatusRules, linkChannels, type StatusRule } from "./channels.ts";
import { type EntityLinkContext, linkEntities } from "./entities.ts";
import { DEFAULT_EVENT_LINK, type EventLinkContext, linkEvents } from "./events.ts";
import { loadTransliteration } from "./names.ts";
import { DEFAULT_STORY_LINK, linkStory, type StoryLinkContext } from "./stories.ts";

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

/**
 * Links one stored document into the corpus. Call it inside the document's transaction, after its
 * entities and events rows are in. Without a linker one is built, which costs a lexicon load.
 */
export async function linkDocument(
  tx: Queryable,
  a: Analysis,
  linker: Linker = createLinker(),
  /** What a worker thread made of the document already: its story signature (`storySignature`). */
  prepared: { storySignature?: number[] } = {},
): Promise<void> {
  // Reads first, each deciding from what the one before decided; then every write in one statement.
  const batch = new WriteBatch();
  const entities = await linkEntities(tx, a, linker.entities, batch);
  const events = await linkEvents(tx, a, entities.ids, linker.events, batch);
  const links = { entities: entities.ids, events, anchors: entities.anchors };
  await linkChannels(tx, a, links, linker.channels, batch);
  const sig = linker.stories.minhash === DEFAULT_STORY_LINK.minhash ? prepared.storySignature : undefined;
  await linkStory(tx, a, links, linker.stories, batch, sig);
  await batch.run(tx);
}

/** Every table the link stage writes, emptied before a relink. */
const LINK_TABLES = [
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

/** Documents read at a time by a relink. */
const RELINK_PAGE = 100;

/**
 * Empties the link tables and links every stored document again, in the order they were ingested,
 * one transaction each: for a database ingested before the link stage, or after its rules changed.
 * Pages through the documents, so the corpus is never in memory at once.
 */
export async function relink(db: Db, linker: Linker, onDocument?: () => void): Promise<number> {
  await db.query(`TRUNCATE ${LINK_TABLES.join(", ")}`);
  let after: { at: string; id: string } | null = null;
  let done = 0;
  for (;;) {
    const page: Array<{ id: string; at: string; analysis: Analysis; text: string }> = await db.query(
      `SELECT id, ingested_at::text AS at, analysis, text FROM documents
        WHERE $1::timestamptz IS NULL OR (ingested_at, id) > ($1::timestamptz, $2::text)
        ORDER BY ingested_at, id LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, RELINK_PAGE],
    );
    for (const d of page) {
      await db.transaction((tx) => linkDocument(tx, withText(d.analysis, d.text), linker), {
        prepared: true,
      });
      done++;
      onDocument?.();
    }
    const last = page[page.length - 1];
    if (!last || page.length < RELINK_PAGE) return done;
    after = { at: last.at, id: last.id };
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
