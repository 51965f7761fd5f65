// Lines an outlet puts between the paragraphs of its own article: headlines of related
// articles (BBC Arabic: `من يقف وراء موجة الاعتقالات الأخيرة؟` alone on a line),
// separator rules, and at the tail, leads of other articles cut at a fixed length (CNN Arabic).
import { keyOf } from "../arabic/normalize.ts";
import { BULLET_LINE } from "../arabic/regexes.ts";
import { leadBlockStart } from "./lead-block.ts";
import { CONJUNCTION_START, QUESTION_FINAL, SEPARATOR_LINE } from "./regexes.ts";

export interface RelatedLineOptions {
  /** Shortest and longest related headline, in words. */
  minWords: number;
  maxWords: number;
  /**
   * Share of long lines (more than maxWords words) that must end like a sentence before short
   * unpunctuated lines are taken for headlines: an outlet that ends no paragraph with a full stop
   * gives no such signal.
   */
  minPunctuatedShare: number;
  /** Length, in characters, at which an outlet cuts the leads of other articles ([min, max]). */
  teaserLength: readonly [number, number];
  /** Fewest lines in a tail of other articles' leads that nothing marks (CNN Arabic). */
  minLeadTail: number;
  /** How many leads of other articles such a tail holds in all (CNN Arabic: five; lead-block.ts). */
  leadBlock: number;
  /** Keys of the outlets that end their bodies with such unmarked leads (`cnn`). */
  leadTailOutlets: ReadonlySet<string>;
  /**
   * Share of the body's later paragraphs that must open with a conjunction or an opener (`وقال`,
   * `لكن`) before a tail of paragraphs that open without one is taken for other articles' leads.
   */
  minConnectedShare: number;
  /** Keys of words that open a paragraph's continuation, never a headline (`لكن`, `أم`). */
  openers: ReadonlySet<string>;
  /** Keys of nouns that begin with و and may open a headline (`وفاة`); other و-words open body text. */
  wawNouns: ReadonlySet<string>;
  /**
   * Keys of perfect verbs whose root opens with و (`وجه`, `وقع`, `وافق`): a paragraph that opens with one
   * opens a sentence of its own (the conjunction would make it `ووقع`), so it does not continue the one before.
   */
  leadVerbs: ReadonlySet<string>;
  /**
   * Keys of words that open an article's closing paragraph of background (`يذكر`, `يشار`): a paragraph so
   * opened continues the article, and the lines after it that do not continue it are other stories'
   * leads however few they are.
   */
  closers: ReadonlySet<string>;
  /**
   * Keys of openings with the preposition في that open a news lead, not a paragraph going on (`في أول
   * تعليق`, `في رد على`, `في الوقت الذي`), against `في المقابل`, `في الوقت نفسه`.
   */
  leadOpenings: ReadonlySet<string>;
  /** Keys of the forms of كان that, with قد a few words after, tell background (`كان الوفد قد زار`). */
  pluperfect: ReadonlySet<string>;
  /**
   * Keys of the calendar words a date alone on its line is made of: month names word by word and the word
   * before a year (`سبتمبر/ أيلول 2014`, `عام 2011`). Such a line heads a chronology's items; it is no headline.
   */
  dateWords: ReadonlySet<string>;
  /** Keys of the weekday names (`الجمعة`): a line whose first words hold one between commas is a dated lead. */
  weekdays: ReadonlySet<string>;
  /** Keys of the words of a part of the day that may stand before a weekday (`صباح`, `مساء`, `يوم`). */
  dayParts: ReadonlySet<string>;
  /**
   * Fewest dated leads (`اتهم الوزير، الجمعة، …`, `في 28 سبتمبر/أيلول …`) that let a tail of unmarked
   * lines be cut when the article's own paragraphs do not mostly open with a conjunction.
   */
  minDatedLeads: number;
}

export const DEFAULT_RELATED_LINES: RelatedLineOptions = {
  minWords: 3,
  maxWords: 16,
  minPunctuatedShare: 0.7,
  teaserLength: [236, 240],
  minLeadTail: 3,
  leadBlock: 5,
  leadTailOutlets: new Set(),
  minConnectedShare: 0.6,
  openers: new Set(),
  wawNouns: new Set(),
  leadVerbs: new Set(),
  closers: new Set(),
  pluperfect: new Set(),
  leadOpenings: new Set(),
  dateWords: new Set(),
  weekdays: new Set(),
  dayParts: new Set(),
  minDatedLeads: 2,
};

/** Whether a UTF-16 unit is white space as `\s` reads it (surrogates are not). */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The words of `line` (runs of non-space characters, `\S+`), counted up to `cap` + 1 at most (a
 * paragraph is long once past `cap`). A loop over the units: no match object per word.
 */
function words(line: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    // Letters of ASCII and Arabic are decided here, without a call.
    if (c > 0x20 && c < 0x1680 ? c === 0xa0 : isSpace(c)) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++n > cap) return n;
    }
  }
  return n;
}

/** The quotes and brackets CLAUSE_FINAL lets follow the stop: `"` `»` `”` `'` `(` `)`. */
const AFTER_STOP = new Set([0x22, 0xbb, 0x201d, 0x27, 0x28, 0x29]);

/** The stops of CLAUSE_FINAL: `.` `:` `،` `,` `؛` `;` `…`. */
const CLAUSE_STOP = new Set([0x2e, 0x3a, 0x060c, 0x2c, 0x061b, 0x3b, 0x2026]);

/**
 * `endsClause(line)`, read backwards from the end: a regex anchored at the end is tried
 * from every offset of a long paragraph. Spaces, then quotes, then a stop: the three sets share
 * no character, so taking each run whole is the regex's only reading.
 */
export function endsClause(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && isSpace(line.charCodeAt(i))) i--;
  while (i >= 0 && AFTER_STOP.has(line.charCodeAt(i))) i--;
  return i >= 0 && CLAUSE_STOP.has(line.charCodeAt(i));
}

/**
 * A short line that does not end like a sentence: a headline, not a paragraph. `n`: its words, up to
 * `maxWords` + 1, when the caller counted them already.
 */
export function isHeadlineLike(
  line: string,
  options: RelatedLineOptions,
  n: number = words(line, options.maxWords),
): boolean {
  if (n < options.minWords || n > options.maxWords) return false;
  if (endsClause(line) || BULLET_LINE.test(line) || dateAlone(line, options.dateWords)) return false;
  const first = keyOf(line.trim().split(/\s+/u)[0] as string);
  if (options.openers.has(first)) return false;
  if (first.startsWith("و") && !options.wawNouns.has(first)) return false;
  // `ولكن لماذا هذه القصة مهمة؟` is a paragraph; `من هم الأكراد؟` a headline.
  if (QUESTION_FINAL.test(line) && CONJUNCTION_START.test(line.trim())) return false;
  return true;
}

/** The separators a date's parts are written with: `سبتمبر/ أيلول`, `2014-2015`, `14 فبراير، 2018`. */
const DATE_SEPARATORS = /[/\-–،,.]/gu;

/** A year, day or number in Western or Arabic-Indic digits. */
const DIGITS = /^[\d\u0660-\u0669]+$/u;

/** A line made only of a date: calendar words (`dateWords`) and numbers, one of them at least. */
function dateAlone(line: string, dateWords: ReadonlySet<string>): boolean {
  const parts = line.replace(DATE_SEPARATORS, " ").split(/\s+/u).filter(Boolean);
  return parts.some((w) => DIGITS.test(w)) && parts.every((w) => DIGITS.test(w) || dateWords.has(keyOf(w)));
}

/**
 * Whether the document ends its paragraphs with full stops, so that an unpunctuated line stands out.
 * `counts`: each line's words (`words`); a blank line has none, so it is never a long one.
 */
function punctuates(
  lines: readonly string[],
  counts: readonly number[],
  options: RelatedLineOptions,
): boolean {
  let long = 0;
  let ended = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((counts[i] as number) <= options.maxWords) continue;
    long++;
    if (endsClause(lines[i] as string)) ended++;
  }
  if (long === 0) return false;
  return ended / long >= options.minPunctuatedShare;
}

function isTeaser(line: string, options: RelatedLineOptions): boolean {
  const [min, max] = options.teaserLength;
  return line.length >= min && line.length <= max && !endsClause(line);
}

/**
 * A paragraph that continues the one before: it opens with و, or with an opener (`لكن`, `فقد`, `يذكر`), or
 * with the preposition في not followed by a number (`في المقابل`, `في خطوة …`). A verb whose root opens with
 * و (`وجَّه`, `وقعت`) is no conjunction: a paragraph it opens is a sentence of its own, as the lead of
 * another story is. ف joins a paragraph to
 * the one before only in the openers listed: a word that merely begins with the letter may be a verb
 * (`فاز`, `فرضت`), which opens the lead of another story as often as any word; and `في` before a day
 * (`في 3 مايو من عام …`) opens the outlet's "this day in history" lead, not a paragraph of the story.
 */
function continues(line: string, options: RelatedLineOptions): boolean {
  const opening = line.split(/\s+/u, PLUPERFECT_REACH + 1);
  // The article's own list: an item with a label and a colon (`المجموعة الأولى: …`, `مصر:`), a numbered
  // item (`3-الكويت`), or the line that announces it (`… على النحو التالي:`); never a lead.
  if (opening.slice(0, 3).some((w) => w.endsWith(":")) || LIST_ITEM.test(line) || /:\s*$/u.test(line))
    return true;
  // A post the page embeds, shown cut with an ellipsis (`… على إثر...`), is the article's; a lead of
  // another story is cut at a fixed length with no mark.
  if (EMBED_CUT.test(line)) return true;
  const words = keyOf(opening.join(" "))
    .split(" ")
    .map((w) => w.replace(/[،,:]$/u, ""));
  const first = words[0] as string;
  // `مون قال أيضاً …`: "also" in its first words ties a paragraph to the one before; no lead says it.
  if (words.slice(1, ALSO_REACH + 1).includes(ALSO)) return true;
  if (first === PREPOSITION_FI) {
    // `في أول تعليق له …`, `في رد على …`, `في الوقت الذي …` open the lead of another story.
    if (
      options.leadOpenings.has(words.slice(0, 2).join(" ")) ||
      options.leadOpenings.has(words.slice(0, 3).join(" "))
    )
      return false;
    return !/^[\d\u0660-\u0669]/u.test(words[1] ?? "");
  }
  if (options.leadVerbs.has(first)) return false;
  if (options.pluperfect.has(first) && words.includes(PARTICLE_QAD)) return true;
  return (
    first.startsWith("و") ||
    options.openers.has(first) ||
    options.closers.has(first) ||
    options.openers.has(words.slice(0, 2).join(" "))
  );
}

/** Whether `line` opens with a closer (`يذكر أن …`), the article's last paragraph of background. */
function closes(line: string, options: RelatedLineOptions): boolean {
  return options.closers.has(keyOf(line.split(/\s+/u, 1)[0] as string));
}

/** An embedded post cut by the page: three dots or an ellipsis at the end. */
const EMBED_CUT = /(?:\.\.\.|…)["”»]?\s*$/u;

/** The key of أيضا, and how many words after the first it may stand (`مون قال أيضاً`). */
const ALSO = keyOf("أيضا");
const ALSO_REACH = 3;

/** The key of the preposition في. */
const PREPOSITION_FI = keyOf("في");

/** A numbered item of a list: `1-تركيا`, `2. مصر`, `3) قطر`. */
const LIST_ITEM = /^[\d\u0660-\u0669]{1,3}\s*[-.)]/u;

/** The key of the particle قد, and how many words after كان it may stand (`كان وفد من الصندوق قد زار`). */
const PARTICLE_QAD = keyOf("قد");
const PLUPERFECT_REACH = 6;

/**
 * Where a tail of other articles' leads starts (CNN Arabic lists them after the body, unmarked):
 * the longest run of lines at the end that open without a conjunction, none longer than a cut
 * lead, in a body whose other later paragraphs mostly do open with one. -1 when there is none.
 * `cut`: how many leads cut at a fixed length followed these lines (they count towards the run).
 */
function leadTail(lines: readonly string[], options: RelatedLineOptions, cut = 0): number {
  let start = lines.length;
  while (
    start > 1 &&
    !continues(lines[start - 1] as string, options) &&
    (lines[start - 1] as string).length <= options.teaserLength[1]
  )
    start--;
  if (start === lines.length) return -1;
  const closed = start > 1 && closes(lines[start - 1] as string, options);
  // The leads already cut at a fixed length (`cut`) stood in the same run: one or two unmarked lines
  // before them are its head, not the article's last paragraphs.
  if (!closed && lines.length - start + cut < options.minLeadTail) return -1;
  const middle = lines.slice(1, start);
  const connected = middle.filter((l) => continues(l, options)).length;
  if (middle.length > 0 && connected / middle.length >= options.minConnectedShare) return start;
  // A list, a how-to or an opinion piece rarely opens its paragraphs with و; its tail is still other
  // stories' leads when several of its lines carry the day of a news lead between commas.
  // The cut starts at the first dated lead: the lines above it may be the article's own list.
  const dated = lines.slice(start).flatMap((l, i) => (datedLead(l, options) ? [start + i] : []));
  return dated.length >= options.minDatedLeads ? (dated[0] as number) : -1;
}

/** How many words a dated lead's weekday may stand from its start (`اتهم وزير الخارجية الأمريكي، مايك بومبيو، الجمعة،`). */
const DAY_REACH = 10;

/**
 * A news lead that carries its day between commas in its first words (`وبَّخت الصين الولايات المتحدة،
 * الجمعة، …`), or the outlet's "this day in history" lead (`في 28 سبتمبر/أيلول من عام 1970، …`).
 */
function datedLead(line: string, options: RelatedLineOptions): boolean {
  const opening = line.split(/\s+/u, DAY_REACH + 1);
  if (keyOf(opening[0] ?? "") === PREPOSITION_FI && /^[\d\u0660-\u0669]/u.test(opening[1] ?? "")) return true;
  return opening.some((w, i) => {
    if (i === 0 || !/[،,]$/u.test(w) || !options.weekdays.has(keyOf(w.slice(0, -1)))) return false;
    // `، صباح الإثنين،`, `، يوم الجمعة،`: a part of the day before the weekday.
    const before = options.dayParts.has(keyOf(opening[i - 1] as string)) ? i - 2 : i - 1;
    return before >= 0 && /[،,]$/u.test(opening[before] as string);
  });
}

/**
 * The body lines without separator rules, related headlines after the first paragraph, and a
 * tail of other articles' leads (from the first lead cut at a fixed length on; or, for the
 * `outlets` known to do it, an unmarked run, see leadTail, made up to the page's block of leads, see
 * lead-block.ts).
 * Blank lines are kept where they were.
 */
export function dropRelatedLines(
  lines: readonly string[],
  options: RelatedLineOptions,
  outlets: readonly (string | null | undefined)[] = [],
): string[] {
  const text = lines.map((l) => l.trim());
  // Each line's words counted once: whether the document punctuates and which lines are headlines
  // both read them.
  const counts = text.map((l) => words(l, options.maxWords));
  const headlines = punctuates(text, counts, options);
  const firstBody = text.findIndex((l) => l !== "");
  let tail = text.length;
  const teaser = text.findIndex((l, i) => i > firstBody && isTeaser(l, options));
  if (teaser > 0 && text.slice(teaser).every((l) => l.length <= options.teaserLength[1])) tail = teaser;
  const kept = text
    .slice(0, tail)
    .filter(
      (l, i) =>
        l === "" ||
        i === firstBody ||
        !(SEPARATOR_LINE.test(l) || (headlines && isHeadlineLike(l, options, counts[i] as number))),
    );
  if (!outlets.some((o) => o && options.leadTailOutlets.has(keyOf(o)))) return kept;
  const at = kept.flatMap((l, i) => (l === "" ? [] : [i]));
  const cut = text.slice(tail).filter((l) => l !== "").length;
  const body = at.map((i) => kept[i] as string);
  const leads = leadTail(body, options, cut);
  const end = leads < 0 ? body.length : leads;
  const start = leadBlockStart(body, end, cut + body.length - end, options, (l) => continues(l, options));
  return start === body.length ? kept : kept.slice(0, at[start]);
}
