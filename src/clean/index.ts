// clean: RawDocument → CleanDocument. Splits aggregator trailers and appended articles from
// the main body and reads the metadata headers carry.
import { foldPersianLetters, identity } from "../arabic/normalize.ts";
import type { AppendedArticle, CleanDocument, RawDocument } from "../pipeline/types.ts";
import { parsePublished } from "./metadata.ts";
import { DATELINE, KEYWORD_SEPARATOR, SENTENCE_FINAL } from "./regexes.ts";
import { classifyLine, type TrailerRule } from "./trailers.ts";

export interface CleanOptions {
  trailerRules: readonly TrailerRule[];
  months: Map<string, number>;
  /** Longest first line, in words, still taken for a headline. */
  maxTitleWords: number;
}

interface Section {
  lines: string[];
  outlets: string[];
  keywords: string[];
  published: string | null;
}

export function cleanDocument(raw: RawDocument, options: CleanOptions): CleanDocument {
  const lines = raw.text.replace(/\r\n?/gu, "\n").split("\n");
  const sections = splitSections(lines, options);
  const main = sections[0] as Section;
  let title = raw.meta.title?.trim() || null;
  let body = main.lines;
  if (!title && isHeadline(body, options)) {
    title = (body[0] as string).trim();
    body = body.slice(1);
  } else if (title && body[0]?.trim() === title) {
    body = body.slice(1);
  }
  body = trimBlank(body);
  let outlet = main.outlets.at(-1) ?? null;
  const first = body[0];
  if (first !== undefined) {
    const m = DATELINE.exec(first);
    if (m) {
      body = [first.slice(m[0].length), ...body.slice(1)];
      outlet ??= (m[2] as string).trim();
    }
  }
  outlet ??= raw.meta.outlet ?? null;
  const published =
    main.published ?? (raw.meta.published ? parsePublished(raw.meta.published, options.months) : null);
  return {
    uri: raw.uri,
    title,
    published,
    outlet,
    outlets: main.outlets,
    keywords: main.keywords,
    text: joinParagraphs(body),
    appended: sections.slice(1).map(toAppended),
  };
}

function toAppended(section: Section): AppendedArticle {
  const [first, ...rest] = section.lines;
  if (first === undefined) return { title: null, text: "" };
  const headline = rest.length > 0 && !SENTENCE_FINAL.test(first);
  return headline
    ? { title: first.trim(), text: joinParagraphs(rest) }
    : { title: null, text: joinParagraphs(section.lines) };
}

/** The main article, then one section per appended article. */
function splitSections(lines: readonly string[], options: CleanOptions): Section[] {
  const sections: Section[] = [{ lines: [], outlets: [], keywords: [], published: null }];
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
        sections.push({ lines: [], outlets: [], keywords: [], published: null });
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

/** Related-headline lists sometimes come without bullets: short lines with no final stop. */
function isShortListItem(line: string): boolean {
  const words = line.trim().split(/\s+/u).length;
  return words <= 20 && !SENTENCE_FINAL.test(line);
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
