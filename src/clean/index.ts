// clean: RawDocument → CleanDocument. Turns a page into lines (HTML main content, or the text's
// own lines), splits aggregator trailers and appended articles from the main body, drops the
// outlet's inline related headlines, and reads the metadata headers and containers carry.
import { foldPersianLetters, identity } from "../arabic/normalize.ts";
import type { AppendedArticle, CleanDocument, RawDocument, RawMeta } from "../pipeline/types.ts";
import { type CitationRules, findCited } from "./cited.ts";
import { extractHtml, fragmentLines, type HtmlMeta, type HtmlRules } from "./html.ts";
import { detectLanguage, type LanguageProfile } from "./language.ts";
import { parsePublished } from "./metadata.ts";
import {
  CLAUSE_FINAL,
  DATELINE,
  DATELINE_LATIN,
  HTML_TAG,
  INVISIBLE_CHARS,
  KEYWORD_SEPARATOR,
  ODD_SPACE,
  PRESENTATION_FORMS,
  SENTENCE_FINAL,
} from "./regexes.ts";
import { dropRelatedLines, type RelatedLineOptions } from "./related.ts";
import { classifyLine, type TrailerRule } from "./trailers.ts";

export { compileCleanOptions } from "./lexicons.ts";

export interface CleanOptions {
  trailerRules: readonly TrailerRule[];
  months: Map<string, number>;
  /** Longest first line, in words, still taken for a headline. */
  maxTitleWords: number;
  html: HtmlRules;
  citations: CitationRules;
  languages: readonly LanguageProfile[];
  related: RelatedLineOptions;
}

interface Section {
  lines: string[];
  outlets: string[];
  keywords: string[];
  published: string | null;
}

/** Longest line, in words, of a related-headline list. */
const MAX_LIST_ITEM_WORDS = 20;

/**
 * 1 for each UTF-16 unit normalizeInput changes (one of INVISIBLE_CHARS, PRESENTATION_FORMS,
 * ODD_SPACE), found once with those regexes. All are in the BMP and none is a surrogate, so a text
 * holds one exactly when one of its units has a 1 here.
 */
const INPUT_UNITS = (() => {
  const touches = new RegExp(
    `${INVISIBLE_CHARS.source}|${PRESENTATION_FORMS.source}|${ODD_SPACE.source}`,
    "u",
  );
  const table = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) if (touches.test(String.fromCharCode(c))) table[c] = 1;
  return table;
})();

/**
 * The text holds a character normalizeInput changes. A loop over the table: the three classes'
 * regex took three times as long over a whole document (about 12 µs against 4 on the corpus).
 */
function touchesInput(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (INPUT_UNITS[text.charCodeAt(i)] === 1) return true;
  return false;
}

/** Zero-width and bidi controls out, presentation forms to letters (NFKC), odd spaces to spaces. */
export function normalizeInput(text: string): string {
  // Most lines hold none of these: one scan says so, instead of three replaces that change nothing.
  if (!touchesInput(text)) return text;
  return text
    .replace(INVISIBLE_CHARS, "")
    .replace(PRESENTATION_FORMS, (run) => run.normalize("NFKC"))
    .replace(ODD_SPACE, " ");
}

/** The document as lines, and the metadata its container and page give (page first). */
function sourceOf(raw: RawDocument, options: CleanOptions): { lines: string[]; meta: RawMeta & HtmlMeta } {
  if (raw.format === "html") {
    const page = extractHtml(raw.text, options.html);
    return { lines: page.lines.map(normalizeInput), meta: { ...raw.meta, ...page.meta } };
  }
  const fragment = (raw.format === "feed-item" || raw.format === "jsonl") && HTML_TAG.test(raw.text);
  if (fragment) return { lines: fragmentLines(raw.text, options.html).map(normalizeInput), meta: raw.meta };
  const text = raw.text.includes("\r") ? raw.text.replace(/\r\n?/gu, "\n") : raw.text;
  // A text none of whose characters `normalizeInput` touches (nearly all) has no line it changes:
  // one scan of the text instead of one per line.
  const lines = text.split("\n");
  return { lines: touchesInput(text) ? lines.map(normalizeInput) : lines, meta: raw.meta };
}

export function cleanDocument(raw: RawDocument, options: CleanOptions): CleanDocument {
  const { lines, meta } = sourceOf(raw, options);
  // In aggregator text a lone `إقرأ أيضاً:` opens an appended article; in a corpus document or a
  // page, which is one outlet's article, it opens a list of related links.
  const sections = splitSections(lines, options, raw.format !== "trec" && raw.format !== "html");
  const main = sections[0] as Section;
  let title = meta.title ? normalizeInput(meta.title).trim() || null : null;
  let body = main.lines;
  if (!title && isHeadline(body, options)) {
    title = (body[0] as string).trim();
    body = body.slice(1);
  } else if (title && body[0]?.trim() === title) {
    body = body.slice(1);
  }
  body = trimBlank(body);
  let outlet = main.outlets.at(-1) ?? null;
  const dateline = findDateline(body);
  if (dateline) {
    const { index, match } = dateline;
    body = [
      ...body.slice(0, index),
      (body[index] as string).slice(match[0].length),
      ...body.slice(index + 1),
    ];
    outlet ??= (match[2] as string).trim();
  }
  if (raw.format !== "html") body = trimBlank(dropRelatedLines(body, options.related, [outlet, meta.outlet]));
  outlet ??= meta.outlet ? normalizeInput(meta.outlet).trim() || null : null;
  const published =
    main.published ?? (meta.published ? parsePublished(meta.published, options.months) : null);
  const text = joinParagraphs(body);
  return {
    uri: raw.uri,
    title,
    published,
    outlet,
    outlets: main.outlets,
    cited: findCited(text, options.citations, [...main.outlets, ...(outlet ? [outlet] : [])]),
    keywords: [...new Set([...main.keywords, ...(meta.keywords ?? []).flatMap(splitKeywords)])],
    text,
    appended: sections.slice(1).map((s) => toAppended(s, raw.format !== "html" ? options.related : null)),
    language: detectLanguage(text, options.languages, meta.lang),
  };
}

function toAppended(section: Section, related: RelatedLineOptions | null): AppendedArticle {
  const [first, ...rest] = section.lines;
  if (first === undefined) return { title: null, text: "" };
  const headline = rest.length > 0 && !SENTENCE_FINAL.test(first);
  const body = headline ? rest : section.lines;
  const kept = related ? dropRelatedLines(body, related) : body;
  return { title: headline ? first.trim() : null, text: joinParagraphs(kept) };
}

const emptySection = (): Section => ({ lines: [], outlets: [], keywords: [], published: null });

/** The main article, then one section per appended article. */
function splitSections(lines: readonly string[], options: CleanOptions, appendedAllowed: boolean): Section[] {
  const sections: Section[] = [emptySection()];
  let inList = false;
  for (const line of lines) {
    const section = sections[sections.length - 1] as Section;
    const c = classifyLine(line, options.trailerRules);
    if (inList && (c.kind === "bullet" || c.kind === "blank" || isShortListItem(line))) continue;
    inList = false;
    switch (c.kind) {
      case "blank":
        section.lines.push("");
        break;
      case "appended_heading":
        if (appendedAllowed) sections.push(emptySection());
        else inList = true;
        break;
      case "related_list":
        inList = true;
        break;
      case "source":
        section.outlets.push(
          ...c.value
            .split(/\s+\+\s+/u)
            .map((s) => s.trim())
            .filter(Boolean),
        );
        break;
      case "keywords":
        section.keywords.push(...splitKeywords(c.value));
        break;
      case "published":
        section.published ??= parsePublished(c.value, options.months);
        break;
      case "inline_more":
      case "credit":
      case "promo":
      case "dateline":
        break;
      case "bullet":
      case "body":
        section.lines.push(line.trim());
        break;
    }
  }
  for (const s of sections) s.lines = trimBlank(s.lines);
  return sections.filter((s, i) => i === 0 || s.lines.length > 0);
}

/**
 * The wire dateline of a body: on its first line, or on the second after an opinion piece's note on
 * its author (`مقال بقلم …`), when it has a dash after the outlet. Its place names are the outlet's
 * desk, not parties of the story, so they leave the body.
 */
function findDateline(body: readonly string[]): { index: number; match: RegExpExecArray } | null {
  const first = body[0];
  if (first === undefined) return null;
  const m = DATELINE.exec(first) ?? DATELINE_LATIN.exec(first);
  if (m) return { index: 0, match: m };
  const second = body.slice(1).findIndex((line) => line.trim() !== "") + 1;
  const line = second > 0 ? (body[second] as string) : undefined;
  const later = line === undefined ? null : DATELINE.exec(line);
  return later ? { index: second, match: later } : null;
}

/** Related-headline lists sometimes come without bullets: short lines with no full stop (a question mark is fine). */
function isShortListItem(line: string): boolean {
  const words = line.trim().split(/\s+/u).length;
  return words <= MAX_LIST_ITEM_WORDS && !CLAUSE_FINAL.test(line);
}

function isHeadline(body: readonly string[], options: CleanOptions): boolean {
  const first = body[0];
  if (first === undefined || body.length < 2) return false;
  const words = first.trim().split(/\s+/u).length;
  return words <= options.maxTitleWords && !SENTENCE_FINAL.test(first);
}

function splitKeywords(value: string): string[] {
  const folded = foldPersianLetters(identity(value)).text;
  return folded
    .split(KEYWORD_SEPARATOR)
    .map((k) => k.trim())
    .filter(Boolean);
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a] === "") a++;
  while (b > a && lines[b - 1] === "") b--;
  return lines.slice(a, b);
}

/** Paragraphs separated by one blank line, whatever the input used. */
function joinParagraphs(lines: readonly string[]): string {
  return lines
    .filter((l) => l.trim() !== "")
    .map((l) => l.trim())
    .join("\n\n");
}
