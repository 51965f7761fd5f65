// Stories: articles about one happening. A new article meets, through an index on (key, day), the
// stories of the last few days that share one of its corpus events or salient entities; it joins
// the best one when they share an event, or enough entities and words (MinHash of its word set),
// and starts a story otherwise.
import { createHash } from "node:crypto";
import type { Analysis } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import type { WriteBatch } from "./batch.ts";
import { type MinHashOptions, MINHASH, shingles, signature, similarity } from "./duplicates.ts";

export interface StoryLinkContext {
  /** Days either side of an article's date within which a story can be the same one. */
  windowDays: number;
  /** Least share of the smaller key set two articles must share when no event is shared. */
  minKeyOverlap: number;
  /** Least number of shared salient entities when no event is shared. */
  minSharedKeys: number;
  /** Least estimated Jaccard similarity of the articles' word sets when no event is shared. */
  minTextSimilarity: number;
  /** Entity types that say what a story is about; places and outlets say too little. */
  salientTypes: ReadonlySet<string>;
  /** Most keys a story keeps for look-ups. */
  maxKeys: number;
  /** The most mentioned salient entities of an article that serve as its keys. */
  maxEntityKeys: number;
  minhash: MinHashOptions;
}

export const DEFAULT_STORY_LINK: StoryLinkContext = {
  windowDays: 3,
  minKeyOverlap: 0.5,
  minSharedKeys: 2,
  minTextSimilarity: 0.12,
  salientTypes: new Set(["PERSON", "ORG", "MECHANISM", "OTHER"]),
  maxKeys: 40,
  maxEntityKeys: 8,
  // Single words: two outlets telling one happening share its words more than its phrasing.
  minhash: { ...MINHASH, shingleSize: 1 },
};

interface Candidate {
  id: string;
  /** The keys of the story's first article. */
  keys: string[];
  signature: number[];
  /** The article's corpus events that any article of the story reported within the window. */
  events?: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** Story keys are corpus ids with what they are in front: `ev:` an event, `en:` an entity. */
const EVENT_KEY = "ev:";
const ENTITY_KEY = "en:";

/** The day an article is about: its publication date, else its first event's day. */
function dayOf(a: Analysis): string | null {
  if (a.document.published && DAY.test(a.document.published)) return a.document.published;
  return a.events.map((e) => e.date).find((d): d is string => !!d && DAY.test(d)) ?? null;
}

/** The word signature a story is compared on: pure, so an ingest makes it in the worker threads. */
export function storySignature(text: string, minhash: MinHashOptions = DEFAULT_STORY_LINK.minhash): number[] {
  return signature(shingles(text, minhash.shingleSize), minhash);
}

/**
 * Whether an article belongs to a stored story: it reports a happening that an article of the story
 * reported within the window (not only its first article: the strikes of 14 April joined the story
 * of the threats before them through the articles that told both), or it shares enough of the
 * first article's entities and words.
 */
export function sameStory(
  doc: { keys: readonly string[]; signature: readonly number[] },
  story: Candidate,
  ctx: StoryLinkContext,
): boolean {
  if ((story.events ?? []).length > 0) return true;
  const stored = new Set(story.keys);
  const shared = doc.keys.filter((k) => stored.has(k));
  if (shared.some((k) => k.startsWith(EVENT_KEY))) return true;
  const entities = shared.length;
  const smaller = Math.min(doc.keys.length, story.keys.length);
  return (
    entities >= ctx.minSharedKeys &&
    entities / Math.max(1, smaller) >= ctx.minKeyOverlap &&
    similarity([...doc.signature], story.signature) >= ctx.minTextSimilarity
  );
}

/**
 * Puts a stored document in a story: reads now, adds its writes to `batch`; returns the story's id
 * (null when the article has no date). A story keeps the keys and word signature of its first article.
 */
export async function linkStory(
  tx: Queryable,
  a: Analysis,
  links: { entities: ReadonlyMap<string, string>; events: ReadonlyMap<string, string> },
  ctx: StoryLinkContext,
  batch: WriteBatch,
  /** The text's word signature under `ctx.minhash`, when it was made already (`storySignature`). */
  precomputed?: number[],
): Promise<string | null> {
  const day = dayOf(a);
  if (!day) return null;
  const salient = a.entities
    .filter((e) => ctx.salientTypes.has(e.type))
    .sort((x, y) => y.mentions.length - x.mentions.length)
    .slice(0, ctx.maxEntityKeys)
    .map((e) => links.entities.get(e.id));
  const keys = [
    ...new Set([
      ...[...links.events.values()].map((id) => EVENT_KEY + id),
      ...salient.filter((k): k is string => !!k).map((id) => ENTITY_KEY + id),
    ]),
  ].slice(0, ctx.maxKeys);
  const sig = precomputed ?? storySignature(a.document.text, ctx.minhash);
  const candidates =
    keys.length === 0
      ? []
      : await tx.query<Candidate & { shared: string }>(
          `SELECT s.id, s.keys, s.signature, count(DISTINCT k.key) AS shared,
                  coalesce(array_agg(DISTINCT k.key) FILTER (WHERE k.key LIKE 'ev:%'), '{}') AS events
             FROM link_story_keys k JOIN link_stories s ON s.id = k.story_id
            WHERE k.key = ANY ($1::text[]) AND k.day BETWEEN $2::date - $3::int AND $2::date + $3::int
            GROUP BY s.id
            ORDER BY count(DISTINCT k.key) FILTER (WHERE k.key LIKE 'ev:%') DESC, count(DISTINCT k.key) DESC, s.documents DESC, s.id
            LIMIT 20`,
          [keys, day, ctx.windowDays],
        );
  const story = candidates.find((c) =>
    sameStory({ keys, signature: sig }, { ...c, signature: c.signature.map(Number) }, ctx),
  );
  const id = story?.id ?? `s${createHash("sha1").update(a.document.id).digest("hex").slice(0, 12)}`;
  batch.add(
    `INSERT INTO link_stories (id, title, first_day, last_day, documents, keys, signature)
     VALUES ($1, $2, $3::date, $3::date, 1, $4::text[], $5::integer[])
     ON CONFLICT (id) DO UPDATE SET
       documents = link_stories.documents + 1,
       first_day = least(link_stories.first_day, EXCLUDED.first_day),
       last_day = greatest(link_stories.last_day, EXCLUDED.last_day)`,
    [id, a.document.title, day, keys, sig],
  );
  if (keys.length > 0)
    batch.add(
      `INSERT INTO link_story_keys (key, day, story_id) SELECT k, $2::date, $3 FROM unnest($1::text[]) AS k ON CONFLICT DO NOTHING`,
      [keys, day, id],
    );
  batch.add(`INSERT INTO link_story_documents (document_id, story_id) VALUES ($1, $2)`, [a.document.id, id]);
  return id;
}

export interface StoryOut {
  id: string;
  title: string | null;
  first_day: string | null;
  last_day: string | null;
  documents: number;
  articles: Array<{
    document: string;
    title: string | null;
    outlet: string | null;
    published: string | null;
  }>;
}

/** Stories with at least `minDocuments` articles, the largest and latest first. */
export async function listStories(
  db: Queryable,
  filter: { minDocuments: number; limit: number },
): Promise<StoryOut[]> {
  const rows = await db.query<StoryOut>(
    `SELECT s.id, s.title, s.first_day::text AS first_day, s.last_day::text AS last_day, s.documents,
            (SELECT json_agg(json_build_object('document', d.id, 'title', d.title, 'outlet', d.outlet, 'published', to_char(d.published, 'YYYY-MM-DD'))
                             ORDER BY d.published, d.id)
               FROM link_story_documents sd JOIN documents d ON d.id = sd.document_id
              WHERE sd.story_id = s.id) AS articles
       FROM link_stories s
      WHERE s.documents >= $1
      ORDER BY s.documents DESC, s.last_day DESC NULLS LAST, s.id
      LIMIT $2`,
    [filter.minDocuments, filter.limit],
  );
  return rows.map((r) => ({ ...r, documents: Number(r.documents) }));
}
