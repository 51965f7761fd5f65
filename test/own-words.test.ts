// The project's own words: no run of RUN Arabic words in our source, tests or lexicons stands word for
// word in an article of the shared corpus. Quoting a few words names a wording; a longer run is a copied
// clause, and test sentences are sentences we write ourselves. Gold files are left out: their evidence
// quotes the articles they annotate by design.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT, SHARED } from "./helpers.ts";

const CORPUS = join(SHARED, "corpora/ant-bbc-cnn");
/** Long enough that titles and names with a verb (`وزير الخارجية الأمريكي مايك بومبيو`) do not count. */
const RUN = 8;
const ARABIC_RUN = /[\u0600-\u06FF][\u0600-\u06FF\s،"]+[\u0600-\u06FF]/gu;

function files(dir: string, ends: RegExp): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ends.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Every run of RUN words of Arabic text in the file, with its line. */
function runsOf(text: string): Map<string, number> {
  const out = new Map<string, number>();
  text.split("\n").forEach((line, i) => {
    for (const m of line.matchAll(ARABIC_RUN)) {
      const w = m[0].split(/\s+/u);
      for (let j = 0; j + RUN <= w.length; j++) out.set(w.slice(j, j + RUN).join(" "), i + 1);
    }
  });
  return out;
}

test(
  "own words: no run of eight words from a corpus article stands in our source, tests or lexicons",
  existsSync(CORPUS) ? {} : { skip: `${CORPUS} is absent: nothing to compare with` },
  () => {
    const ours = new Map<string, string>();
    const mine = [
      ...files(join(ROOT, "src"), /\.ts$/u),
      ...files(join(ROOT, "test"), /\.ts$/u),
      ...files(join(ROOT, "lexicons"), /\.tsv$/u),
      ...files(join(ROOT, "test/fixtures"), /\.(txt|html)$/u),
    ];
    for (const f of mine)
      for (const [run, line] of runsOf(readFileSync(f, "utf8")))
        ours.set(run, `${f.slice(ROOT.length + 1)}:${line}`);
    const found = new Set<string>();
    for (const f of files(CORPUS, /\.txt$/u)) {
      const w = readFileSync(f, "utf8").split(/\s+/u);
      for (let j = 0; j + RUN <= w.length; j++) {
        const where = ours.get(w.slice(j, j + RUN).join(" "));
        if (where) found.add(`${where}: ${w.slice(j, j + RUN).join(" ")}`);
      }
    }
    assert.deepEqual([...found].sort(), [], "write these in our own words");
  },
);
