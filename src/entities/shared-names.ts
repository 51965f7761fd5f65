// Names two places share once diacritics are folded (عُمان Oman, عمّان Amman): which one a mention
// means, from the words right before it, else from the article's other words (lexicons/shared-names.tsv).
import { keyOf } from "../arabic/normalize.ts";
import { phraseKeys } from "../arabic/phrases.ts";
import { tokenIs } from "../arabic/tokens.ts";
import { list, type Row } from "../pipeline/tsv.ts";
import type { MentionCandidate, Token } from "../pipeline/types.ts";
import { mentionOf } from "./walker.ts";

interface Reading {
  country: string;
  /** `GPE` for a state or its capital; `LOC` for a city that is neither (`place` rows: Santiago de Cuba). */
  type: "GPE" | "LOC";
  key: string;
  name: string;
  nameEn: string;
  /** Phrases (as token keys) that decide this reading right before the name. */
  before: string[][];
  /** Words and phrases (as token keys) elsewhere in the article that count for it. */
  context: string[][];
}

/** Readings of each shared name, by the name's key; the first is kept when nothing decides. */
export type SharedNames = Map<string, Reading[]>;

export function compileSharedNames(rows: readonly Row[]): SharedNames {
  const out: SharedNames = new Map();
  for (const r of rows) {
    const name = keyOf(r.name as string);
    const country = r.country as string;
    const place = r.reading === "place";
    const reading: Reading = {
      country,
      type: place ? "LOC" : "GPE",
      key: place
        ? `place:${keyOf(r.name_ar as string)}`
        : r.reading === "capital"
          ? `capital:${country}:${name}`
          : `gpe:${country}`,
      name: r.name_ar as string,
      nameEn: r.name_en as string,
      before: list(r.before).map(phraseKeys),
      context: list(r.context).map(phraseKeys),
    };
    out.set(name, [...(out.get(name) ?? []), reading]);
  }
  return out;
}

/** The candidates with every shared name read as the place the article means. */
export function resolveSharedNames(
  candidates: readonly MentionCandidate[],
  tokens: readonly Token[],
  shared: SharedNames,
): MentionCandidate[] {
  const counts = new Map<string, number[]>();
  // Pushed into one array literal, not mapped: a mapped array's elements kind (and hidden class)
  // depends on its length, and `findEntities` was compiled again for each kind it met.
  const out: MentionCandidate[] = [];
  for (const c of candidates) out.push(resolved(c));
  return out;

  function resolved(c: MentionCandidate): MentionCandidate {
    if (c.type !== "GPE" || c.endToken - c.firstToken !== 1) return c;
    const name = bareKey(tokens, c);
    const readings = shared.get(name);
    if (!readings) return c;
    let tally = counts.get(name);
    if (!tally) {
      tally = readings.map((r) => r.context.reduce((n, phrase) => n + occurrences(tokens, phrase), 0));
      counts.set(name, tally);
    }
    // والأردن وعُمان: a name written with the vowel or shadda that tells the two apart is that reading.
    const text = (tokens[c.firstToken] as Token).text;
    const voweled = readings.find((r) => r.name !== name && text.endsWith(r.name));
    if (voweled) return as(c, voweled);
    const decided = readings.find((r) => r.before.some((phrase) => endsAt(tokens, phrase, c.titleToken)));
    if (decided) return as(c, decided);
    const most = Math.max(...tally);
    const leaders = readings.filter((_, i) => tally[i] === most);
    return as(c, (leaders.length === 1 ? leaders[0] : readings[0]) as Reading);
  }
}

function as(c: MentionCandidate, r: Reading): MentionCandidate {
  // Built by mentionOf, as every mention is: a spread copy would have a hidden class of its own.
  return mentionOf(
    { ...c, type: r.type, key: r.key, name: r.name, nameEn: r.nameEn, country: r.country },
    c.start,
    c.end,
    c.text,
    c.firstToken,
    c.endToken,
    c.titleToken,
    c.prefix,
  );
}

/** The mention's one token without its proclitics (`وعمان` → `عمان`). */
function bareKey(tokens: readonly Token[], c: MentionCandidate): string {
  const t = tokens[c.firstToken] as Token;
  return t.bare.find((b) => b.prefix === c.prefix)?.key ?? t.key;
}

/** Whether `phrase` ends on the token before `at`. */
function endsAt(tokens: readonly Token[], phrase: readonly string[], at: number): boolean {
  const from = at - phrase.length;
  return from >= 0 && phrase.every((k, j) => tokenIs(tokens[from + j] as Token, k));
}

function occurrences(tokens: readonly Token[], phrase: readonly string[]): number {
  // Loops, not `every` and `some` with closures: this reads every token of the document for each
  // phrase, and each closure (with the context of what it captures) was made per token.
  let n = 0;
  for (let i = 0; i + phrase.length <= tokens.length; i++) {
    let all = true;
    for (let j = 0; j < phrase.length && all; j++) all = tokenIs(tokens[i + j] as Token, phrase[j] as string);
    if (all) n++;
  }
  return n;
}
