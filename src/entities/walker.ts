// The walker over one document's tokens: the state it carries and `push`, the one way a mention is added.

import { offsetAfterLetters } from "../arabic/tokens.ts";
import type { MentionCandidate, Token } from "../pipeline/types.ts";
import type { EntityEntry, EntityLexicon } from "./lexicon.ts";

export interface RecognizeOptions {
  lexicon: EntityLexicon;
  /** Publication date, to pick the role a person held then. */
  published: string | null;
}

export const NAME_CONNECTORS = new Set(["بن", "ابن", "ال", "ابو", "عبد", "دي", "فون", "دير"]);

export interface Walker {
  text: string;
  tokens: readonly Token[];
  options: RecognizeOptions;
  out: MentionCandidate[];
  /** Short forms of persons already named, by token key. */
  shortForms: Map<string, MentionCandidate>;
  /** Surnames that are a state's name (مونتينيغرو after لويس): later alone, they are the person. */
  countrySurnames: Set<string>;
  seenKeys: Set<string>;
  /** States of a title written with a nisba and no name after it (`وزير الخارجية الكيني`), by title key. */
  unnamedTitles: Map<string, Set<string>>;
  /** Persons read after a title with no nisba (`وزير الدفاع يوسف حسن`), with that title's key. */
  countryless: Array<{ mention: MentionCandidate; title: string }>;
}

export type MentionFields = Omit<
  MentionCandidate,
  "start" | "end" | "text" | "firstToken" | "endToken" | "titleToken" | "prefix"
> & {
  prefix?: string;
  titleToken?: number;
};

export function fromEntry(e: EntityEntry): MentionFields {
  return {
    type: e.type,
    key: e.key,
    name: e.name,
    nameEn: e.nameEn,
    country: e.country,
    sector: e.sector,
    role: e.role,
    via: "lexicon",
    parties: e.parties,
  };
}

/** A mention read from its shape, not from a lexicon: named and keyed by its own text. */
export function fromPattern(
  type: "ORG" | "PERSON" | "MECHANISM",
  text: string,
  fields: Partial<MentionFields> = {},
): MentionFields {
  return {
    type,
    key: `${type.toLowerCase()}:${text}`,
    name: text,
    nameEn: null,
    country: null,
    sector: null,
    role: null,
    via: "pattern",
    parties: null,
    ...fields,
  };
}

export function push(w: Walker, first: number, end: number, stripped: number, m: MentionFields): void {
  const a = w.tokens[first] as Token;
  const b = w.tokens[end - 1] as Token;
  const start = a.start + (stripped > 0 ? offsetAfterLetters(a.text, stripped) : 0);
  const prefix =
    m.prefix ?? (stripped > 0 ? (a.bare.find((x) => x.stripped === stripped)?.prefix ?? "") : "");
  // Every mention is built with the same fields in the same order (one object shape for V8,
  // whichever recognizer made it): see mentionOf.
  const mention = mentionOf(
    m,
    start,
    b.end,
    w.text.slice(start, b.end),
    first,
    end,
    m.titleToken ?? first,
    prefix,
  );
  w.out.push(mention);
  if (mention.type === "PERSON" && mention.via !== "coref" && end - first > 1) {
    w.seenKeys.add(mention.key);
    // Both ends of a full name may come back alone: وو تشيان → وو; مايكل تشيس → تشيس. A regnal
    // number is no surname: after عبدالله الثاني, `كانون الثاني` is a month.
    const lex = w.options.lexicon;
    for (const k of [first, end - 1]) {
      const key = (w.tokens[k] as Token).key;
      if (key.length >= 2 && !lex.stop.has(key) && !NAME_CONNECTORS.has(key) && !lex.regnalOrdinals.has(key))
        w.shortForms.set(key, mention);
    }
  }
}

/**
 * The tokens the candidates cover (from each one's title token to its end), a byte each (1:
 * covered), for passes that skip them at every token: a `Set` of numbers was hashed at each.
 */
export function coveredTokens(candidates: readonly MentionCandidate[], tokenCount: number): Uint8Array {
  const covered = new Uint8Array(tokenCount);
  for (const c of candidates) for (let k = c.titleToken; k < c.endToken; k++) covered[k] = 1;
  return covered;
}

/**
 * A mention with all its fields, always in this order. Objects of one kind built with different
 * fields or field orders (spread in from different recognizers) have different hidden classes,
 * and V8 throws away the compiled code of the functions that read them when a new one turns up.
 * `findMechanisms` builds its mentions in the same order.
 */
export function mentionOf(
  m: MentionFields,
  start: number,
  end: number,
  text: string,
  firstToken: number,
  endToken: number,
  titleToken: number,
  prefix: string,
): MentionCandidate {
  return {
    start,
    end,
    text,
    type: m.type,
    key: m.key,
    name: m.name,
    nameEn: m.nameEn,
    country: m.country,
    sector: m.sector,
    role: m.role,
    firstToken,
    endToken,
    titleToken,
    prefix,
    via: m.via,
    parties: m.parties,
  };
}
