// `rasd schema`: the rasd.analysis/1 contract as JSON Schema.
import type { Command } from "commander";
import { analysisJsonSchema } from "../../pipeline/schema.ts";

export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("print the rasd.analysis/1 output contract as JSON Schema")
    .action(() => {
      process.stdout.write(`${JSON.stringify(analysisJsonSchema(), null, 2)}\n`);
    });
}
