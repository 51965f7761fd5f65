// Copies of a corpus for `rasd bench` at 2× and 4×: the same articles with a sentence that numbers
// the copy after the first line, so each copy has its own id (a hash of the cleaned text) and uri.
// (At the end the sentence could fall in a trailer or a cut-off tail and be cleaned away.)
import type { RawDocument } from "../pipeline/types.ts";

/** The k-th copy of a document's text (k ≥ 1). */
export function copyText(text: string, k: number): string {
  const sentence = `وهذه هي النسخة رقم ${k} من هذا المقال.`;
  const cut = text.indexOf("\n", text.search(/\S/u));
  return cut < 0 ? `${text}\n${sentence}` : `${text.slice(0, cut)}\n${sentence}\n${text.slice(cut + 1)}`;
}

/** The k-th copy of a document (k ≥ 1). */
export function copyOf(doc: RawDocument, k: number): RawDocument {
  return { ...doc, uri: doc.uri === null ? null : `${doc.uri}#copy-${k}`, text: copyText(doc.text, k) };
}
