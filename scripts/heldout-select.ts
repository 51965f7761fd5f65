// Lists the articles of held-out set 2 (test/gold-heldout): a fixed, reproducible draw from
// ../shared/corpora/ant-bbc-cnn that looks only at the raw text, never at what Rasd makes of it.
//
//   npx tsx scripts/heldout-select.ts [--all]
//
// Candidates: files of the internationalNews and middleEast sections whose <TEXT> has at most
// 900 words, names at least two different states of COUNTRIES and holds at least one word of
// TRIGGERS, and that no file under test/ references (test/gold-heldout itself aside). Sorted by file name, the draw takes every
// STEP-th candidate from START on; --all prints every candidate with its index (for replacing
// a drawn article that holds no interstate event by the next candidate after it).
import { readFileSync, readdirSync } from "node:fs";
import { basename, join, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");
const CORPUS = join(ROOT, "../shared/corpora/ant-bbc-cnn");
const SECTIONS = ["internationalNews", "middleEast"];
const MAX_WORDS = 900;
const COUNT = 15;
const START = 7;

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

const used = referencedUnderTest();
const candidates: string[] = [];
for (const f of files(CORPUS).sort((a, b) => basename(a).localeCompare(basename(b)))) {
  if (!SECTIONS.some((s) => basename(f).includes(`-${s}-`)) || used.has(basename(f))) continue;
  const raw = readFileSync(f, "utf8");
  const text = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? "";
  if (text.split(/\s+/).filter(Boolean).length > MAX_WORDS) continue;
  const states = COUNTRIES.filter((forms) => forms.some((w) => hasWord(text, w))).length;
  if (states < 2 || !TRIGGERS.some((w) => text.includes(w))) continue;
  candidates.push(relative(CORPUS, f));
}

const step = Math.floor(candidates.length / COUNT);
process.stdout.write(`${candidates.length} candidates, step ${step}, start ${START}\n`);
candidates.forEach((c, i) => {
  if (process.argv.includes("--all") || (i >= START && (i - START) % step === 0 && i < START + COUNT * step))
    process.stdout.write(`${i}\t${c}\n`);
});
