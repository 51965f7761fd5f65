// `rasd analyze INPUT`: one article in (a file, `-`, a URL), one rasd.analysis/1 object out.
import type { Command } from "commander";
import { acquire } from "../../acquire/index.ts";
import { detectLanguage, loadLanguages } from "../../clean/language.ts";
import { InputError } from "../../pipeline/errors.ts";
import { createPipeline } from "../../pipeline/run.ts";
import { analysisSchema } from "../../pipeline/schema.ts";
import type { RawDocument } from "../../pipeline/types.ts";
import { type AcquireFlags, acquireOptionsFrom, addAcquireOptions } from "../acquire-options.ts";
import { formatAnalysis } from "../format.ts";

/** The one document of an input; more than one, or none, is an InputError. */
async function oneDocument(input: string, flags: AcquireFlags): Promise<RawDocument> {
  const docs: RawDocument[] = [];
  let problem: InputError | null = null;
  for await (const item of acquire([input], acquireOptionsFrom(flags))) {
    if (item.kind === "document") docs.push(item.doc);
    else if (item.kind === "error") problem ??= new InputError(item.input, item.problem);
    if (docs.length > 1) break;
  }
  if (docs.length > 1)
    throw new InputError(input, "holds several documents; analyze takes one (use `rasd ingest` for many)");
  const [doc] = docs;
  if (!doc) throw problem ?? new InputError(input, "holds no document");
  return doc;
}

export function registerAnalyze(program: Command): void {
  const cmd = program
    .command("analyze")
    .description("analyse one article and print its entities and events")
    .argument(
      "<input>",
      "an article file (text, HTML, TREC XML, JSON), an http(s) URL, or - for standard input",
    )
    .option("--json", "print the rasd.analysis/1 JSON object");
  addAcquireOptions(cmd).action(async (input: string, opts: AcquireFlags & { json?: boolean }) => {
    const raw = await oneDocument(input, opts);
    let analysis = createPipeline().analyze(raw);
    const language = detectLanguage(analysis.document.text, loadLanguages(), raw.meta.lang);
    if (language !== "ar") {
      process.stderr.write(`rasd: ${input}: the text is not Arabic (${language}); it is not analysed\n`);
      analysis = { ...analysis, entities: [], events: [], quotes: [] };
    }
    const checked = analysisSchema.safeParse(analysis);
    if (!checked.success)
      throw new Error(`internal error: output fails rasd.analysis/1: ${checked.error.message}`);
    process.stdout.write(opts.json ? `${JSON.stringify(analysis, null, 2)}\n` : formatAnalysis(analysis));
  });
}
