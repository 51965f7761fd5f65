// Numbers in digits and words: `20`, `3.5 مليار`, `خمسة وعشرون`, `ثلاثة آلاف وخمسمئة`,
// `أكثر من 20`, and ordinals (`الثامن`). Spans slice the original text.
import { list, type Row } from "../pipeline/tsv.ts";
import type { ArabicText, Span, Token } from "../pipeline/types.ts";
import { BARE, type PhraseMatch, PhraseIndex, phraseKeys } from "./phrases.ts";
import { DECIMAL_POINT, DIGITS, PLAIN_DIGITS, THOUSANDS_GROUP, THOUSANDS_SEPARATOR } from "./regexes.ts";

export type NumberMention = NonNullable<ArabicText["numbers"]>[number];
type Qualifier = NonNullable<NumberMention["qualifier"]>;

type Kind = "unit" | "bound_unit" | "teen" | "ten" | "hundred" | "scale" | "plural" | "dual" | "ordinal";

interface NumberWord {
  kind: Kind | "qualifier_after";
  value: string;
}

export interface NumberWords {
  words: PhraseIndex<NumberWord>;
  /** Qualifiers that stand before a number, as token keys (`أكثر من` → [اكثر, من]). */
  before: Array<{ keys: string[]; value: Qualifier }>;
}

/** Proclitics a number word may carry: `وعشرين`, `بعشرة`. */
const NUMBER_PROCLITICS = new Set(["", "و", "ب"]);
/** Letters a number word starting with و needs before the و is read as "and" (`وخمسة`, not `وست`). */
const MIN_WORD_AFTER_AND = 5;

/** What may follow a part after `و`, in Arabic order (`خمسة وعشرون`, `مئة وخمسة`, `ألف ومئتان`). */
const AFTER_AND: Record<string, ReadonlySet<string>> = {
  unit: new Set(["ten"]),
  bound_unit: new Set(["ten"]),
  teen: new Set(),
  ten: new Set(),
  hundred: new Set(["unit", "bound_unit", "ten"]),
  scale: new Set(["unit", "bound_unit", "ten", "hundred"]),
  digits: new Set(),
};

export function compileNumbers(rows: readonly Row[], calendar: readonly Row[] = []): NumberWords {
  const words = new PhraseIndex<NumberWord>();
  const before: NumberWords["before"] = [];
  for (const row of rows) {
    for (const form of list(row.forms)) {
      if (row.kind === "qualifier") before.push({ keys: phraseKeys(form), value: row.value as Qualifier });
      else words.add(form, { kind: row.kind as NumberWord["kind"], value: row.value ?? "" });
    }
  }
  for (const row of calendar) {
    if (row.kind !== "ordinal") continue;
    for (const form of list(row.forms)) words.add(form, { kind: "ordinal", value: row.value ?? "" });
  }
  before.sort((a, b) => b.keys.length - a.keys.length);
  return { words, before };
}

interface Reading {
  end: number;
  value: number;
  kind: NumberMention["kind"];
}

/** Every number in the text outside `skip` (the spans of dates, whose numbers are not quantities). */
export function findNumbers(
  text: string,
  tokens: readonly Token[],
  words: NumberWords | undefined,
  skip: readonly Span[] = [],
): NumberMention[] {
  const out: NumberMention[] = [];
  let s = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    while (s < skip.length && (skip[s] as Span).end <= t.start) s++;
    const skipped = skip[s];
    if (skipped && skipped.start <= t.start) continue;
    const r = readNumber(text, tokens, i, words);
    if (!r || (skipped && (tokens[r.end - 1] as Token).end > skipped.start)) continue;
    let first = i;
    let last = r.end;
    let qualifier: Qualifier | null = null;
    const q = words ? qualifierBefore(tokens, i, words) : null;
    if (q) {
      first = q.first;
      qualifier = q.value;
    }
    const after = words?.words.matchAt(tokens, last);
    const qa = after?.values.find((v) => v.kind === "qualifier_after");
    if (qa && after && (tokens[last] as Token).linked) {
      qualifier = qa.value as Qualifier;
      last = after.end;
    }
    const start = (tokens[first] as Token).start;
    const end = (tokens[last - 1] as Token).end;
    out.push({ text: text.slice(start, end), start, end, value: r.value, kind: r.kind, qualifier });
    i = last - 1;
  }
  return out;
}

function qualifierBefore(
  tokens: readonly Token[],
  i: number,
  words: NumberWords,
): { first: number; value: Qualifier } | null {
  for (const q of words.before) {
    const first = i - q.keys.length;
    if (first < 0) continue;
    const fits = q.keys.every((k, n) => {
      const t = tokens[first + n] as Token;
      return (t.key === k || (n === 0 && t.bare.some((b) => b.key === k))) && (n === 0 || t.linked);
    });
    if (fits && (tokens[i] as Token).linked) return { first, value: q.value };
  }
  return null;
}

/** The number that starts at token i, or null. */
export function readNumber(
  text: string,
  tokens: readonly Token[],
  i: number,
  words?: NumberWords,
): Reading | null {
  let total = 0;
  let group = 0;
  let j: number;
  let last: string;
  const digits = readDigits(text, tokens, i);
  if (digits) {
    group = digits.value;
    j = digits.end;
    last = "digits";
  } else {
    const m = words?.words.matchAt(tokens, i, BARE);
    if (!m || !NUMBER_PROCLITICS.has(m.prefix)) return null;
    // `وست` is و + ست only in a list of numbers; a short word after و is read whole.
    if (m.prefix === "و" && (tokens[i] as Token).key.length < MIN_WORD_AFTER_AND) return null;
    const w = m.values.find((v) => v.kind !== "teen" && v.kind !== "qualifier_after");
    if (!w || w.kind === "plural") return null;
    if (w.kind === "ordinal") return { end: m.end, value: Number(w.value), kind: "ordinal" };
    j = m.end;
    last = w.kind === "teen" ? "unit" : w.kind;
    if (w.kind === "dual") {
      total = 2 * Number(w.value);
      last = "scale";
    } else group = Number(w.value);
  }
  // Continue while the next linked token extends the number.
  for (;;) {
    const t = tokens[j];
    if (!t?.linked) break;
    const d = readDigits(text, tokens, j);
    const m = d ? null : words?.words.matchAt(tokens, j, BARE);
    const kinds = new Set((m?.values ?? []).map((v) => v.kind));
    if (!m && !d) break;
    if (m?.prefix === "" && kinds.has("teen") && (last === "unit" || last === "bound_unit")) {
      group += 10;
      last = "teen";
      j = m.end;
      continue;
    }
    if (m?.prefix === "" && kinds.has("hundred") && valueOf(m, "hundred") === 100 && last === "unit") {
      group *= 100;
      last = "hundred";
      j = m.end;
      continue;
    }
    const scale = kinds.has("scale") ? valueOf(m, "scale") : kinds.has("plural") ? valueOf(m, "plural") : 0;
    if (m?.prefix === "" && scale > 0 && group > 0 && last !== "scale") {
      if (kinds.has("plural") && !kinds.has("scale") && !(last === "digits" || (group >= 3 && group <= 10)))
        break;
      total += group * scale;
      group = 0;
      last = "scale";
      j = m.end;
      continue;
    }
    if (m?.prefix === "و") {
      const next = ["ten", "hundred", "unit", "bound_unit"].find((k) => kinds.has(k as Kind));
      if (!next || !AFTER_AND[last]?.has(next)) break;
      group += valueOf(m, next);
      last = next;
      j = m.end;
      continue;
    }
    break;
  }
  if (last === "bound_unit") return null;
  return { end: j, value: total + group, kind: "cardinal" };
}

/** Digits at token i, with a decimal part (`3.5`) or thousands groups (`1,500`) joined. */
/**
 * The value of the match's word of kind `k` (NaN if none). Declared here, not as a closure per
 * token: the CLI runs through tsx, whose esbuild `keepNames` names every function when it is made.
 */
function valueOf(m: PhraseMatch<NumberWord> | null | undefined, k: string): number {
  return Number(m?.values.find((v) => v.kind === k)?.value);
}

function readDigits(
  text: string,
  tokens: readonly Token[],
  i: number,
): { end: number; value: number } | null {
  const t = tokens[i];
  const first = t ? DIGITS.exec(t.key) : null;
  if (!first) return null;
  let literal = first[1] as string;
  let j = i + 1;
  let decimal = false;
  for (;;) {
    const next = tokens[j];
    if (!next || !PLAIN_DIGITS.test(next.key)) break;
    const gap = text.slice((tokens[j - 1] as Token).end, next.start);
    if (!decimal && DECIMAL_POINT.test(gap)) {
      literal += `.${next.key}`;
      decimal = true;
    } else if (!decimal && THOUSANDS_SEPARATOR.test(gap) && THOUSANDS_GROUP.test(next.key))
      literal += next.key;
    else break;
    j++;
  }
  return { end: j, value: Number(literal) };
}
