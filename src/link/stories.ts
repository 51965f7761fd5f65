// Stories: articles about one happening. A new article meets, through an index on (key, day), the
// stories of the last few days that share one of its corpus events or salient entities; it joins
// the best one when they share an event, or enough entities and words (MinHash of its word set),
// and starts a story otherwise.
import type { Analysis } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import type { WriteBatch } from "./batch.ts";
import { keyWords, type MinHashOptions, MINHASH, signature, similarity, wordShingles } from "./minhash.ts";
import { hashId } from "./ids.ts";

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
  return storySignatureOfWords(keyWords(text), minhash);
}

/** `storySignature` of a text's `keyWords`, when they were read already (`prepareForStore`). */
export function storySignatureOfWords(
  words: readonly string[],
  minhash: MinHashOptions = DEFAULT_STORY_LINK.minhash,
): number[] {
  return signature(wordShingles(words, minhash.shingleSize), minhash);
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

/** What a document looks stories up by: its day, its keys and its word signature. */
export interface StoryPlan {
  day: string;
  keys: string[];
  signature: number[];
}

/** A document's story keys and signature; null when it has no date, so no story. */
export function storyPlan(
  a: Analysis,
  links: { entities: ReadonlyMap<string, string>; events: ReadonlyMap<string, string> },
  ctx: StoryLinkContext,
  /** The text's word signature under `ctx.minhash`, when it was made already (`storySignature`). */
  precomputed?: number[],
): StoryPlan | null {
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
  return { day, keys, signature: precomputed ?? storySignature(a.document.text, ctx.minhash) };
}

/** A stored story as the look-up reads it. */
interface StoredStory {
  id: string;
  keys: string[];
  signature: number[];
  documents: number;
}

/**
 * The stories a batch of documents can meet: every story filed under one of their keys within the
 * window of their days, read once, then grown by the batch's documents in order.
 */
export interface StoryView {
  stories: Map<string, StoredStory>;
  /** Key → the (day, story) lines filed under it. */
  byKey: Map<string, Array<{ day: string; story: string }>>;
}

/** One read for a batch: the stories filed under the documents' keys within their windows. */
export async function readStoryView(
  tx: Queryable,
  plans: ReadonlyArray<StoryPlan | null>,
  ctx: StoryLinkContext,
): Promise<StoryView> {
  const view: StoryView = { stories: new Map(), byKey: new Map() };
  // Each (key, day) once: the documents of a batch share most of their keys and days.
  const pairs = [
    ...new Map(
      plans.flatMap((p) =>
        p ? p.keys.map((key) => [`${key}\u0000${p.day}`, [key, p.day] as const] as const) : [],
      ),
    ).values(),
  ];
  if (pairs.length === 0) return view;
  // Index look-ups, one per pair and one per story found (OFFSET 0 keeps each a look-up of its own):
  // joined as sets, the planner scans both tables whole for every batch, which grows with the corpus.
  // The keys and the signature as JSON, which the driver reads with JSON.parse (native), rather than
  // as array literals PGlite parses character by character in JavaScript: the same strings and numbers.
  const rows = await tx.query<StoredStory & { filed: Array<[string, string]> }>(
    `SELECT s.id, to_json(s.keys) AS keys, to_json(s.signature) AS signature, s.documents, f.filed
       FROM (SELECT k.story_id, json_agg(json_build_array(k.key, k.day::text)) AS filed
               FROM (SELECT DISTINCT k.key, k.day, k.story_id
                       FROM unnest($1::text[], $2::date[]) AS q(key, day),
                            LATERAL (SELECT k.key, k.day, k.story_id FROM link_story_keys k
                                      WHERE k.key = q.key AND k.day BETWEEN q.day - $3::int AND q.day + $3::int
                                     OFFSET 0) k) k
              GROUP BY k.story_id) f,
            LATERAL (SELECT s.id, s.keys, s.signature, s.documents FROM link_stories s
                      WHERE s.id = f.story_id OFFSET 0) s`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1]), ctx.windowDays],
  );
  for (const r of rows) {
    view.stories.set(r.id, {
      id: r.id,
      keys: r.keys,
      signature: r.signature.map(Number),
      documents: Number(r.documents),
    });
    for (const [key, day] of r.filed) fileStory(view, key, day, r.id);
  }
  return view;
}

function fileStory(view: StoryView, key: string, day: string, story: string): void {
  const lines = view.byKey.get(key) ?? [];
  if (!lines.some((l) => l.day === day && l.story === story)) lines.push({ day, story });
  view.byKey.set(key, lines);
}

/** Days between two `YYYY-MM-DD` dates. */
const daysApart = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/**
 * The stories a document reads from `view`, as the look-up in the tables finds them: those filed
 * under one of its keys within the window, the most shared events first, then the most shared
 * keys, the largest, by id; at most 20.
 */
function candidatesOf(view: StoryView, plan: StoryPlan, ctx: StoryLinkContext): Candidate[] {
  const shared = new Map<string, Set<string>>();
  for (const key of plan.keys)
    for (const l of view.byKey.get(key) ?? [])
      if (daysApart(l.day, plan.day) <= ctx.windowDays) {
        const keys = shared.get(l.story) ?? new Set<string>();
        keys.add(key);
        shared.set(l.story, keys);
      }
  return [...shared]
    .map(([id, keys]) => {
      const s = view.stories.get(id) as StoredStory;
      return { s, events: [...keys].filter((k) => k.startsWith(EVENT_KEY)), shared: keys.size };
    })
    .sort(
      (x, y) =>
        y.events.length - x.events.length ||
        y.shared - x.shared ||
        y.s.documents - x.s.documents ||
        (x.s.id < y.s.id ? -1 : x.s.id > y.s.id ? 1 : 0),
    )
    .slice(0, 20)
    .map(({ s, events }) => ({ id: s.id, keys: s.keys, signature: s.signature, events }));
}

/**
 * Puts a stored document in a story against `view`, which it then updates; adds its writes to
 * `writes`. Returns the story's id. A story keeps the keys and word signature of its first article.
 */
export function linkStory(
  view: StoryView,
  a: Analysis,
  plan: StoryPlan,
  ctx: StoryLinkContext,
  writes: StoryWrites,
): string {
  const { day, keys } = plan;
  const story = candidatesOf(view, plan, ctx).find((c) => sameStory(plan, c, ctx));
  const id = story?.id ?? hashId("s", a.document.id);
  const stored = view.stories.get(id);
  if (stored) stored.documents++;
  else view.stories.set(id, { id, keys, signature: plan.signature, documents: 1 });
  for (const key of keys) fileStory(view, key, day, id);
  const row = writes.stories.get(id);
  if (row) {
    row.documents++;
    if (day < row.first) row.first = day;
    if (day > row.last) row.last = day;
  } else
    writes.stories.set(id, {
      id,
      title: a.document.title,
      first: day,
      last: day,
      documents: 1,
      keys,
      signature: plan.signature,
    });
  for (const key of keys) writes.keys.set(`${key}\u0000${day}\u0000${id}`, [key, day, id]);
  writes.documents.push([a.document.id, id]);
  return id;
}

/** The link stage's story writes for a batch: one row per story, however many documents. */
export class StoryWrites {
  readonly stories = new Map<
    string,
    {
      id: string;
      title: string | null;
      first: string;
      last: string;
      documents: number;
      keys: string[];
      signature: number[];
    }
  >();
  readonly keys = new Map<string, [string, string, string]>();
  readonly documents: Array<[string, string]> = [];

  write(batch: WriteBatch): void {
    const rows = [...this.stories.values()];
    if (rows.length === 0) return;
    // Arrays of arrays must be rectangular: keys and signatures travel as JSON.
    batch.add(
      `INSERT INTO link_stories (id, title, first_day, last_day, documents, keys, signature)
     SELECT id, title, first_day, last_day, documents,
            ARRAY(SELECT x FROM json_array_elements_text(keys) WITH ORDINALITY AS k(x, n) ORDER BY n),
            ARRAY(SELECT x::integer FROM json_array_elements_text(signature) WITH ORDINALITY AS s(x, n) ORDER BY n)
       FROM unnest($1::text[], $2::text[], $3::date[], $4::date[], $5::int[], $6::json[], $7::json[])
            AS u(id, title, first_day, last_day, documents, keys, signature)
     ON CONFLICT (id) DO UPDATE SET
       documents = link_stories.documents + EXCLUDED.documents,
       first_day = least(link_stories.first_day, EXCLUDED.first_day),
       last_day = greatest(link_stories.last_day, EXCLUDED.last_day)`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.title),
        rows.map((r) => r.first),
        rows.map((r) => r.last),
        rows.map((r) => r.documents),
        rows.map((r) => JSON.stringify(r.keys)),
        rows.map((r) => JSON.stringify(r.signature)),
      ],
    );
    const keys = [...this.keys.values()];
    if (keys.length > 0)
      batch.add(
        `INSERT INTO link_story_keys (key, day, story_id) SELECT * FROM unnest($1::text[], $2::date[], $3::text[]) ON CONFLICT DO NOTHING`,
        [keys.map((k) => k[0]), keys.map((k) => k[1]), keys.map((k) => k[2])],
      );
    batch.add(
      `INSERT INTO link_story_documents (document_id, story_id) SELECT * FROM unnest($1::text[], $2::text[])`,
      [this.documents.map((d) => d[0]), this.documents.map((d) => d[1])],
    );
  }
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
