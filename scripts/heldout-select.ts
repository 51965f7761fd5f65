// Lists the articles of held-out sets 2 and 3 (test/gold-heldout): fixed, reproducible draws from
// ../shared/corpora/ant-bbc-cnn that look only at the raw text, never at what Rasd makes of it.
//
//   npx tsx scripts/heldout-select.ts [--set 2|3] [--all]
//
// Candidates: files of the internationalNews and middleEast sections whose <TEXT> has at most
// 900 words, names at least two different states of COUNTRIES and holds at least one word of
// TRIGGERS, and that is not referenced elsewhere in the repository:
// - set 2 (the default): no file under test/ names it (test/gold-heldout itself aside). Sorted by
//   file name, the draw takes every STEP-th candidate (candidates / 15) from index 7 on.
// - set 3: no file under test/, docs/ or scripts/ names it, by path or by its short name
//   (`BB-middleEast-272`), set 2's gold included; set 3's own gold (a note saying "set 3") and
//   the "Held-out set 3" section of docs/EVENTS.md aside. The draw takes every 117th candidate
//   from index 50 on.
// --all prints every candidate with its index (for replacing a drawn article that holds no
// interstate event by the next candidate after it).
import { readFileSync, readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "../shared/corpora/ant-bbc-cnn");
const SECTIONS = ["internationalNews", "middleEast"];
const MAX_WORDS = 900;
const COUNT = 15;
const SET = process.argv.includes("--set") ? process.argv[process.argv.indexOf("--set") + 1] : "2";
if (SET !== "2" && SET !== "3") {
  process.stderr.write(`heldout-select: --set takes 2 or 3, not ${SET ?? "nothing"}\n`);
  process.exit(2);
}

/** One surface form per state (several for a few), written as the outlets spell them. */
const COUNTRIES: string[][] = [
  ["الولايات المتحدة", "واشنطن"],
  ["روسيا", "موسكو"],
  ["الصين", "بكين"],
  ["إيران", "طهران"],
  ["السعودية", "الرياض"],
  ["تركيا", "أنقرة"],
  ["إسرائيل"],
  ["مصر", "القاهرة"],
  ["قطر", "الدوحة"],
  ["الإمارات"],
  ["سوريا", "دمشق"],
  ["العراق", "بغداد"],
  ["الأردن"],
  ["لبنان", "بيروت"],
  ["فرنسا", "باريس"],
  ["بريطانيا", "لندن"],
  ["ألمانيا", "برلين"],
  ["اليابان", "طوكيو"],
  ["الهند"],
  ["باكستان"],
  ["كوريا الشمالية", "بيونغيانغ"],
  ["كوريا الجنوبية", "سول"],
  ["اليمن"],
  ["ليبيا"],
  ["الكويت"],
  ["البحرين"],
  ["المغرب"],
  ["الجزائر"],
  ["السودان"],
  ["أفغانستان"],
  ["أوكرانيا"],
  ["كندا"],
];

const TRIGGERS = [
  "زيارة",
  "محادثات",
  "اتفاق",
  "عقوبات",
  "هدد",
  "اتهم",
  "غارات",
  "قصف",
  "مساعدات",
  "سفير",
  "قمة",
  "انسحاب",
];

/** A form stands as a word: no Arabic letter right after it, nothing or one or two of و ف ب ل after a non-letter before it. */
function hasWord(text: string, form: string): boolean {
  return new RegExp(`(?:^|[^\\p{L}]|[^\\p{L}][وفبل]{1,2})${form}(?![\\p{L}])`, "u").test(text);
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
}

/** Corpus files named under test/, except by this set's own gold (so the draw stays reproducible). */
function referencedUnderTest(): Set<string> {
  const seen = new Set<string>();
  for (const f of files(join(ROOT, "test")).filter((f) => !f.includes("/test/gold-heldout/")))
    for (const m of readFileSync(f, "utf8").matchAll(/ant-bbc-cnn\/[^"\s]+/g)) seen.add(basename(m[0]));
  return seen;
}

/** Short name of a corpus file: `BB-middleEast-272` for `BB-middleEast-272-20180401.txt`. */
const SHORT = /\b(?:BB|CN)-[A-Za-z]+-\d+/g;

/**
 * Corpus files (short names) named anywhere under test/, docs/ or scripts/, by path or short name,
 * except by set 3's own gold files and its section of docs/EVENTS.md (so the draw stays reproducible).
 */
function referencedInRepository(): Set<string> {
  const seen = new Set<string>();
  for (const dir of ["test", "docs", "scripts"])
    for (const f of files(join(ROOT, dir))) {
      let text = readFileSync(f, "utf8");
      if (f.includes("/test/gold-heldout/") && /"note":\s*"[^"]*\bset 3\b/i.test(text)) continue;
      if (f.endsWith("/docs/EVENTS.md")) text = text.replace(/^### Held-out set 3[\s\S]*?(?=^##)/m, "");
      for (const m of text.matchAll(SHORT)) seen.add(m[0]);
    }
  return seen;
}

const shortName = (f: string): string => basename(f).match(SHORT)?.[0] ?? basename(f);
const used = SET === "2" ? referencedUnderTest() : referencedInRepository();
const isUsed = (f: string): boolean => (SET === "2" ? used.has(basename(f)) : used.has(shortName(f)));
const START = SET === "2" ? 7 : 50;
const candidates: string[] = [];
for (const f of files(CORPUS).sort((a, b) => basename(a).localeCompare(basename(b)))) {
  if (!SECTIONS.some((s) => basename(f).includes(`-${s}-`)) || isUsed(f)) continue;
  const raw = readFileSync(f, "utf8");
  const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? "";
  if (text.split(/\s+/).filter(Boolean).length > MAX_WORDS) continue;
  const states = COUNTRIES.filter((forms) => forms.some((w) => hasWord(text, w))).length;
  if (states < 2 || !TRIGGERS.some((w) => text.includes(w))) continue;
  candidates.push(relative(CORPUS, f));
}

const step = SET === "2" ? Math.floor(candidates.length / COUNT) : 117;
process.stdout.write(`set ${SET}: ${candidates.length} candidates, step ${step}, start ${START}\n`);
candidates.forEach((c, i) => {
  if (process.argv.includes("--all") || (i >= START && (i - START) % step === 0 && i < START + COUNT * step))
    process.stdout.write(`${i}\t${c}\n`);
});
