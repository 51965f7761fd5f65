// JSON-LD in an HTML page's head: the NewsArticle objects (also inside `@graph`) and a value read from them
// by a dotted path (`author.name`). Moved out of html.ts, which reads the rest of the page.
import { JSONLD_ARTICLE_TYPE, oneLine as clean } from "./regexes.ts";

/** What is read of the page: its script elements, typed structurally (linkedom provides them). */
export interface ScriptHolder {
  querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
}

/** The objects of the page's JSON-LD blocks whose `@type` is an article. */
export function jsonLdArticles(document: ScriptHolder): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, unknown>;
      const type = ([] as unknown[]).concat(o["@type"] ?? []).map(String);
      if (type.some((t) => JSONLD_ARTICLE_TYPE.test(t))) out.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ""));
    } catch {
      // A broken JSON-LD block is common and says nothing about the article.
    }
  }
  return out;
}

/** The first article object's value at a dotted path, as lines (a string, a list of strings, or an object's name). */
export function jsonLdValue(objects: Array<Record<string, unknown>>, path: string): string[] {
  for (const o of objects) {
    let v: unknown = o;
    for (const key of path.split("."))
      v = v && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined;
    if (Array.isArray(v)) return v.filter((x): x is string => typeof x === "string").map(clean);
    if (typeof v === "string" && v.trim() !== "") return [clean(v)];
    if (v && typeof v === "object" && typeof (v as { name?: unknown }).name === "string")
      return [clean((v as { name: string }).name)];
  }
  return [];
}
