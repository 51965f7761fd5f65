// Counts, over a corpus folder, the trigger hits that the stem notation of lexicons/triggers.tsv
// adds to the explicit forms, by surface form, with one sentence each to eyeball (docs/EVENTS.md,
// "Trigger morphology and coverage"). A form that is a common word of another sense shows here.
// Usage: npx tsx scripts/trigger-forms.ts [--corpus DIR] [--limit N] [--top 60]
import { parseArgs } from "node:util";
import { acquire } from "../src/acquire/index.ts";
import { cleanDocument, compileCleanOptions } from "../src/clean/index.ts";
import { keyOf } from "../src/arabic/normalize.ts";
import { tokenize } from "../src/arabic/tokens.ts";
import { compileTriggers, findTriggers } from "../src/events/triggers.ts";
import { compileTypeRules } from "../src/events/types.ts";
import { cue, loadLexicons } from "../src/pipeline/lexicons.ts";
import { DEFAULT_CORPUS, corpusMissing } from "./corpus.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: DEFAULT_CORPUS },
    limit: { type: "string" },
    top: { type: "string", default: "60" },
  },
});

async function main(): Promise<void> {
  const corpus = values.corpus as string;
  if (corpusMissing(corpus)) return;
  const lex = loadLexicons();
  const withStems = compileTriggers(lex.triggers);
  const explicitOnly = compileTriggers(lex.triggers.map((r) => ({ ...r, stems: "", except: "" })));
  const types = compileTypeRules(lex.eventTypes);
  const clean = compileCleanOptions(lex, {});
  const proclitics = cue(lex, "proclitic").map(keyOf);
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const counts = new Map<string, { type: string; n: number; example: string }>();
  let articles = 0;
  let added = 0;
  for await (const item of acquire([corpus])) {
    if (item.kind !== "document") continue;
    const text = cleanDocument(item.doc, clean).text;
    const { tokens } = tokenize(text, { proclitics });
    const none = new Set<number>();
    const before = new Set(findTriggers(tokens, explicitOnly, none, types).map((h) => h.first));
    for (const hit of findTriggers(tokens, withStems, none, types)) {
      if (before.has(hit.first)) continue;
      added++;
      const form = tokens
        .slice(hit.first, hit.end)
        .map((t) => t.key)
        .join(" ");
      const c = counts.get(form) ?? { type: hit.trigger.type, n: 0, example: "" };
      c.n++;
      if (!c.example) {
        const from = tokens[Math.max(0, hit.first - 6)]?.start ?? 0;
        const to = tokens[Math.min(tokens.length - 1, hit.end + 6)]?.end ?? text.length;
        c.example = text.slice(from, to).replace(/\s+/gu, " ");
      }
      counts.set(form, c);
    }
    if (++articles >= limit) break;
  }
  const rows = [...counts.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, Number(values.top));
  const out = [
    `${articles} articles: ${added} trigger hits added by generated forms, ${counts.size} distinct forms`,
    "",
    ...rows.map(([form, c]) => `${String(c.n).padStart(5)}  ${c.type.padEnd(9)} ${form}  «${c.example}»`),
  ];
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
