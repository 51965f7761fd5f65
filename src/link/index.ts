// The link stage: after a document's rows are stored, and in the same transaction, it updates the
// corpus-wide entities, events, channels and stories with a fixed number of indexed queries.
import { join } from "node:path";
import { keyOf } from "../arabic/normalize.ts";
import { DEFAULT_LEXICON_DIR, loadLexicons } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import type { Analysis } from "../pipeline/types.ts";
import type { Queryable } from "../store/db.ts";
import { compileAnchors } from "./anchors.ts";
import { type EntityLinkContext, linkEntities } from "./entities.ts";
import { DEFAULT_EVENT_LINK, type EventLinkContext, linkEvents } from "./events.ts";
import { loadTransliteration } from "./names.ts";

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
}

export function createLinker(options: LinkOptions = {}): Linker {
  const translit = loadTransliteration(options.lexiconDir);
  const dir = options.lexiconDir ?? DEFAULT_LEXICON_DIR;
  const lex = loadLexicons(dir);
  const particles = readTsv(join(dir, "words.tsv"), ["word", "kind"]).filter((r) => r.kind === "particle");
  return {
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
): Promise<void> {
  const entities = await linkEntities(tx, a, linker.entities);
  await linkEvents(tx, a, entities.ids, linker.events);
}
