// What the corpus diagnostics share (scripts/uncoded-words.ts, scripts/trigger-losses.ts): the corpus's
// documents read up to their entities, which states a sentence names, and which sentences hold an
// event's evidence.
import { acquire } from "../src/acquire/index.ts";
import { analyzeArabic } from "../src/arabic/index.ts";
import { cleanDocument } from "../src/clean/index.ts";
import { type EntitiesResult, findEntities } from "../src/entities/index.ts";
import type { CompiledStages } from "../src/pipeline/run.ts";
import type { ArabicText, Event, Token } from "../src/pipeline/types.ts";

/** The first `limit` documents of the corpus, cleaned, read and with their entities found. */
export async function* documentsWithEntities(corpus: string, limit: number, stages: CompiledStages) {
  let articles = 0;
  for await (const item of acquire([corpus])) {
    if (item.kind !== "document") continue;
    if (articles++ >= limit) break;
    const doc = cleanDocument(item.doc, stages.clean);
    const text = analyzeArabic(doc.text, doc.published, stages.arabic);
    yield {
      doc,
      text,
      found: findEntities(text, { lexicon: stages.entityLexicon, published: doc.published }),
    };
  }
}

/** The countries of each sentence's GPE, ORG and PERSON mentions, by sentence index. */
export function statesBySentence(text: ArabicText, found: EntitiesResult): Array<Set<string>> {
  const countries = text.sentences.map(() => new Set<string>());
  for (const m of found.mentions)
    if (m.country && (m.type === "GPE" || m.type === "ORG" || m.type === "PERSON")) {
      const s = (text.tokens[m.firstToken] as Token | undefined)?.sentence;
      if (s !== undefined) countries[s]?.add(m.country);
    }
  return countries;
}

/** The indices of the sentences in which an event's evidence starts. */
export function sentencesWithEvent(text: ArabicText, events: readonly Event[]): Set<number> {
  const withEvent = new Set<number>();
  for (const e of events) {
    const s = text.sentences.findIndex((x) => x.start <= e.evidence.start && e.evidence.start < x.end);
    if (s >= 0) withEvent.add(s);
  }
  return withEvent;
}
