// A text in display and key form, with its words: what both the cleaning stage (`findCited`) and the
// Arabic layer (`tokenize`) read of a document's text, one right after the other. The last text's
// reading is kept, so the second stage takes it instead of normalizing and scanning the text again.
import { DISPLAY_STEPS, type EditedText, foldLetters, normalizeEdits } from "./normalize.ts";
import { WORD } from "./regexes.ts";
import { wordSpans } from "./words.ts";

export interface KeyedText {
  /** The text as given. */
  readonly text: string;
  /** Its display form (`DISPLAY_STEPS`), with the map back to `text`. */
  readonly display: EditedText;
  /**
   * Its key text: the display text's letters folded (`FOLD_STEPS`), the same as `normalize(text)`
   * gives. The folds keep length, so `display`'s map leads back from the key text too.
   */
  readonly key: string;
  /** Each word's start and end in `key`, as `WORD` finds them (read only). */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The last text read (one document's text is read by two stages in turn). */
let last: KeyedText | null = null;

export function keyedText(text: string): KeyedText {
  if (last !== null && last.text === text) return last;
  const display = normalizeEdits(text, DISPLAY_STEPS);
  const key = foldLetters(display.text);
  const starts: number[] = [];
  const ends: number[] = [];
  // Through a table of UTF-16 units, in one loop; a text with surrogate pairs through the regex.
  if (!wordSpans(key, starts, ends))
    for (const m of key.matchAll(WORD)) {
      starts.push(m.index);
      ends.push(m.index + m[0].length);
    }
  last = { text, display, key, starts, ends };
  return last;
}
