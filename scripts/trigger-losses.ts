// A loss account of the trigger lexicon: what became of every trigger form found in the sentences
// that name two different states: an event, or the reason it gave none (docs/EVENTS.md, "Eighth
// pass: why trigger hits give no event").
//
//   npx tsx scripts/trigger-losses.ts [--corpus DIR] [--limit N] [--save FILE] [--from FILE]
//     [--reason R --sample N --seed S] [--type T] [--silent]
//
// Every article is analysed as `scripts/uncoded-words.ts` does, with an `explain` sink passed to
// findEvents (the pipeline passes none). A sentence counts when its GPE, ORG and PERSON mentions
// give at least two different countries; it is silent when no event's evidence starts inside it.
// Each trigger form is told once: `skipped` reasons come from findTriggers (the row's constraint,
// a name, the object of another trigger), the others from findEvents; `merged` is an event that
// mergeRepeats folded into an earlier one. --save writes the records as JSON lines and --from reads
// them back, so samples of several reasons need one analysis of the corpus. --reason prints N
// seeded random records of that reason (--type and --silent narrow them): the trigger, its type,
// the parties found and the sentence.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { BARE } from "../src/arabic/phrases.ts";
import { findEvents, type LossSink } from "../src/events/index.ts";
import { compileStages } from "../src/pipeline/run.ts";
import type { Event, Party, Token } from "../src/pipeline/types.ts";
import { DEFAULT_CORPUS, corpusMissing } from "./corpus.ts";
import { documentsWithEntities, sentencesWithEvent, statesBySentence } from "./sentence-states.ts";
import { seeded } from "./seeded.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: DEFAULT_CORPUS },
    limit: { type: "string" },
    save: { type: "string" },
    from: { type: "string" },
    reason: { type: "string" },
    type: { type: "string" },
    sample: { type: "string", default: "20" },
    seed: { type: "string", default: "1" },
    silent: { type: "boolean", default: false },
  },
});

interface Loss {
  document: string;
  trigger: string;
  type: string;
  reason: string;
  actor: string;
  recipient: string;
  silent: boolean;
  sentence: string;
}

const parties = (ps: readonly Party[]) => ps.map((p) => `${p.text} (${p.country ?? "-"})`).join(" + ") || "-";
const eventKey = (e: Event) =>
  `${e.type}|${e.evidence.start}|${e.modality}|${e.negated}|${[...e.actor, ...e.recipient].map((p) => p.country).join(",")}`;

async function analyse(corpus: string, limit: number): Promise<Loss[]> {
  const stages = compileStages();
  const { events: eventOptions } = stages;
  const { triggers } = eventOptions;
  const losses: Loss[] = [];
  for await (const { doc, text, found } of documentsWithEntities(corpus, limit, stages)) {
    const told: {
      first: number;
      end: number;
      reason: string;
      actor: string;
      recipient: string;
      made?: Event;
    }[] = [];
    const explain: LossSink = {
      skipped: (first, end, reason) => told.push({ first, end, reason, actor: "-", recipient: "-" }),
      hit: (hit, reason, actor, recipient, made) =>
        told.push({
          first: hit.first,
          end: hit.end,
          reason,
          actor: parties(actor),
          recipient: parties(recipient),
          ...(made ? { made } : {}),
        }),
    };
    const events = findEvents(text, found, { ...eventOptions, published: doc.published, explain });
    const kept = new Set(events.map(eventKey));
    const countries = statesBySentence(text, found);
    const withEvent = sentencesWithEvent(text, events);
    for (const t of told) {
      const s = (text.tokens[t.first] as Token).sentence;
      if ((countries[s] as Set<string>).size < 2) continue;
      const sentence = text.sentences[s] as (typeof text.sentences)[number];
      const first = text.tokens[t.first] as Token;
      const last = text.tokens[t.end - 1] as Token;
      const type = triggers.matchAt(text.tokens, t.first, BARE)?.values[0]?.type ?? "-";
      losses.push({
        document: doc.uri ?? "-",
        trigger: text.text.slice(first.start, last.end),
        type,
        reason: t.made && !kept.has(eventKey(t.made)) ? "merged with a repeat" : t.reason,
        actor: t.actor,
        recipient: t.recipient,
        silent: !withEvent.has(s),
        sentence: text.text.slice(sentence.start, sentence.end).replace(/\s+/gu, " "),
      });
    }
  }
  return losses;
}

function table(losses: readonly Loss[]): string[] {
  const byReason = new Map<string, { all: number; silent: number }>();
  const byType = new Map<string, Map<string, number>>();
  for (const l of losses) {
    const r = byReason.get(l.reason) ?? { all: 0, silent: 0 };
    r.all++;
    if (l.silent) r.silent++;
    byReason.set(l.reason, r);
    const t = byType.get(l.type) ?? new Map<string, number>();
    t.set(l.reason, (t.get(l.reason) ?? 0) + 1);
    byType.set(l.type, t);
  }
  const reasons = [...byReason.entries()].sort((a, b) => b[1].all - a[1].all);
  const top = reasons.slice(0, 8).map(([r]) => r);
  const out = [
    `${losses.length} trigger forms in sentences naming two states; ${losses.filter((l) => l.silent).length} in sentences with no event`,
    "",
    "| reason | forms | in silent sentences |",
    "|---|---|---|",
    ...reasons.map(([r, n]) => `| ${r} | ${n.all} | ${n.silent} |`),
    "",
    `| type | ${top.join(" | ")} | other |`,
    `|---|${top.map(() => "---|").join("")}---|`,
  ];
  const types = [...byType.entries()].sort(
    (a, b) => [...b[1].values()].reduce((x, y) => x + y, 0) - [...a[1].values()].reduce((x, y) => x + y, 0),
  );
  for (const [type, counts] of types) {
    const other = [...counts.entries()].filter(([r]) => !top.includes(r)).reduce((x, [, n]) => x + n, 0);
    out.push(`| ${type} | ${top.map((r) => counts.get(r) ?? 0).join(" | ")} | ${other} |`);
  }
  return out;
}

async function main(): Promise<void> {
  let losses: Loss[];
  if (values.from) {
    losses = readFileSync(values.from, "utf8")
      .split("\n")
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Loss);
  } else {
    const corpus = values.corpus as string;
    if (corpusMissing(corpus)) return;
    losses = await analyse(corpus, values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY);
    if (values.save) writeFileSync(values.save, losses.map((l) => `${JSON.stringify(l)}\n`).join(""));
  }
  if (!values.reason) {
    process.stdout.write(`${table(losses).join("\n")}\n`);
    return;
  }
  const chosen = losses.filter(
    (l) =>
      l.reason === values.reason && (!values.type || l.type === values.type) && (!values.silent || l.silent),
  );
  const random = seeded(Number(values.seed));
  const order = chosen.map((l) => ({ l, r: random() })).sort((a, b) => a.r - b.r);
  const out = [`${chosen.length} trigger forms dropped as "${values.reason}"`];
  for (const { l } of order.slice(0, Number(values.sample)))
    out.push(
      `- ${l.trigger} [${l.type}] actor ${l.actor}; recipient ${l.recipient}${l.silent ? "; silent" : ""}`,
      `  ${l.document}: ${l.sentence.length > 400 ? `${l.sentence.slice(0, 400)}…` : l.sentence}`,
    );
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
