// The `rasd` command line: wires commands and turns errors into one clear line and an exit code.
import { Command, CommanderError } from "commander";
import { InputError, UsageError } from "../pipeline/errors.ts";
import { registerAnalyze } from "./commands/analyze.ts";
import { registerBench } from "./commands/bench.ts";
import { registerDemo } from "./commands/demo.ts";
import { registerEval } from "./commands/eval.ts";
import { registerExport } from "./commands/export.ts";
import { registerIngest } from "./commands/ingest.ts";
import { registerLink } from "./commands/link.ts";
import { registerList } from "./commands/list.ts";
import { registerSchema } from "./commands/schema.ts";
import { registerSearch } from "./commands/search.ts";
import { registerServe } from "./commands/serve.ts";

const program = new Command();
program
  .name("rasd")
  .description("رصد — event data from Arabic news: who did what to whom, when, on whose word")
  .version("0.1.0")
  .showHelpAfterError()
  .exitOverride();

registerAnalyze(program);
registerSchema(program);
registerEval(program);
registerIngest(program);
registerList(program);
registerLink(program);
registerDemo(program);
registerExport(program);
registerServe(program);
registerBench(program);
registerSearch(program);

try {
  await program.parseAsync(process.argv);
} catch (e) {
  process.exitCode = exitCodeFor(e);
}

function exitCodeFor(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (e instanceof InputError || e instanceof UsageError) {
    process.stderr.write(`rasd: ${e.message}\n`);
    return 2;
  }
  const err = e as Error;
  process.stderr.write(`rasd: ${err.message}\n`);
  if (process.env.RASD_DEBUG) process.stderr.write(`${err.stack}\n`);
  return 1;
}
