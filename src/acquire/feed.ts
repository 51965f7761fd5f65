// RSS 2.0, RSS 1.0 and Atom feeds: each item (or entry) is one document. The item's text is
// its full content when the feed carries it (`content:encoded`, Atom `content`), else its
// summary; `--follow` replaces it with the page the item links to.
import { createRequire } from "node:module";
import { InputError } from "../pipeline/errors.ts";
import type { RawDocument, RawMeta } from "../pipeline/types.ts";
import { CDATA, FEED_LANGUAGE, FEED_TITLE } from "./regexes.ts";

/** Fields whose raw inner text is kept, unparsed: they hold HTML, escaped or not. */
const TEXT_FIELDS = ["content:encoded", "content", "description", "summary"] as const;

type XmlParser = InstanceType<typeof import("fast-xml-parser").XMLParser>;
let parser: XmlParser | undefined;

/** The feed parser, made (and fast-xml-parser loaded) with the first feed item, as html.ts loads linkedom. */
function feedParser(): XmlParser {
  if (parser === undefined) {
    const require = createRequire(import.meta.url);
    const { XMLParser } = require("fast-xml-parser") as typeof import("fast-xml-parser");
    parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: "@_",
      parseTagValue: false,
      processEntities: true,
      htmlEntities: true,
      trimValues: true,
      stopNodes: TEXT_FIELDS.map((f) => `*.${f}`),
      isArray: (name) => name === "link" || name === "category",
    });
  }
  return parser;
}

export interface FeedHeader {
  title?: string;
  lang?: string;
}

/** Which element holds one item: Atom `entry`, else RSS `item`. */
export function feedItemTag(head: string): "entry" | "item" {
  return /<feed[\s>]/u.test(head) ? "entry" : "item";
}

/** The channel's title and language, read from the text before the first item. */
export function feedHeader(header: string): FeedHeader {
  const out: FeedHeader = {};
  const title = FEED_TITLE.exec(header)?.[1];
  if (title) out.title = decodeXmlText(title).trim();
  const lang = FEED_LANGUAGE.exec(header);
  if (lang) out.lang = (lang[1] ?? lang[2] ?? "").toLowerCase();
  return out;
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A CDATA section's content, or text with XML entities and character references decoded. */
export function decodeXmlText(raw: string): string {
  const cdata = CDATA.exec(raw);
  if (cdata) return cdata[1] as string;
  return raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/gu, "$1")
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/giu, (all, e: string) => {
      if (e[0] !== "#") return XML_ENTITIES[e.toLowerCase()] ?? all;
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    });
}

type Node = string | { "#text"?: string; [attr: string]: unknown };

function text(node: unknown): string | undefined {
  if (node === undefined || node === null) return undefined;
  if (typeof node === "string") return node.trim() || undefined;
  if (typeof node === "object" && "#text" in node)
    return String((node as { "#text": unknown })["#text"]).trim();
  return undefined;
}

/** The item's link: RSS `<link>text</link>`, or Atom's `rel="alternate"` (or first) `href`. */
function linkOf(links: Node[] | undefined): string | undefined {
  if (!links) return undefined;
  const withHref = links.filter((l): l is Exclude<Node, string> => typeof l === "object" && "@_href" in l);
  const alternate = withHref.find((l) => (l["@_rel"] ?? "alternate") === "alternate") ?? withHref[0];
  if (alternate) return String(alternate["@_href"]);
  return links.map(text).find((t) => t !== undefined);
}

/** One item's document; `index` (1-based) names it in messages when it has no link. */
export function feedItemDocument(block: string, header: FeedHeader, uri: string, index: number): RawDocument {
  let parsed: Record<string, Record<string, unknown>>;
  try {
    parsed = feedParser().parse(block) as typeof parsed;
  } catch (e) {
    throw new InputError(`${uri} item ${index}`, `not well-formed XML (${(e as Error).message})`);
  }
  const item = parsed.item ?? parsed.entry ?? {};
  const meta: RawMeta = {};
  const title = text(item.title);
  if (title) meta.title = title;
  const link = linkOf(item.link as Node[] | undefined) ?? text(item.guid);
  if (link && /^https?:\/\//iu.test(link)) meta.url = link;
  const published = text(item.pubDate) ?? text(item.published) ?? text(item["dc:date"]) ?? text(item.updated);
  if (published) meta.published = published;
  const outlet = text(item.source) ?? text(item["dc:publisher"]) ?? header.title;
  if (outlet) meta.outlet = outlet;
  if (header.title) meta.feed = header.title;
  const lang = text(item["dc:language"]) ?? header.lang;
  if (lang) meta.lang = lang;
  const categories = ((item.category as Node[] | undefined) ?? [])
    .map((c) => text(c) ?? (typeof c === "object" ? (c["@_term"] as string | undefined) : undefined))
    .filter((c): c is string => Boolean(c));
  if (categories.length > 0) meta.keywords = categories;
  const body = TEXT_FIELDS.map((f) => item[f])
    .map((v) => (typeof v === "string" ? v : text(v)))
    .find((v) => v !== undefined && v.trim() !== "");
  const content = body ? decodeXmlText(body).trim() : "";
  if (content === "" && !meta.title && !meta.url)
    throw new InputError(`${uri} item ${index}`, "has no title, link or text; the feed may be malformed");
  return { uri: meta.url ?? `${uri}#item-${index}`, format: "feed-item", text: content, meta };
}
