// TREC-style `<DOC>` files, as in the ANT corpus: one or more documents per file.
import type { RawDocument } from "../pipeline/types.ts";
import { TREC_START } from "./regexes.ts";

/** One `<DOC>…</DOC>` block. */
const DOC_BLOCK = /<DOC>([\s\S]*?)<\/DOC>/gu;

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
};

export function isTrec(text: string): boolean {
  return TREC_START.test(text);
}

/**
 * The text between the first `<name>` and the `</name>` after it (what `<name>([\s\S]*?)</name>`
 * matches: with no closing tag after the first opening, there is none after a later one either),
 * found by indexOf: no regex made and compiled per field of every document.
 */
function field(block: string, name: string): string | undefined {
  const open = `<${name}>`;
  const a = block.indexOf(open);
  if (a < 0) return undefined;
  const b = block.indexOf(`</${name}>`, a + open.length);
  if (b < 0) return undefined;
  let value = block.slice(a + open.length, b);
  if (value.includes("&")) value = value.replace(/&(?:amp|lt|gt|quot|apos|#39);/gu, (e) => ENTITIES[e] ?? e);
  value = value.trim();
  return value === "" ? undefined : value;
}

/** The document of one `<DOC>` element, given with or without its tags. */
export function trecDocument(block: string, uri: string): RawDocument {
  const docno = field(block, "DOCNO");
  const meta: RawDocument["meta"] = {};
  const title = field(block, "TITLE");
  const published = field(block, "TIME") ?? field(block, "DATE");
  const outlet = field(block, "SRC");
  const url = field(block, "URL");
  if (title) meta.title = title;
  if (published) meta.published = published;
  if (outlet) meta.outlet = outlet;
  if (url) meta.url = url;
  return {
    uri: url ?? (docno ? `${uri}#${docno}` : uri),
    format: "trec",
    text: field(block, "TEXT") ?? "",
    meta,
  };
}

export function parseTrec(text: string, uri: string): RawDocument[] {
  return [...text.matchAll(DOC_BLOCK)].map((m) => trecDocument(m[1] as string, uri));
}
