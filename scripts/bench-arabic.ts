// Measures the Arabic layer: speed on the ANT corpus (BBC and CNN Arabic, TREC XML), its share of
// the whole pipeline, and accuracy on the hand-checked tables in test/arabic/.
//   npx tsx scripts/bench-arabic.ts [corpus folder] [--repeat N] [--no-pipeline]
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { findDates } from "../src/arabic/dates.ts";
import { analyzeArabic, type ArabicOptions, compileArabic, loadArabicLexicons } from "../src/arabic/index.ts";
import { scoreDates, scoreSegmentation } from "../src/arabic/measure.ts";
import { findNumbers } from "../src/arabic/numbers.ts";
import { findQuotes } from "../src/arabic/quotes.ts";
import { assignSentences, splitSentences } from "../src/arabic/sentences.ts";
import { tokenize } from "../src/arabic/tokens.ts";
import { loadLexicons } from "../src/pipeline/lexicons.ts";
import { createPipeline } from "../src/pipeline/run.ts";
import { readTsv } from "../src/pipeline/tsv.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TEXT_FIELD = /<TEXT>([\s\S]*?)<\/TEXT>/u;
const TIME_FIELD = /<TIME>([\s\S]*?)<\/TIME>/u;
const XML_ENTITY = /&(?:amp|lt|gt|quot|apos|#39);/gu;
const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&apos;": "'",
  "&#39;": "'",
};
/** Documents run once before timing, so the JIT has warmed up. */
const WARM_UP = 300;

interface Doc {
  text: string;
  published: string | null;
}

function say(line = ""): void {
  process.stdout.write(`${line}\n`);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith(".txt") ? [join(dir, e.name)] : [],
  );
}

function readCorpus(dir: string): { docs: Doc[]; files: number } {
  const paths = files(dir).sort();
  const docs: Doc[] = [];
  for (const path of paths) {
    const xml = readFileSync(path, "utf8");
    const body = TEXT_FIELD.exec(xml)?.[1];
    if (!body) continue;
    const time = TIME_FIELD.exec(xml)?.[1];
    const date = time ? new Date(time) : null;
    docs.push({
      text: body.replace(XML_ENTITY, (e) => ENTITIES[e] ?? e).trim(),
      published: date && !Number.isNaN(date.getTime()) ? date.toISOString().slice(0, 10) : null,
    });
  }
  return { docs, files: paths.length };
}

/** Seconds `run` takes over all documents, best of `repeat` rounds. */
function time(docs: readonly Doc[], repeat: number, run: (d: Doc) => void): number {
  for (const d of docs.slice(0, WARM_UP)) run(d);
  let best = Infinity;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    for (const d of docs) run(d);
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return best;
}

function row(cells: Array<string | number>): string {
  return `| ${cells.join(" | ")} |`;
}

/** Seconds each step takes over all documents, each step timed on tokens made beforehand. */
function steps(options: ArabicOptions, docs: readonly Doc[]): Array<[string, number]> {
  const t = { tokenize: 0, sentences: 0, dates: 0, numbers: 0, quotes: 0 };
  const clock = (key: keyof typeof t, run: () => void) => {
    const t0 = performance.now();
    run();
    t[key] += (performance.now() - t0) / 1000;
  };
  for (const d of docs) {
    let tokens = tokenize(d.text, options).tokens;
    clock("tokenize", () => {
      tokens = tokenize(d.text, options).tokens;
    });
    let sentences = assignSentences(splitSentences(d.text), tokens);
    clock("sentences", () => {
      sentences = assignSentences(splitSentences(d.text), tokens);
    });
    let dates = findDates(d.text, tokens, options.calendar, d.published, options);
    clock("dates", () => {
      dates = findDates(d.text, tokens, options.calendar, d.published, options);
    });
    clock("numbers", () => findNumbers(d.text, tokens, options.numbers, dates));
    clock("quotes", () => findQuotes(d.text, { ...options, tokens, sentences }));
  }
  return [
    ["tokenize, segment, stem", t.tokenize],
    ["sentences", t.sentences],
    ["dates", t.dates],
    ["numbers", t.numbers],
    ["quotes with cues", t.quotes],
  ];
}

function speed(
  options: ArabicOptions,
  docs: readonly Doc[],
  repeat: number,
  bytes: number,
  tokens: number,
): number {
  // Fresh options, so the word cache starts empty, and no warm-up: what one pass over a new corpus costs.
  const fresh = compileArabic(loadLexicons(), loadArabicLexicons());
  const t0 = performance.now();
  for (const d of docs) analyzeArabic(d.text, d.published, fresh);
  const cold = (performance.now() - t0) / 1000;
  const whole = time(docs, repeat, (d) => analyzeArabic(d.text, d.published, options));
  const rate = (s: number) => [
    s.toFixed(2),
    Math.round(tokens / s).toLocaleString("en"),
    (bytes / 1e6 / s).toFixed(2),
  ];
  say(row(["step", "seconds", "tokens/s", "MB/s"]));
  say(row(["---", "---", "---", "---"]));
  say(row(["whole layer (analyzeArabic), first pass, word cache empty", ...rate(cold)]));
  say(row([`whole layer (analyzeArabic), best of ${repeat}, word cache full`, ...rate(whole)]));
  for (const [name, s] of steps(options, docs)) say(row([name, ...rate(s)]));
  return whole;
}

function main(): void {
  const args = process.argv.slice(2);
  const repeatAt = args.indexOf("--repeat");
  const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 1;
  const dir = args.find((a, i) => !a.startsWith("--") && i !== repeatAt + 1) ?? DEFAULT_CORPUS;
  const lex = loadLexicons();
  const t0 = performance.now();
  const options = compileArabic(lex, loadArabicLexicons());
  say(`lexicons compiled in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  say(`known words: ${options.known?.words.size}, names: ${options.known?.names.size}`);
  say();

  const gold = join(ROOT, "test", "arabic");
  const clitics = readTsv(join(gold, "clitics.tsv"));
  for (const set of ["dev", "heldout"]) {
    const s = scoreSegmentation(
      clitics.filter((r) => r.set === set),
      options,
    );
    say(`clitic segmentation (${set}): ${s.correct}/${s.total} = ${(s.correct / s.total).toFixed(3)}`);
  }
  const d = scoreDates(readTsv(join(gold, "dates.tsv")), options);
  say(
    `date resolution (value, end and granularity): ${d.correct}/${d.total} = ${(d.correct / d.total).toFixed(3)}, ${d.spurious} spurious`,
  );
  say();

  if (!existsSync(dir)) {
    say(`${dir} is absent: no speed measurement`);
    return;
  }
  const { docs, files: fileCount } = readCorpus(dir);
  const bytes = docs.reduce((n, doc) => n + Buffer.byteLength(doc.text, "utf8"), 0);
  let tokens = 0;
  const found = { dates: 0, resolved: 0, hijri: 0, numbers: 0, quotes: 0, verbs: 0, cut: 0, known: 0 };
  for (const doc of docs) {
    const a = analyzeArabic(doc.text, doc.published, options);
    tokens += a.tokens.length;
    found.dates += a.dates.length;
    found.resolved += a.dates.filter((x) => x.value !== null).length;
    found.hijri += a.dates.filter((x) => x.calendar === "hijri").length;
    found.numbers += a.numbers?.length ?? 0;
    found.quotes += a.quotes.length;
    found.verbs += a.quotes.filter((q) => q.verb).length;
    found.cut += a.tokens.filter((t) => t.segments && (t.segments.prefix || t.segments.suffix)).length;
    found.known += a.tokens.filter((t) => t.segments?.known).length;
  }
  say(`corpus: ${dir}`);
  say(
    `${fileCount} files, ${docs.length} <TEXT> bodies, ${(bytes / 1e6).toFixed(1)} MB UTF-8, ${tokens} tokens`,
  );
  say(
    `found: ${found.dates} dates (${found.resolved} resolved, ${found.hijri} Hijri), ${found.numbers} numbers, ` +
      `${found.quotes} quotes (${found.verbs} with a speech verb); ${found.cut} tokens cut, ` +
      `${((found.known / tokens) * 100).toFixed(1)}% of tokens with a known core`,
  );
  say(`node ${process.version}, best of ${repeat} round(s) after ${WARM_UP} warm-up documents`);
  say();
  const layer = speed(options, docs, repeat, bytes, tokens);
  say();
  if (args.includes("--no-pipeline")) return;

  // The layer's share of the whole per-document pipeline (acquire output → events), same bodies.
  const pipeline = createPipeline();
  const whole = time(docs, 1, (doc) =>
    pipeline.analyze({
      uri: null,
      format: "text",
      text: doc.text,
      meta: doc.published ? { published: doc.published } : {},
    }),
  );
  say(row(["", "seconds", "docs/s", "MB/s"]));
  say(row(["---", "---", "---", "---"]));
  say(
    row([
      "whole pipeline (createPipeline().analyze)",
      whole.toFixed(2),
      Math.round(docs.length / whole),
      (bytes / 1e6 / whole).toFixed(2),
    ]),
  );
  say(
    row([
      "Arabic layer, all options",
      layer.toFixed(2),
      Math.round(docs.length / layer),
      (bytes / 1e6 / layer).toFixed(2),
    ]),
  );
  say(`Arabic layer / whole pipeline: ${((layer / whole) * 100).toFixed(0)}%`);
}

main();
