// A digest of the full-text index's tsvector literal (`searchIndex`) of every document of a corpus:
// one sha256 per document and one over all of them. Run it before and after a change to the
// lexemes' code (src/store/search-terms.ts, the display normalization): the same total proves
// every literal byte-identical. The files are analysed in this thread, without the store rows.
//   npx tsx scripts/search-digest.ts [corpus folder] [--limit N] [--out FILE]
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { relative } from "node:path";
import { parseArgs } from "node:util";
import { listInputs } from "../src/acquire/index.ts";
import { createPool } from "../src/pipeline/pool.ts";
import { searchIndex } from "../src/store/prepare.ts";
import { DEFAULT_CORPUS } from "./corpus.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: "string" }, out: { type: "string" } },
});
const corpus = positionals[0] ?? DEFAULT_CORPUS;
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) {
  process.stderr.write("usage: search-digest.ts [corpus] [--limit N > 0] [--out FILE]\n");
  process.exit(2);
}

const files = listInputs(corpus).slice(0, limit);
const pool = await createPool({ jobs: 0, forStore: false });
const total = createHash("sha256");
const lines: string[] = [];
let documents = 0;
let characters = 0;
try {
  for (const path of files) {
    const result = await pool.analyze({ kind: "file", path });
    for (const item of result.items) {
      if (item.kind !== "document") continue;
      const literal = searchIndex(item.doc.analysis);
      const digest = createHash("sha256").update(literal).digest("hex");
      total.update(`${digest}\n`);
      lines.push(`${relative(corpus, path)}\t${digest}`);
      documents++;
      characters += literal.length;
    }
  }
} finally {
  await pool.close();
}
const summary = `${files.length} files, ${documents} tsvector literals (${characters} characters), total ${total.digest("hex")}`;
if (values.out) writeFileSync(values.out, `${lines.join("\n")}\n${summary}\n`);
process.stdout.write(`${summary}\n`);
