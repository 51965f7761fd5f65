// Counts events per 1,000 articles by PLOVER type over a corpus folder, and draws a fixed-seed
// random sample of events to check by hand against their sentence (docs/EVENTS.md).
// Usage: npx tsx scripts/events-corpus.ts [--corpus DIR] [--limit N] [--sample 30] [--seed 20261130]
//   [--dump FILE]  also writes every event as one JSON line, to compare two versions of the rules
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { acquire } from "../src/acquire/index.ts";
import { createPipeline } from "../src/pipeline/run.ts";
import type { Event } from "../src/pipeline/types.ts";
import { seeded } from "./seeded.ts";
import { DEFAULT_CORPUS, corpusMissing } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: DEFAULT_CORPUS },
    limit: { type: "string" },
    sample: { type: "string", default: "30" },
    seed: { type: "string", default: "20261130" },
    dump: { type: "string" },
  },
});

interface Drawn {
  document: string;
  event: Event;
}

const parties = (ps: Event["actor"]) => ps.map((p) => `${p.text} (${p.country ?? "-"})`).join(" + ") || "-";

async function main(): Promise<void> {
  const corpus = values.corpus as string;
  if (corpusMissing(corpus)) return;
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const pipeline = createPipeline();
  const byType = new Map<string, number>();
  const all: Drawn[] = [];
  let articles = 0;
  let negated = 0;
  let modal = 0;
  const started = performance.now();
  for await (const item of acquire([corpus])) {
    if (item.kind !== "document") continue;
    const analysis = pipeline.analyze(item.doc);
    articles++;
    for (const event of analysis.events) {
      byType.set(event.type, (byType.get(event.type) ?? 0) + 1);
      if (event.negated) negated++;
      if (event.modality !== "asserted") modal++;
      all.push({ document: item.doc.uri ?? "-", event });
    }
    if (articles >= limit) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const per1000 = (n: number) => ((1000 * n) / Math.max(1, articles)).toFixed(1);
  const out: string[] = [
    `${articles} articles in ${seconds.toFixed(1)} s (${(articles / seconds).toFixed(0)} articles/s, whole pipeline, one thread)`,
    `${all.length} events: ${per1000(all.length)} per 1,000 articles; ${negated} negated, ${modal} not asserted`,
    "",
    "| type | events | per 1,000 articles |",
    "|---|---|---|",
    ...[...byType.entries()]
      .sort((a, b) => b[1] - a[1])
      .map(([type, n]) => `| ${type} | ${n} | ${per1000(n)} |`),
    "",
  ];
  if (values.dump) {
    const line = (d: Drawn) =>
      JSON.stringify({
        document: d.document,
        type: d.event.type,
        actor: d.event.actor.map((p) => p.country),
        recipient: d.event.recipient.map((p) => p.country),
        negated: d.event.negated,
        modality: d.event.modality,
        evidence: d.event.evidence.start,
        text: d.event.evidence.text,
        date: d.event.date,
      });
    writeFileSync(values.dump, all.map(line).join("\n") + "\n");
  }
  const random = seeded(Number(values.seed));
  const pool = [...all];
  const sample: Drawn[] = [];
  while (sample.length < Number(values.sample) && pool.length > 0)
    sample.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as Drawn);
  out.push(`Sample of ${sample.length} events (seed ${values.seed}):`, "");
  sample.forEach((d, i) => {
    const e = d.event;
    const polarity = `${e.negated ? "negated " : ""}${e.modality}`;
    out.push(
      `${i + 1}. ${e.type}${e.mode ? `/${e.mode}` : ""} ${parties(e.actor)} → ${parties(e.recipient)} ${e.date ?? "-"} ${polarity} [${d.document}]`,
      `   «${e.evidence.text.replace(/\s+/gu, " ")}»`,
    );
  });
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
