// Ranks the words of the sentences that name two states but carry no event, to find the trigger
// words and senses lexicons/triggers.tsv lacks (docs/EVENTS.md, "Eighth pass: the vocabulary the
// corpus needs").
//
//   npx tsx scripts/uncoded-words.ts [--corpus DIR] [--limit N] [--top 150] [--examples 2]
//     [--stem] [--lacking] [--bare] [--min-ratio 0] [--word W] [--seed 1] [--sentences FILE]
//
// Every article is analysed as `rasd analyze` does. A sentence is a candidate when the mentions
// found in it (GPE, ORG, PERSON, with their `country`; IGO counts as a party, as in the gold) give
// at least two different countries, and it is silent when no event's evidence starts inside it.
// Each word of a silent sentence is counted once per sentence by its matching key without
// proclitics (the key the trigger lexicon matches: `واتهمت` → `اتهمت`), or by its light stem with
// --stem; tokens inside entity mentions, digits, short words and function words are skipped.
// The ranking is by silent sentences; `ratio` is silent ÷ (sentences with an event + 1), so a
// word the lexicon lacks (high ratio) stands apart from a generic one (ratio near the corpus's).
// --lacking skips the tokens where a trigger form of the lexicon begins (silent for another reason:
// arguments, constraints), to leave the words the lexicon does not have at all.
// --bare counts only the silent sentences that hold no trigger form at all: the purest view of
// the vocabulary the lexicon lacks (the others are silent for their arguments, needs or senses).
// --word W prints every silent sentence with that key (or stem with --stem), in a seeded random
// order, to read a word's senses before writing its row. --sentences FILE writes every silent
// sentence (document, tab, sentence), to grep many words without analysing the corpus again.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { keyOf } from "../src/arabic/normalize.ts";
import { BARE } from "../src/arabic/phrases.ts";
import { findEvents } from "../src/events/index.ts";
import { compileStages } from "../src/pipeline/run.ts";
import type { Token } from "../src/pipeline/types.ts";
import { DEFAULT_CORPUS, corpusMissing } from "./corpus.ts";
import { documentsWithEntities, sentencesWithEvent, statesBySentence } from "./sentence-states.ts";
import { seeded } from "./seeded.ts";

const { values } = parseArgs({
  options: {
    corpus: { type: "string", default: DEFAULT_CORPUS },
    limit: { type: "string" },
    top: { type: "string", default: "150" },
    examples: { type: "string", default: "2" },
    stem: { type: "boolean", default: false },
    lacking: { type: "boolean", default: false },
    bare: { type: "boolean", default: false },
    "min-ratio": { type: "string", default: "0" },
    word: { type: "string" },
    seed: { type: "string", default: "1" },
    sentences: { type: "string" },
  },
});

/** Function words of news prose: never an act by themselves. */
const STOP = new Set(
  (
    "في من على إلى الى عن مع أن ان إن أنه انه إنه أنها انها إنها التي الذي الذين اللذين اللتين هذا هذه ذلك تلك " +
    "هو هي هم هما كان كانت يكون تكون قد لقد لم لن لا ما ماذا وقد كما بعد قبل بين حول خلال منذ حتى عند عندما " +
    "أو او ثم بل لكن لكنه لكنها غير أي كل بعض أكثر أقل أيضا ايضا وقال قال قالت يقول تقول وأضاف أضاف أضافت " +
    "وأكد أكد أكدت مضيفا مشيرا وأشار أشار أشارت حيث وفي إذا اذا إلا الا فيه فيها فيما به بها له لها لهم منه منها " +
    "عليه عليها عليهم إليه إليها اليها الآن الان اليوم أمس يوم العام عام الماضي الماضية الحالي المقبل المقبلة " +
    "وذلك ضد تحت فوق وراء أمام دون نحو وفقا وفق لدى لـ ب ل و ف"
  )
    .split(/\s+/u)
    .map(keyOf),
);

/** The key the trigger lexicon matches: proclitics off, pronoun suffix kept. */
const wordKey = (t: Token): string => (t.segments ? t.segments.core + t.segments.suffix : t.key);

async function main(): Promise<void> {
  const corpus = values.corpus as string;
  if (corpusMissing(corpus)) return;
  const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;
  const byStem = values.stem === true;
  const lacking = values.lacking === true;
  const wanted = values.word ? (byStem ? values.word : keyOf(values.word)) : null;

  const stages = compileStages();
  const { events: eventOptions } = stages;

  const silent = new Map<string, number>();
  const coded = new Map<string, number>();
  const forms = new Map<string, Map<string, number>>();
  const examples = new Map<string, string[]>();
  const hits: string[] = [];
  const quietLines: string[] = [];
  const k = Number(values.examples);
  let articles = 0;
  let candidates = 0;
  let silentSentences = 0;
  /** Silent sentences where a trigger form of the lexicon begins on some token. */
  let silentWithTrigger = 0;
  for await (const { doc, text, found } of documentsWithEntities(corpus, limit, stages)) {
    articles++;
    const events = findEvents(text, found, { ...eventOptions, published: doc.published });
    const countries = statesBySentence(text, found);
    const inMention = new Uint8Array(text.tokens.length);
    for (const m of found.mentions) for (let i = m.firstToken; i < m.endToken; i++) inMention[i] = 1;
    const withEvent = sentencesWithEvent(text, events);
    text.sentences.forEach((sentence, s) => {
      if ((countries[s] as Set<string>).size < 2) return;
      candidates++;
      const quiet = !withEvent.has(s);
      if (quiet) {
        silentSentences++;
        let triggered = false;
        for (let i = sentence.firstToken; i < sentence.endToken && !triggered; i++)
          triggered = !inMention[i] && eventOptions.triggers.matchAt(text.tokens, i, BARE) !== null;
        if (triggered) silentWithTrigger++;
        if (triggered && values.bare) return;
        if (values.sentences)
          quietLines.push(
            `${doc.uri ?? "-"}\t${text.text.slice(sentence.start, sentence.end).replace(/\s+/gu, " ")}\n`,
          );
      }
      const seen = new Set<string>();
      for (let i = sentence.firstToken; i < sentence.endToken; i++) {
        const t = text.tokens[i] as Token;
        if (inMention[i] || /\d/u.test(t.key)) continue;
        if (lacking && eventOptions.triggers.matchAt(text.tokens, i, BARE)) continue;
        const form = wordKey(t);
        if (form.length < 3 || STOP.has(form) || STOP.has(t.key)) continue;
        const key = byStem ? (t.stem ?? form) : form;
        if (seen.has(key)) continue;
        seen.add(key);
        const table = quiet ? silent : coded;
        table.set(key, (table.get(key) ?? 0) + 1);
        if (!quiet) continue;
        const f = forms.get(key) ?? new Map<string, number>();
        f.set(t.text, (f.get(t.text) ?? 0) + 1);
        forms.set(key, f);
        const line = `${doc.uri ?? "-"}: ${text.text.slice(sentence.start, sentence.end).replace(/\s+/gu, " ")}`;
        if (wanted !== null && key === wanted) hits.push(line);
        const ex = examples.get(key) ?? [];
        if (ex.length < k) ex.push(line);
        examples.set(key, ex);
      }
    });
  }
  if (values.sentences) writeFileSync(values.sentences, quietLines.join(""));
  const out: string[] = [];
  if (wanted !== null) {
    const random = seeded(Number(values.seed));
    const order = hits.map((h) => ({ h, r: random() })).sort((a, b) => a.r - b.r);
    out.push(`${hits.length} silent sentences with ${wanted} (${coded.get(wanted) ?? 0} with an event)`);
    for (const { h } of order) out.push(`- ${h}`);
  } else {
    const minRatio = Number(values["min-ratio"]);
    const ratio = (w: string) => (silent.get(w) ?? 0) / ((coded.get(w) ?? 0) + 1);
    out.push(
      `${articles} articles; ${candidates} sentences naming two states, ${silentSentences} of them with no event`,
      `${silentWithTrigger} of the silent sentences hold a trigger form of the lexicon (silent for their arguments, needs or senses); ${silentSentences - silentWithTrigger} hold none`,
      "",
      "rank  word  silent  with-event  ratio  forms",
    );
    const ranked = [...silent.entries()].filter(([w]) => ratio(w) >= minRatio).sort((a, b) => b[1] - a[1]);
    ranked.slice(0, Number(values.top)).forEach(([w, n], r) => {
      const f = [...(forms.get(w) ?? new Map<string, number>()).entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([x]) => x)
        .join("، ");
      out.push(`${r + 1}. ${w}  ${n}  ${coded.get(w) ?? 0}  ${ratio(w).toFixed(1)}  ${f}`);
      for (const e of examples.get(w) ?? []) out.push(`     ${e.length > 260 ? `${e.slice(0, 260)}…` : e}`);
    });
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

await main();
