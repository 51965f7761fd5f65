// Normalizations, one small named function each. Every function works on a MappedText
// that remembers, for each of its characters, the offset of the original character.
import {
  ALEF_MAKSURA,
  ALEF_VARIANT,
  ARABIC_DIGIT,
  DIACRITIC,
  FOLDED_LETTER,
  INVISIBLE,
  LATIN_CAPITAL,
  PERSIAN_LETTER,
  PRESENTATION_FORM,
  TATWEEL,
  TEH_MARBUTA,
} from "./regexes.ts";

export interface MappedText {
  text: string;
  /** origin[i] is the offset in the original text of character i; origin[text.length] is the original length. */
  origin: number[];
}

export type Normalization = (input: MappedText) => MappedText;

export function identity(text: string): MappedText {
  const origin = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/**
 * Replaces each UTF-16 unit that `touches` matches by zero or more characters; new characters
 * inherit its origin. A text `touches` does not match comes back as it was, map and all.
 */
function mapUnits(input: MappedText, touches: RegExp, replace: (ch: string) => string | null): MappedText {
  const { text, origin } = input;
  if (!touches.test(text)) return input;
  let out = "";
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const r = replace(ch);
    if (r === null) {
      out += ch;
      map.push(origin[i] as number);
      continue;
    }
    out += r;
    for (let k = 0; k < r.length; k++) map.push(origin[i] as number);
  }
  map.push(origin[text.length] as number);
  return { text: out, origin: map };
}

/** Persian and Urdu letters and their Arabic counterparts (`ی` → `ي`, `ک` → `ك`, `ۀ` → `ه`). */
const PERSIAN_FOLDS: Record<string, string> = {
  ی: "ي",
  ې: "ي",
  ے: "ي",
  ک: "ك",
  ڪ: "ك",
  ۀ: "ه",
  ە: "ه",
  ھ: "ه",
  ہ: "ه",
  ۃ: "ة",
};
const ALEF_FOLDS: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا" };

/** NFKC on presentation-form letters only (`ﻻ` → `لا`), so nothing else moves. */
export const nfkcPresentationForms: Normalization = (input) =>
  mapUnits(input, PRESENTATION_FORM, (ch) => (PRESENTATION_FORM.test(ch) ? ch.normalize("NFKC") : null));

/** Removes tatweel (`الصيـــن` → `الصين`). */
export const stripTatweel: Normalization = (input) =>
  mapUnits(input, TATWEEL, (ch) => (TATWEEL.test(ch) ? "" : null));

/** Removes harakat, tanwin, shadda and the dagger alef U+0670 (`عُقِد` → `عقد`). */
export const stripDiacritics: Normalization = (input) =>
  mapUnits(input, DIACRITIC, (ch) => (DIACRITIC.test(ch) ? "" : null));

/** Removes zero-width and bidi control characters and the soft hyphen. */
export const stripInvisibles: Normalization = (input) =>
  mapUnits(input, INVISIBLE, (ch) => (INVISIBLE.test(ch) ? "" : null));

/** Folds Persian and Urdu letters to Arabic (`ی ک ۀ` → `ي ك ه`). */
export const foldPersianLetters: Normalization = (input) =>
  mapUnits(input, PERSIAN_LETTER, (ch) => PERSIAN_FOLDS[ch] ?? null);

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII (`٢٠٢٤`, `۲۰۲۴` → `2024`). */
export const foldDigits: Normalization = (input) =>
  mapUnits(input, ARABIC_DIGIT, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
    return null;
  });

/** Alef with hamza or madda, and alef wasla, to bare alef (`أ إ آ ٱ` → `ا`). Keys only. */
export const normalizeAlef: Normalization = (input) =>
  mapUnits(input, ALEF_VARIANT, (ch) => ALEF_FOLDS[ch] ?? null);

/** Alef maksura to yeh (`ى` → `ي`). Keys only. */
export const normalizeAlefMaksura: Normalization = (input) =>
  mapUnits(input, ALEF_MAKSURA, (ch) => (ch === "ى" ? "ي" : null));

/** Teh marbuta to heh (`ة` → `ه`). Keys only. */
export const normalizeTehMarbuta: Normalization = (input) =>
  mapUnits(input, TEH_MARBUTA, (ch) => (ch === "ة" ? "ه" : null));

/** Lower-cases Latin letters (`AI` → `ai`). Keys only. */
export const lowerLatin: Normalization = (input) =>
  mapUnits(input, LATIN_CAPITAL, (ch) => (ch >= "A" && ch <= "Z" ? ch.toLowerCase() : null));

export const NORMALIZATIONS = {
  nfkcPresentationForms,
  stripTatweel,
  stripDiacritics,
  stripInvisibles,
  foldPersianLetters,
  foldDigits,
  normalizeAlef,
  normalizeAlefMaksura,
  normalizeTehMarbuta,
  lowerLatin,
} as const;

export type NormalizationName = keyof typeof NORMALIZATIONS;

/**
 * The steps that make display-faithful text for reading words (`بنظيرِهِ` → `بنظيره`): invisible
 * marks go, letters keep their spelling, so ة stays apart from a pronoun ه.
 */
export const DISPLAY_STEPS: readonly NormalizationName[] = [
  "nfkcPresentationForms",
  "stripInvisibles",
  "stripTatweel",
  "stripDiacritics",
  "foldPersianLetters",
  "foldDigits",
];

/** The one-for-one letter folds that turn display text into keys; they keep length and offsets. */
export const FOLD_STEPS: readonly NormalizationName[] = [
  "normalizeAlef",
  "normalizeAlefMaksura",
  "normalizeTehMarbuta",
  "lowerLatin",
];

/** The steps that build matching keys, in order. Display text keeps the original. */
export const KEY_STEPS: readonly NormalizationName[] = [...DISPLAY_STEPS, ...FOLD_STEPS];

/** Applies `steps` in order; the result keeps the map back to `text`. */
export function normalize(text: string, steps: readonly NormalizationName[] = KEY_STEPS): MappedText {
  const table = steps === KEY_STEPS ? KEY_TABLE : steps === DISPLAY_STEPS ? DISPLAY_TABLE : null;
  return table ? applyTable(text, table) : applySteps(identity(text), steps);
}

/**
 * A step list as one table of what each UTF-16 unit becomes. Every step rewrites units one at a
 * time, so the list rewrites a text unit by unit too, and one pass does the work of ten.
 */
interface StepTable {
  /** 1 where some step touches the unit. */
  touched: Uint8Array;
  /** What a touched unit becomes (maybe itself, maybe nothing). */
  units: Map<number, string>;
}

/** Tests that say which units each normalization may change. */
const TOUCHES: Record<NormalizationName, RegExp> = {
  nfkcPresentationForms: PRESENTATION_FORM,
  stripTatweel: TATWEEL,
  stripDiacritics: DIACRITIC,
  stripInvisibles: INVISIBLE,
  foldPersianLetters: PERSIAN_LETTER,
  foldDigits: ARABIC_DIGIT,
  normalizeAlef: ALEF_VARIANT,
  normalizeAlefMaksura: ALEF_MAKSURA,
  normalizeTehMarbuta: TEH_MARBUTA,
  lowerLatin: LATIN_CAPITAL,
};

function compileTable(steps: readonly NormalizationName[]): StepTable {
  const touched = new Uint8Array(0x10000);
  const units = new Map<number, string>();
  const any = new RegExp(steps.map((step) => TOUCHES[step].source).join("|"), "u");
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (!any.test(ch)) continue;
    touched[c] = 1;
    units.set(c, applySteps(identity(ch), steps).text);
  }
  return { touched, units };
}

function applyTable(text: string, table: StepTable): MappedText {
  const origin: number[] = [];
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (table.touched[c] === 0) {
      origin.push(i);
      continue;
    }
    const r = table.units.get(c) as string;
    out += text.slice(from, i) + r;
    for (let k = 0; k < r.length; k++) origin.push(i);
    from = i + 1;
  }
  origin.push(text.length);
  return { text: from === 0 ? text : out + text.slice(from), origin };
}

/**
 * A normalized text whose map back is kept as its edits only: most units map one for one, so
 * `origin(k)` finds the last edit at or before `k` instead of reading an array of every unit
 * (which cost an allocation and a push per character of every document).
 */
export class EditedText {
  constructor(
    readonly text: string,
    /** Where each touched unit's replacement begins in `text`, ascending. */
    private readonly outs: number[],
    /** The touched unit's offset in the original. */
    private readonly ins: number[],
    /** The replacement's length (0 when the unit was removed). */
    private readonly lens: number[],
  ) {}

  /** `normalize(original, steps).origin[k]`: the original offset of unit `k` (or of the end). */
  origin(k: number): number {
    const { outs } = this;
    let lo = 0;
    let hi = outs.length;
    // The first edit that begins after k; the one before it is the last at or before k.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((outs[mid] as number) <= k) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return k;
    const e = lo - 1;
    const out = outs[e] as number;
    const len = this.lens[e] as number;
    const at = this.ins[e] as number;
    return k < out + len ? at : at + 1 + (k - out - len);
  }

  /** The whole map, as `normalize` gives it. */
  originArray(): number[] {
    const origin = new Array<number>(this.text.length + 1);
    for (let k = 0; k <= this.text.length; k++) origin[k] = this.origin(k);
    return origin;
  }
}

/** `normalize(text, steps)` (KEY_STEPS or DISPLAY_STEPS) with its map as edits: see EditedText. */
export function normalizeEdits(text: string, steps: readonly NormalizationName[] = KEY_STEPS): EditedText {
  const table = steps === KEY_STEPS ? KEY_TABLE : steps === DISPLAY_STEPS ? DISPLAY_TABLE : null;
  if (table === null)
    throw new Error("normalizeEdits takes KEY_STEPS or DISPLAY_STEPS; use normalize for other steps");
  const { touched, units } = table;
  const outs: number[] = [];
  const ins: number[] = [];
  const lens: number[] = [];
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (touched[c] === 0) continue;
    const r = units.get(c) as string;
    out += text.slice(from, i);
    outs.push(out.length);
    ins.push(i);
    lens.push(r.length);
    out += r;
    from = i + 1;
  }
  return new EditedText(from === 0 ? text : out + text.slice(from), outs, ins, lens);
}

/** `normalize(text, DISPLAY_STEPS).text` without the map back, for text only read for its words. */
export function displayText(text: string): string {
  return tableText(text, DISPLAY_TABLE);
}

/** `applyTable(text, table).text`, without the map. */
function tableText(text: string, table: StepTable): string {
  const { touched, units } = table;
  let out = "";
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (touched[c] === 0) continue;
    out += text.slice(from, i) + (units.get(c) as string);
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Applies `steps` to text that is already mapped; the map still leads to the first original. */
export function applySteps(input: MappedText, steps: readonly NormalizationName[]): MappedText {
  let m = input;
  for (const step of steps) m = NORMALIZATIONS[step](m);
  return m;
}

const LETTER_FOLDS: Record<string, string> = { ...ALEF_FOLDS, ى: "ي", ة: "ه" };

/** FOLD_STEPS on display text, without a map (`الأمريكية` → `الامريكيه`). */
export function foldLetters(display: string): string {
  // A loop over the units, not a replace with a callback per letter (alef and ة are everywhere).
  let out = "";
  let from = 0;
  for (let i = 0; i < display.length; i++) {
    const c = display.charCodeAt(i);
    const f =
      c < FIRST_FOLDED_ARABIC
        ? c >= 0x41 && c <= 0x5a
          ? c + 0x20
          : 0
        : c <= LAST_FOLDED_ARABIC
          ? (ARABIC_FOLDS[c - FIRST_FOLDED_ARABIC] as number)
          : 0;
    if (f === 0) continue;
    out += display.slice(from, i) + String.fromCharCode(f);
    from = i + 1;
  }
  return from === 0 ? display : out + display.slice(from);
}

/** The lowest unit FOLDED_LETTER takes outside ASCII (آ U+0622). */
const FIRST_FOLDED_ARABIC = 0x0622;

/** The highest unit FOLDED_LETTER takes (ٱ U+0671). */
const LAST_FOLDED_ARABIC = 0x0671;

/** What `LETTER_FOLDS` makes of each unit from آ to ٱ, or 0 (FOLDED_LETTER's Arabic letters). */
const ARABIC_FOLDS = (() => {
  const table = new Uint16Array(LAST_FOLDED_ARABIC - FIRST_FOLDED_ARABIC + 1);
  for (const [from, to] of [
    [0x0622, 0x0627],
    [0x0623, 0x0627],
    [0x0625, 0x0627],
    [0x0671, 0x0627],
    [0x0649, 0x064a],
    [0x0629, 0x0647],
  ] as const)
    table[from - FIRST_FOLDED_ARABIC] = to;
  return table;
})();

/**
 * Like `foldLetters` but keeps ة apart from ه, for lexicon look-ups where a pronoun ه matters
 * (`نظيرة` "counterpart (f.)" is not `نظيره` "his counterpart").
 */
export function foldSpelling(display: string): string {
  return display.replace(FOLDED_LETTER, (ch) => (ch === "ة" ? ch : (LETTER_FOLDS[ch] ?? ch.toLowerCase())));
}

/** The matching key of a word or phrase (`الأميركية` → `الاميركيه`). */
export function keyOf(text: string): string {
  return tableText(text, KEY_TABLE);
}

/**
 * The opening of `keyOf(text)`: at least its first `units` units (all of it when shorter), reading
 * no more of `text` than they need (a line is only compared with the phrases that may open it).
 */
export function keyPrefix(text: string, units: number): string {
  const { touched, units: replacements } = KEY_TABLE;
  let out = "";
  let from = 0;
  let i = 0;
  // `out.length + (i - from)`: the key units made of text[0, i).
  for (; i < text.length && out.length + (i - from) < units; i++) {
    const c = text.charCodeAt(i);
    if (touched[c] === 0) continue;
    out += text.slice(from, i) + (replacements.get(c) as string);
    from = i + 1;
  }
  return out + text.slice(from, i);
}

const DISPLAY_TABLE = compileTable(DISPLAY_STEPS);
const KEY_TABLE = compileTable(KEY_STEPS);
