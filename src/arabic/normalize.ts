// Normalizations, one small named function each. Every function works on a MappedText
// that remembers, for each of its characters, the offset of the original character.
import { DIACRITIC, INVISIBLE, PRESENTATION_FORM, TATWEEL } from "./regexes.ts";

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

/** Replaces each UTF-16 unit by zero or more characters; new characters inherit its origin. */
function mapUnits(input: MappedText, replace: (ch: string) => string | null): MappedText {
  const { text, origin } = input;
  let out = "";
  const map: number[] = [];
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const r = replace(ch);
    if (r === null) {
      out += ch;
      map.push(origin[i] as number);
      continue;
    }
    changed = true;
    out += r;
    for (let k = 0; k < r.length; k++) map.push(origin[i] as number);
  }
  if (!changed) return input;
  map.push(origin[text.length] as number);
  return { text: out, origin: map };
}

const PERSIAN_FOLDS: Record<string, string> = { ی: "ي", ي: "ي", ک: "ك", ۀ: "ه", ە: "ه", ے: "ي" };
const ALEF_FOLDS: Record<string, string> = { أ: "ا", إ: "ا", آ: "ا", ٱ: "ا" };

/** NFKC on presentation-form letters only (`ﻻ` → `لا`), so nothing else moves. */
export const nfkcPresentationForms: Normalization = (input) =>
  mapUnits(input, (ch) => (PRESENTATION_FORM.test(ch) ? ch.normalize("NFKC") : null));

/** Removes tatweel (`الصيـــن` → `الصين`). */
export const stripTatweel: Normalization = (input) => mapUnits(input, (ch) => (TATWEEL.test(ch) ? "" : null));

/** Removes harakat, tanwin, shadda and the dagger alef (`عُقِد` → `عقد`). */
export const stripDiacritics: Normalization = (input) =>
  mapUnits(input, (ch) => (DIACRITIC.test(ch) ? "" : null));

/** Removes zero-width and bidi control characters. */
export const stripInvisibles: Normalization = (input) =>
  mapUnits(input, (ch) => (INVISIBLE.test(ch) ? "" : null));

/** Folds Persian and Urdu letters to Arabic (`ی ک` → `ي ك`). */
export const foldPersianLetters: Normalization = (input) =>
  mapUnits(input, (ch) => PERSIAN_FOLDS[ch] ?? null);

/** Arabic-Indic and Eastern Arabic-Indic digits to ASCII (`٢٠٢٤`, `۲۰۲۴` → `2024`). */
export const foldDigits: Normalization = (input) =>
  mapUnits(input, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x0660 && c <= 0x0669) return String(c - 0x0660);
    if (c >= 0x06f0 && c <= 0x06f9) return String(c - 0x06f0);
    return null;
  });

/** Alef with hamza or madda, and alef wasla, to bare alef (`أ إ آ ٱ` → `ا`). Keys only. */
export const normalizeAlef: Normalization = (input) => mapUnits(input, (ch) => ALEF_FOLDS[ch] ?? null);

/** Alef maksura to yeh (`ى` → `ي`). Keys only. */
export const normalizeAlefMaksura: Normalization = (input) =>
  mapUnits(input, (ch) => (ch === "ى" ? "ي" : null));

/** Teh marbuta to heh (`ة` → `ه`). Keys only. */
export const normalizeTehMarbuta: Normalization = (input) =>
  mapUnits(input, (ch) => (ch === "ة" ? "ه" : null));

/** Lower-cases Latin letters (`AI` → `ai`). Keys only. */
export const lowerLatin: Normalization = (input) =>
  mapUnits(input, (ch) => (ch >= "A" && ch <= "Z" ? ch.toLowerCase() : null));

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

/** The steps that build matching keys, in order. Display text keeps the original. */
export const KEY_STEPS: readonly NormalizationName[] = [
  "nfkcPresentationForms",
  "stripInvisibles",
  "stripTatweel",
  "stripDiacritics",
  "foldPersianLetters",
  "foldDigits",
  "normalizeAlef",
  "normalizeAlefMaksura",
  "normalizeTehMarbuta",
  "lowerLatin",
];

export function normalize(text: string, steps: readonly NormalizationName[] = KEY_STEPS): MappedText {
  let m = identity(text);
  for (const step of steps) m = NORMALIZATIONS[step](m);
  return m;
}

/** The matching key of a word or phrase (`الأميركية` → `الاميركيه`). */
export function keyOf(text: string): string {
  return normalize(text).text;
}
