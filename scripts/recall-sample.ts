// Draws a fixed-seed random sample of political articles from the corpus and prints each one's
// body, sentence by sentence, with the events Rasd codes, so that the events a careful analyst
// would code can be listed by hand and the misses classified (docs/EVENTS.md, "Recall on a
// random sample").
//
//   npx tsx scripts/recall-sample.ts [--count 30] [--seed 6006] [--max-words 700] [--from N] [--states 2]
//
// Candidates: the internationalNews and middleEast sections of ../shared/corpora/ant-bbc-cnn,
// files sorted by name, whose <TEXT> has at most --max-words words. Nothing else about the text
// is looked at, so the draw does not favour articles the rules already read well; --states N
// then prints only the drawn articles whose entities name at least N different states (events
// are not looked at).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { acquire } from "../src/acquire/index.ts";
import { createPipeline } from "../src/pipeline/run.ts";
import { seeded } from "./seeded.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "30" },
    seed: { type: "string", default: "6006" },
    "max-words": { type: "string", default: "700" },
    from: { type: "string", default: "0" },
    states: { type: "string", default: "0" },
  },
});

const words = (file: string): number => {
  const m = /<TEXT>([\s\S]*?)<\/TEXT>/u.exec(readFileSync(file, "utf8"));
  return m ? (m[1] as string).split(/\s+/u).filter(Boolean).length : 0;
};

async function main(): Promise<void> {
  const candidates: string[] = [];
  for (const outlet of ["BBC", "CNN"])
    for (const section of ["internationalNews", "middleEast"]) {
      const dir = join(DEFAULT_CORPUS, outlet, section);
      for (const f of readdirSync(dir).sort()) {
        const file = join(dir, f);
        if (words(file) <= Number(values["max-words"])) candidates.push(file);
      }
    }
  const random = seeded(Number(values.seed));
  const drawn: string[] = [];
  const pool = [...candidates];
  while (drawn.length < Number(values.from) + Number(values.count) && pool.length > 0)
    drawn.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as string);
  const pipeline = createPipeline();
  let n = 0;
  for (const file of drawn.slice(Number(values.from))) {
    n++;
    for await (const item of acquire([file])) {
      if (item.kind !== "document") continue;
      const a = pipeline.analyze(item.doc);
      const states = new Set(a.entities.filter((e) => e.type === "GPE").map((e) => e.country));
      if (states.size < Number(values.states)) continue;
      const out = [
        `=== ${Number(values.from) + n}. ${file.slice(DEFAULT_CORPUS.length + 1)} (${a.document.published ?? "-"})`,
      ];
      out.push(`TITLE ${a.document.title ?? ""}`);
      out.push(a.document.text.replace(/\s*\n+\s*/gu, "\n"));
      out.push("-- events");
      for (const e of a.events)
        out.push(
          `  ${e.type}${e.mode ? `/${e.mode}` : ""} ${e.actor.map((p) => p.country ?? "-").join("+") || "-"} → ${e.recipient.map((p) => p.country ?? "-").join("+") || "-"}${e.negated ? " NEG" : ""} ${e.modality === "asserted" ? "" : e.modality} «${e.evidence.text.replace(/\s+/gu, " ").slice(0, 90)}»`,
        );
      process.stdout.write(`${out.join("\n")}\n\n`);
    }
  }
  process.stdout.write(`${candidates.length} candidates\n`);
}

await main();
