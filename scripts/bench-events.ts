// The event stage alone (`findEvents`, `attributeQuotes`): its CPU per document and a digest of
// what it finds, for this tree and, when given, another tree's copy (`git archive main | tar -x -C
// /tmp/base`) loaded in the same process. The documents are cleaned, read and their entities found
// once by this tree; then rounds alternate between the trees over the same documents, so both meet
// the same load on a shared machine, and the two digests must be equal for an optimisation. Each
// round finds the entities again (this tree's code, not counted), as the pipeline does right before
// the event stage: the phrase indexes keep the answers for the last document's tokens. The first
// round (each tree's code still being compiled, its output hashed outside the time) is printed
// first; the median is of the rounds after it.
// With --interleave, the two trees take each document in turn (which goes first alternating) instead
// of each a whole round: on a machine others load unevenly, whole rounds swung by ±20 % (branch
// speed11e), document by document both trees meet the same load.
//   node --no-turbo-inlining --import tsx scripts/bench-events.ts [corpus] [--base DIR] [--limit N] [--rounds R] [--interleave]
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { listInputs, readDocuments } from "../src/acquire/index.ts";
import { WordReader } from "../src/arabic/clitics.ts";
import { compileCalendar } from "../src/arabic/dates.ts";
import { analyzeArabic } from "../src/arabic/index.ts";
import { keyOf } from "../src/arabic/normalize.ts";
import { cleanDocument, compileCleanOptions } from "../src/clean/index.ts";
import { findEntities } from "../src/entities/index.ts";
import { compileEntityLexicon } from "../src/entities/lexicon.ts";
import * as backReferencesModule from "../src/events/back-references.ts";
import * as cuesModule from "../src/events/cues.ts";
import * as evaluationsModule from "../src/events/evaluations.ts";
import * as eventsModule from "../src/events/index.ts";
import * as ploverModule from "../src/events/plover.ts";
import * as quotesModule from "../src/events/quotes.ts";
import * as triggersModule from "../src/events/triggers.ts";
import * as typesModule from "../src/events/types.ts";
import { cue, loadLexicons } from "../src/pipeline/lexicons.ts";
import type { ArabicText } from "../src/pipeline/types.ts";
import type { EntitiesResult } from "../src/entities/index.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";
import { cpuMicros, median } from "./timing.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: "string" },
    limit: { type: "string", default: "1500" },
    rounds: { type: "string", default: "6" },
    interleave: { type: "boolean", default: false },
  },
});
const corpus = positionals[0] ?? DEFAULT_CORPUS;
const limit = Number(values.limit);
const rounds = Number(values.rounds);
if (!(limit > 0) || !(rounds > 0)) {
  process.stderr.write(
    "usage: bench-events.ts [corpus] [--base DIR] [--limit N > 0] [--rounds R > 0] [--interleave]\n",
  );
  process.exit(2);
}

interface Modules {
  backReferences: typeof backReferencesModule;
  cues: typeof cuesModule;
  evaluations: typeof evaluationsModule;
  events: typeof eventsModule;
  plover: typeof ploverModule;
  quotes: typeof quotesModule;
  triggers: typeof triggersModule;
  types: typeof typesModule;
}
const here: Modules = {
  backReferences: backReferencesModule,
  cues: cuesModule,
  evaluations: evaluationsModule,
  events: eventsModule,
  plover: ploverModule,
  quotes: quotesModule,
  triggers: triggersModule,
  types: typesModule,
};
async function modulesOf(dir: string): Promise<Modules> {
  const load = (name: string) => {
    const file = join(resolve(dir), "src", "events", `${name}.ts`);
    if (!existsSync(file)) {
      process.stderr.write(`${file} is missing: give a copy of the repository at another commit as --base\n`);
      process.exit(2);
    }
    return import(pathToFileURL(file).href);
  };
  return {
    backReferences: await load("back-references"),
    cues: await load("cues"),
    evaluations: await load("evaluations"),
    events: await load("index"),
    plover: await load("plover"),
    quotes: await load("quotes"),
    triggers: await load("triggers"),
    types: await load("types"),
  };
}

const lex = loadLexicons();
const entityLexicon = compileEntityLexicon(lex);
/** The event stage of one tree, compiled from this tree's lexicons as `createPipeline` does (all its options). */
function stageOf(m: Modules) {
  const cues = m.cues.compileCues(lex);
  const options = {
    triggers: m.triggers.compileTriggers(lex.triggers),
    cues,
    plover: m.plover.compilePlover(lex.plover),
    types: m.types.compileTypeRules(lex.eventTypes),
    entityLexicon,
    evaluations: m.evaluations.compileEvaluations(lex.evaluations),
    // As `compileStages` (src/pipeline/run.ts) passes them: the pass over every token for `الدول الأربع`.
    backReferences: m.backReferences.compileBackReferences(lex.backReferences),
  };
  return (text: ArabicText, found: EntitiesResult, published: string | null) => ({
    events: m.events.findEvents(text, found, { ...options, published }),
    quotes: m.quotes.attributeQuotes(text, found, cues),
  });
}

const clean = compileCleanOptions(lex, {});
const proclitics = cue(lex, "proclitic").map(keyOf);
const arabicOptions = {
  proclitics,
  calendar: compileCalendar(lex.calendar),
  reader: new WordReader({ proclitics }),
};
const docs: Array<{ text: ArabicText; published: string | null }> = [];
for (const path of listInputs(corpus).slice(0, limit)) {
  let raws;
  try {
    raws = readDocuments(path);
  } catch {
    continue;
  }
  for (const raw of raws) {
    try {
      const doc = cleanDocument(raw, clean);
      const text = analyzeArabic(doc.text, doc.published, arabicOptions);
      docs.push({ text, published: doc.published });
    } catch {
      // A document the pipeline refuses (empty, not Arabic) has no event stage.
    }
  }
}

const trees: Array<[string, ReturnType<typeof stageOf>]> = [["this", stageOf(here)]];
if (values.base !== undefined) trees.unshift(["base", stageOf(await modulesOf(values.base))]);
const perRound = new Map<string, number[]>(trees.map(([name]) => [name, []]));
const digests = new Map<string, string>();
/** One round: each tree over every document, the trees in `order`, or in turn per document (`--interleave`). */
function round(r: number): void {
  const hashes = new Map(trees.map(([name]) => [name, r === 0 ? createHash("sha256") : null]));
  const spent = new Map(trees.map(([name]) => [name, 0]));
  const run = (
    name: string,
    stage: (typeof trees)[number][1],
    d: (typeof docs)[number],
    found: EntitiesResult,
  ) => {
    const before = cpuMicros();
    const out = stage(d.text, found, d.published);
    spent.set(name, (spent.get(name) as number) + cpuMicros() - before);
    hashes.get(name)?.update(`${createHash("sha256").update(JSON.stringify(out)).digest("hex")}\n`);
  };
  if (values.interleave) {
    // Both trees on each document in turn, the first of them alternating: a load that comes and goes
    // over a round (other engineers' runs) meets both alike.
    docs.forEach((d, i) => {
      const found = findEntities(d.text, { lexicon: entityLexicon, published: d.published });
      for (const [name, stage] of (i + r) % 2 === 0 ? trees : [...trees].reverse())
        run(name, stage, d, found);
    });
  } else
    for (const [name, stage] of r % 2 === 0 ? trees : [...trees].reverse())
      for (const d of docs)
        run(name, stage, d, findEntities(d.text, { lexicon: entityLexicon, published: d.published }));
  for (const [name] of trees) {
    const hash = hashes.get(name);
    if (hash) digests.set(name, hash.digest("hex"));
    (perRound.get(name) as number[]).push((spent.get(name) as number) / docs.length);
  }
}
for (let r = 0; r < rounds; r++) round(r);
for (const [name] of trees)
  process.stdout.write(
    `${name.padEnd(4)}: ${docs.length} documents, digest ${digests.get(name)}; ` +
      `${(perRound.get(name) as number[]).map((x) => x.toFixed(0)).join(" ")} CPU µs per document` +
      (rounds > 1
        ? `, median after the first ${median((perRound.get(name) as number[]).slice(1)).toFixed(0)}`
        : "") +
      "\n",
  );
if (trees.length === 2 && digests.get("base") !== digests.get("this")) {
  process.stderr.write("the two trees' event stages differ: the optimisation changed the output\n");
  process.exitCode = 1;
}
