// Draws a fixed-seed sample of events whose parties come from a dual (`البلدان`، `الجانبين` …), with
// the text before the dual, to judge by hand which two states it stands for (docs/EVENTS.md, duals).
// Usage: npx tsx scripts/dual-sample.ts [--corpus DIR] [--sample 40] [--seed 6] [--dump FILE]
//   --dump writes every dual event as one JSON line (document, start, type, parties), to compare rules
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { acquire } from "../src/acquire/index.ts";
import { createPipeline } from "../src/pipeline/run.ts";
import type { Event } from "../src/pipeline/types.ts";
import { seeded } from "./seeded.ts";
import { DEFAULT_CORPUS, corpusMissing } from "./corpus.ts";

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: DEFAULT_CORPUS },
    sample: { type: "string", default: "40" },
    seed: { type: "string", default: "6" },
    dump: { type: "string" },
  },
});

/** The dual nouns and the words that name two states at once (`pair:` rows), from cues.tsv. */
const DUALS = readFileSync(join(ROOT, "lexicons", "cues.tsv"), "utf8")
  .split("\n")
  .filter((l) => l.startsWith("dual\t") || l.startsWith("pair:"))
  .flatMap((l) => l.split("\t")[1]?.split("|") ?? []);
const DUAL = new RegExp(DUALS.join("|"), "u");

interface Case {
  document: string;
  start: number;
  type: string;
  dual: string[];
  actor: Array<string | null>;
  recipient: Array<string | null>;
  sentence: string;
  before: string;
}

const isDual = (p: Event["actor"][number]) => p.entity === null && DUAL.test(p.text);

async function main(): Promise<void> {
  const corpus = values.corpus as string;
  if (corpusMissing(corpus)) return;
  const pipeline = createPipeline();
  const cases: Case[] = [];
  for await (const item of acquire([corpus])) {
    if (item.kind !== "document" || !DUAL.test(item.doc.text)) continue;
    const a = pipeline.analyze(item.doc);
    for (const e of a.events) {
      const dual = [...e.actor, ...e.recipient].filter(isDual);
      if (dual.length === 0) continue;
      const text = a.document.text;
      cases.push({
        document: item.doc.uri ?? "-",
        start: e.evidence.start,
        type: e.type,
        dual: dual.map((p) => p.country ?? "-"),
        actor: e.actor.map((p) => p.country),
        recipient: e.recipient.map((p) => p.country),
        sentence: e.evidence.text.replace(/\s+/gu, " "),
        before: text.slice(Math.max(0, e.evidence.start - 500), e.evidence.start).replace(/\s+/gu, " "),
      });
    }
  }
  if (values.dump) writeFileSync(values.dump, cases.map((c) => `${JSON.stringify(c)}\n`).join(""));
  const random = seeded(Number(values.seed));
  const pool = [...cases];
  const out = [`${cases.length} dual events; sample of ${values.sample} (seed ${values.seed})`, ""];
  for (let i = 0; i < Number(values.sample) && pool.length > 0; i++) {
    const c = pool.splice(Math.floor(random() * pool.length), 1)[0] as Case;
    out.push(
      `${i + 1}. ${c.type} dual=${c.dual.join("+")} actor=${c.actor.join("+")} recipient=${c.recipient.join("+")} [${c.document}@${c.start}]`,
      `   before: …${c.before}`,
      `   «${c.sentence}»`,
      "",
    );
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
