// TREC-style `<DOC>` files, as in the ANT corpus: one or more documents per file.
import type { RawDocument } from "../pipeline/types.ts";

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
  return /^\s*<DOC>/u.test(text);
}

function field(block: string, name: string): string | undefined {
  const m = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`, "u").exec(block);
  if (!m) return undefined;
  const value = (m[1] as string).replace(/&(?:amp|lt|gt|quot|apos|#39);/gu, (e) => ENTITIES[e] ?? e).trim();
  return value === "" ? undefined : value;
}

export function parseTrec(text: string, uri: string): RawDocument[] {
  const docs: RawDocument[] = [];
  for (const m of text.matchAll(DOC_BLOCK)) {
    const block = m[1] as string;
    const docno = field(block, "DOCNO");
    const meta: RawDocument["meta"] = {};
    const title = field(block, "TITLE");
    const published = field(block, "TIME");
    const outlet = field(block, "SRC");
    const url = field(block, "URL");
    if (title) meta.title = title;
    if (published) meta.published = published;
    if (outlet) meta.outlet = outlet;
    if (url) meta.url = url;
    docs.push({
      uri: url ?? (docno ? `${uri}#${docno}` : uri),
      format: "trec",
      text: field(block, "TEXT") ?? "",
      meta,
    });
  }
  return docs;
}
