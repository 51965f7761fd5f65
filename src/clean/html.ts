// HTML pages: metadata from the head (OpenGraph, <meta name>, JSON-LD NewsArticle, <time>),
// then the main content by Readability on linkedom, after the page's boilerplate (navigation,
// share bars, related boxes, comments, cookie banners) has been taken out. The result is lines,
// one per paragraph, which clean then reads with the same trailer rules as plain text.
import { createRequire } from "node:module";
import { list, type Row } from "../pipeline/tsv.ts";
import { jsonLdArticles, jsonLdValue } from "./json-ld.ts";
import { CLASS_WORD_SEPARATOR, oneLine as clean, TITLE_SITE_SEPARATOR } from "./regexes.ts";

/**
 * linkedom and Readability, loaded the first time a page is parsed: linkedom alone takes longer
 * to load than the rest of the pipeline (about 0.7 CPU s through the module loader), and most
 * inputs (plain text, TREC, JSON lines) never need it. Every command and every worker thread
 * that reads no HTML starts without it. Their CommonJS builds load synchronously.
 */
interface HtmlLibraries {
  parseHTML: typeof import("linkedom").parseHTML;
  Readability: typeof import("@mozilla/readability").Readability;
}
let libraries: HtmlLibraries | undefined;
function htmlLibraries(): HtmlLibraries {
  if (libraries === undefined) {
    const require = createRequire(import.meta.url);
    libraries = {
      parseHTML: (require("linkedom") as typeof import("linkedom")).parseHTML,
      Readability: (require("@mozilla/readability") as typeof import("@mozilla/readability")).Readability,
    };
  }
  return libraries;
}

export interface HtmlRules {
  /** Element names removed with their content (`nav`, `aside`). */
  tags: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  /** Whole words of a class or id that mark boilerplate (`share`, `cookie`, `related`). */
  tokens: ReadonlySet<string>;
  /** Where each metadata field is read, most trusted first. */
  metadata: ReadonlyArray<{ field: HtmlMetaField; source: string; name: string }>;
  /** A paragraph made only of a link and at most this many words is a related headline. */
  maxLinkOnlyWords: number;
}

export type HtmlMetaField = "title" | "published" | "outlet" | "keywords" | "url";

export interface HtmlMeta {
  title?: string;
  published?: string;
  outlet?: string;
  keywords?: string[];
  url?: string;
  lang?: string;
  dir?: string;
}

export interface HtmlPage {
  /** One line per paragraph, heading or list item (list items open with `• `). */
  lines: string[];
  meta: HtmlMeta;
}

export function compileHtmlRules(boilerplate: readonly Row[], metadata: readonly Row[]): HtmlRules {
  const of = (kind: string) =>
    new Set(boilerplate.filter((r) => r.kind === kind).map((r) => (r.value ?? "").toLowerCase()));
  return {
    tags: of("tag"),
    roles: of("role"),
    tokens: of("token"),
    // JSON-LD keys are case-sensitive (`datePublished`); HTML names are not.
    metadata: metadata.map((r) => ({
      field: r.field as HtmlMetaField,
      source: r.source as string,
      name: r.source === "jsonld" ? (r.name as string) : (r.name as string).toLowerCase(),
    })),
    maxLinkOnlyWords: 16,
  };
}

/** Block elements: each starts a new line. */
const BLOCK = new Set([
  "address",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "td",
  "th",
  "tr",
  "ul",
]);

/** Elements whose text is never body text, even inside the main content. */
const NEVER_TEXT = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "figure",
  "figcaption",
  "button",
  "svg",
]);

/** Where an article's content is, so a boilerplate rule never removes it. */
const PROTECTED = "article, main, [itemprop=articleBody], h1";

/** The few DOM features used here, typed structurally (linkedom provides them; there is no DOM lib). */
interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: Iterable<DomNode>;
}

interface El extends DomNode {
  localName: string;
  isConnected: boolean;
  getAttribute(name: string): string | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
  matches(selector: string): boolean;
  remove(): void;
}

interface Doc {
  body: El | null;
  documentElement: El | null;
  querySelector(selector: string): El | null;
  querySelectorAll(selector: string): Iterable<El>;
}

function parse(html: string): Doc {
  return htmlLibraries().parseHTML(html).document as unknown as Doc;
}

/** The main content and metadata of a page. */
export function extractHtml(html: string, rules: HtmlRules): HtmlPage {
  const document = parse(html);
  const meta = readMetadata(document, rules);
  removeBoilerplate(document, rules);
  const { Readability } = htmlLibraries();
  const article = new Readability<El>(document as never, {
    charThreshold: 200,
    serializer: (node) => node as unknown as El,
  }).parse();
  const root = article?.content ?? document.body;
  let lines = root ? elementLines(root, rules) : [];
  if (lines.join("").length < 200 && article?.content) {
    // Readability sometimes keeps too little of a short page; the cleaned body is then better.
    if (document.body) lines = elementLines(document.body, rules);
  }
  return { lines, meta };
}

/** What Readability alone gives as the text of a page (for comparison in docs/ACQUIRE.md). */
export function readabilityText(html: string): string {
  const { Readability } = htmlLibraries();
  return new Readability(parse(html) as never).parse()?.textContent ?? "";
}

/** An HTML fragment (a feed item's content) as lines, without main-content extraction. */
export function fragmentLines(html: string, rules: HtmlRules): string[] {
  const body = parse(`<!doctype html><html><body>${html}</body></html>`).body;
  return body ? elementLines(body, rules) : [];
}

function classWords(el: El): string[] {
  const raw = `${el.getAttribute("class") ?? ""} ${el.getAttribute("id") ?? ""}`;
  return raw
    .replace(/([a-z])([A-Z])/gu, "$1 $2")
    .toLowerCase()
    .split(CLASS_WORD_SEPARATOR)
    .filter(Boolean);
}

function isBoilerplate(el: El, rules: HtmlRules): boolean {
  const tag = el.localName.toLowerCase();
  if (rules.tags.has(tag)) return true;
  const role = el.getAttribute("role")?.toLowerCase();
  if (role && rules.roles.has(role)) return true;
  return classWords(el).some((w) => rules.tokens.has(w));
}

function removeBoilerplate(document: Doc, rules: HtmlRules): void {
  const body = document.body;
  if (!body) return;
  const hasLandmark = body.querySelector(PROTECTED) !== null;
  const bodyLength = (body.textContent ?? "").length;
  const isProtected = (el: El) =>
    hasLandmark
      ? el.matches(PROTECTED) || el.querySelector(PROTECTED) !== null
      : (el.textContent ?? "").length > bodyLength / 2;
  for (const el of [...body.querySelectorAll("*")] as El[]) {
    if (!el.isConnected || !isBoilerplate(el, rules) || isProtected(el)) continue;
    el.remove();
  }
}

function wordCount(s: string): number {
  return s.split(" ").filter(Boolean).length;
}

/** A paragraph or list item whose whole text is one or more links: a related headline. */
function isLinkOnly(el: El, rules: HtmlRules): boolean {
  const text = clean(el.textContent ?? "");
  if (text === "" || wordCount(text) > rules.maxLinkOnlyWords) return false;
  const linked = [...el.querySelectorAll("a")].map((a) => clean(a.textContent ?? "")).join(" ");
  return clean(linked) === text;
}

/** The text of an element as lines: one per block, `• ` before list items. */
export function elementLines(root: El, rules: HtmlRules): string[] {
  const lines: string[] = [];
  let current = "";
  const flush = () => {
    const line = clean(current);
    if (line !== "" && line !== "•") lines.push(line);
    current = "";
  };
  const walk = (node: DomNode) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) {
        current += child.textContent ?? "";
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as El;
      const tag = el.localName.toLowerCase();
      if (tag === "br") {
        flush();
        continue;
      }
      if (NEVER_TEXT.has(tag)) continue;
      // A date on a line of its own is page furniture (`<time>14 فبراير 2024</time>`).
      if (tag === "time" && clean(current) === "") continue;
      if (!BLOCK.has(tag)) {
        walk(el);
        continue;
      }
      flush();
      if ((tag === "p" || tag === "li" || tag === "div" || /^h[2-6]$/u.test(tag)) && isLinkOnly(el, rules))
        continue;
      if (tag === "li") current = "• ";
      walk(el);
      flush();
    }
  };
  walk(root);
  flush();
  return lines;
}

// --- metadata ---

function metaContent(document: Doc, name: string): string[] {
  const out: string[] = [];
  for (const m of [...document.querySelectorAll("meta")] as El[]) {
    const key = (
      m.getAttribute("property") ??
      m.getAttribute("name") ??
      m.getAttribute("itemprop") ??
      ""
    ).toLowerCase();
    const content = m.getAttribute("content");
    if (key === name && content && content.trim() !== "") out.push(clean(content));
  }
  return out;
}

function readSource(
  document: Doc,
  source: string,
  name: string,
  ld: Array<Record<string, unknown>>,
): string[] {
  switch (source) {
    case "meta":
      return metaContent(document, name);
    case "jsonld":
      return jsonLdValue(ld, name);
    case "time": {
      const scope = document.querySelector("article") ?? document;
      const t = scope.querySelector("time[datetime]") ?? document.querySelector("time[datetime]");
      const v = t?.getAttribute("datetime");
      return v ? [v] : [];
    }
    case "tag": {
      // An <h1> outside the article is often the site's logo.
      const el = document.querySelector(`article ${name}, main ${name}`) ?? document.querySelector(name);
      const v = el ? clean(el.textContent ?? "") : "";
      return v ? [v] : [];
    }
    case "link": {
      const v = document.querySelector(`link[rel="${name}"]`)?.getAttribute("href");
      return v ? [v] : [];
    }
    default:
      return [];
  }
}

function readMetadata(document: Doc, rules: HtmlRules): HtmlMeta {
  const ld = jsonLdArticles(document);
  const meta: HtmlMeta = {};
  let titleFromTag = false;
  for (const { field, source, name } of rules.metadata) {
    if (meta[field] !== undefined) continue;
    const values = readSource(document, source, name, ld);
    if (values.length === 0) continue;
    if (field === "title") titleFromTag = source === "tag" && name === "title";
    if (field === "keywords") meta.keywords = values.flatMap((v) => list(v.replace(/[،,]/gu, "|")));
    else meta[field] = values[0] as string;
  }
  if (meta.title && meta.outlet) meta.title = stripSiteName(meta.title, meta.outlet);
  else if (meta.title && titleFromTag) splitSiteName(meta);
  const html = document.documentElement;
  const lang = html?.getAttribute("lang");
  const dir = html?.getAttribute("dir");
  if (lang) meta.lang = lang.toLowerCase();
  if (dir) meta.dir = dir.toLowerCase();
  return meta;
}

/** `عنوان الخبر - اسم الموقع` → `عنوان الخبر` when the suffix is the site's name. */
function stripSiteName(title: string, site: string): string {
  for (const sep of [" - ", " | ", " – ", " — ", " :: "]) {
    const parts = title.split(sep);
    if (parts.length < 2) continue;
    if (clean(parts.at(-1) as string) === site) return clean(parts.slice(0, -1).join(sep));
    if (clean(parts[0] as string) === site) return clean(parts.slice(1).join(sep));
  }
  return title;
}

/** Longest site name, in words, taken from a `<title>` (`صوت المغرب العربي :: عنوان الخبر`). */
const MAX_SITE_NAME_WORDS = 5;

/** A `<title>` of two parts, one short: the short part is the site, the other the headline. */
function splitSiteName(meta: HtmlMeta): void {
  const parts = (meta.title as string).split(TITLE_SITE_SEPARATOR);
  if (parts.length !== 2) return;
  const [a, b] = parts as [string, string];
  const [site, title] = wordCount(a) < wordCount(b) ? [a, b] : [b, a];
  if (wordCount(site) > MAX_SITE_NAME_WORDS || wordCount(title) <= wordCount(site)) return;
  meta.title = clean(title);
  meta.outlet ??= clean(site);
}
