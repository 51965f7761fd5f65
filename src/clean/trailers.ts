// Classifies the lines of aggregator text: body, headers, trailers, appended articles.
import { keyOf, keyPrefix, type MappedText, normalize } from "../arabic/normalize.ts";
import { BULLET_LINE, MARK } from "../arabic/regexes.ts";
import type { Row } from "../pipeline/tsv.ts";
import { HEADING_TAIL } from "./regexes.ts";

export type TrailerKind =
  | "published"
  | "source"
  | "keywords"
  | "appended_heading"
  | "inline_more"
  | "related_list"
  | "credit"
  | "promo"
  | "dateline";

export interface TrailerRule {
  kind: TrailerKind;
  key: string;
}

export interface LineClass {
  kind: TrailerKind | "body" | "blank" | "bullet";
  /** Text after the phrase and its colon (`المصدر: الحرة` → `الحرة`). */
  value: string;
}

/** Longest stretch of a line that a phrase can cover, with its harakat and tatweel. */
const MAX_PHRASE_CHARS = 80;

export function compileTrailerRules(rows: readonly Row[]): TrailerRule[] {
  return rows
    .map((r) => ({ kind: r.kind as TrailerKind, key: keyOf(r.phrase ?? "") }))
    .filter((r) => r.key !== "")
    .sort((a, b) => b.key.length - a.key.length);
}

/** Where `phrase` ends in `line` (whose key is `key`), matching on keys; -1 when the line does not open with it. */
function phraseEnd(line: string, key: MappedText, phraseKey: string): number {
  if (!key.text.startsWith(phraseKey)) return -1;
  let end = key.origin[phraseKey.length] as number;
  // Swallow the marks that close the phrase (`أيضاً`).
  while (end < line.length && MARK.test(line[end] as string)) end++;
  return end;
}

/** The rules grouped for look-up, made once per rule list. */
interface RuleIndex {
  /**
   * Rules by the first `width` units of their key (`startOf`), in their order (null if one has an
   * empty key). Most phrases begin with ا or و (`اقرأ أيضا`, `والمصدر`): by the first unit alone a
   * body line that opens with one of them was compared with 27–35 phrases, by two with at most 12.
   */
  byStart: Map<number, TrailerRule[]> | null;
  /** How many units open every key (1 or 2): a key shorter than 2 units is indexed by its first alone. */
  width: number;
  /** The longest key's length: no more of a line's key is compared. */
  longest: number;
}

const ruleIndexes = new WeakMap<readonly TrailerRule[], RuleIndex>();
const NO_RULES: readonly TrailerRule[] = [];

/** The first `width` units of `key` as one number, or -1 when it is shorter. */
function startOf(key: string, width: number): number {
  if (key.length < width) return -1;
  return width === 1 ? key.charCodeAt(0) : key.charCodeAt(0) * 0x10000 + key.charCodeAt(1);
}

function ruleIndex(rules: readonly TrailerRule[]): RuleIndex {
  let index = ruleIndexes.get(rules);
  if (index === undefined) {
    const shortest = Math.min(...rules.map((r) => r.key.length));
    const width = Math.min(2, shortest);
    const byStart = width === 0 ? null : new Map<number, TrailerRule[]>();
    for (const r of byStart ? rules : []) {
      const start = startOf(r.key, width);
      byStart?.set(start, [...(byStart.get(start) ?? []), r]);
    }
    index = { byStart, width, longest: Math.max(0, ...rules.map((r) => r.key.length)) };
    ruleIndexes.set(rules, index);
  }
  return index;
}

/** The rules whose phrase may open a line of key `key`: a line's key can only open with those. */
function rulesStarting(rules: readonly TrailerRule[], index: RuleIndex, key: string): readonly TrailerRule[] {
  if (index.byStart === null) return rules;
  return index.byStart.get(startOf(key, index.width)) ?? NO_RULES;
}

export function classifyLine(line: string, rules: readonly TrailerRule[]): LineClass {
  const trimmed = line.trim();
  if (trimmed === "") return { kind: "blank", value: "" };
  const bare = trimmed.replace(/^\(/u, "");
  // Phrases are short: the key of the line's opening is all that is compared, as far as the
  // longest phrase's key reaches.
  const opening = bare.slice(0, MAX_PHRASE_CHARS);
  const index = ruleIndex(rules);
  const keyText = keyPrefix(opening, index.longest);
  // The map back to the line, only for a line that opens with a phrase.
  let key: MappedText | null = null;
  for (const rule of rulesStarting(rules, index, keyText)) {
    if (!keyText.startsWith(rule.key)) continue;
    key ??= normalize(opening);
    const end = phraseEnd(bare, key, rule.key);
    if (end < 0) continue;
    const rest = bare.slice(end);
    // A phrase must end a word: `المصدر` but not `المصدرين`.
    if (/^[\p{L}]/u.test(rest)) continue;
    const value = rest.replace(/^[\s:：\-–—]+/u, "").trim();
    switch (rule.kind) {
      case "appended_heading":
        if (HEADING_TAIL.test(rest)) return { kind: "appended_heading", value: "" };
        continue;
      case "inline_more":
        if (value !== "") return { kind: "inline_more", value };
        continue;
      case "source":
      case "published":
      case "keywords":
        if (/^\s*[:：]/u.test(rest) && value !== "") return { kind: rule.kind, value };
        continue;
      case "credit":
        if (trimmed.startsWith("(")) return { kind: "credit", value };
        continue;
      case "related_list":
        if (HEADING_TAIL.test(rest)) return { kind: "related_list", value: "" };
        continue;
      case "promo":
        return { kind: "promo", value };
      default:
        continue;
    }
  }
  if (BULLET_LINE.test(line)) return { kind: "bullet", value: trimmed };
  return { kind: "body", value: trimmed };
}
