// A trigger row's `unless` words (lexicons/triggers.tsv): the words that, right after the trigger, give it
// another sense (`إذا تطلب الأمر`، `ضربة جزاء`). They are read as whole words, with the endings of the
// word's own inflection (its feminine, dual, plural and accusative, and a pronoun after them), never as any
// opening: `الأمر` blocks `الأمر` and `الأمران` but not `الأمريكيين` (`دعا الأمريكيين إلى`), `مالي`
// blocks `مالية` but not `ماليزيا`, `الي` blocks `إلى` but not `اليمن`. A word written in digits stands
// for any number written in digits (`وصل 300 لاجئ`). Words are keys (keyOf: ة is ه, ى is ي).
import type { Token } from "../pipeline/types.ts";

/** Endings a word takes in its own inflection before any pronoun (ة is folded into ه in keys). */
const STEM_ENDINGS = ["", "ا", "ه", "ي", "يه", "يا", "ات", "ان", "ين", "ون", "يين", "يات"] as const;

/** Pronouns after a word. */
const PRONOUNS = ["", "ه", "ها", "هم", "هما", "هن", "ي", "ك", "كم", "نا"] as const;

/** `key` is `word` with one of its endings (a ة-word also as ت, ات or تين/تان before a pronoun). */
export function inflectionOf(key: string, word: string): boolean {
  if (/^[0-9]/u.test(word)) return key.startsWith(word);
  if (!key.startsWith(word)) {
    // مسؤولية → مسؤوليتها، تهمة → تهمتين: the ة of the word is ت before a pronoun or a dual ending.
    if (!word.endsWith("ه") || word.length < 3) return false;
    const root = word.slice(0, -1);
    if (!key.startsWith(root)) return false;
    const rest = key.slice(root.length);
    for (const e of ["ت", "ات", "تين", "تان"])
      if (rest.startsWith(e) && pronoun(rest.slice(e.length))) return true;
    return false;
  }
  const rest = key.slice(word.length);
  if (rest === "") return true;
  for (const e of STEM_ENDINGS) if (rest.startsWith(e) && pronoun(rest.slice(e.length))) return true;
  return false;
}

function pronoun(rest: string): boolean {
  return (PRONOUNS as readonly string[]).includes(rest);
}

/** The token is one of `words` (its key or a key once its proclitics are removed), with its endings. */
export function isUnlessWord(t: Token, words: readonly string[]): boolean {
  for (const w of words) {
    if (inflectionOf(t.key, w)) return true;
    for (const b of t.bare) if (inflectionOf(b.key, w)) return true;
  }
  return false;
}

/** One of `words` stands within `reach` tokens from `from` (in the token list, as `followedBy` reads). */
export function unlessWithin(
  tokens: readonly Token[],
  from: number,
  words: readonly string[],
  reach = 1,
): boolean {
  const to = Math.min(tokens.length, from + reach);
  for (let k = from; k < to; k++) if (isUnlessWord(tokens[k] as Token, words)) return true;
  return false;
}
