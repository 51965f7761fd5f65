// A year number at one token of a date phrase: its calendar, and the ranges of years a number may name.
// Split from date-phrases.ts, which reads it inside months, durations and `عام 2021`.
import { type Reader, wordAt } from "./date-reader.ts";
import { YEAR_NUMBER } from "./regexes.ts";

/** Gregorian years a bare four-digit number may name. */
const GREGORIAN_YEARS = { min: 1900, max: 2100 };
/** Hijri years a number followed by هـ may name. */
const HIJRI_YEARS = { min: 1300, max: 1600 };
/**
 * Older Gregorian years a four-digit number names right after the word for year (`عام 1675`، `سنة 1869`):
 * history told as background. Not those in the Hijri span, which such a number with no era word
 * (`عام 1439`) may name in either calendar.
 */
const HISTORY_YEARS = { min: 1000, max: 1899 };
/**
 * A year number at token i: `2024`, `2025م`, `1446هـ`, with an era word after it (`1446 هـ`);
 * after a Hijri month a year in the Hijri range needs no era (`10 ذو القعدة 1446`).
 */
export function yearAt(
  r: Reader,
  i: number,
  hijriMonth = false,
  afterYearWord = false,
): { year: number; hijri: boolean; end: number } | null {
  const t = r.tokens[i];
  const m = t ? YEAR_NUMBER.exec(t.key) : null;
  if (!m) return null;
  const year = Number(m[1]);
  let hijri = m[2] === "ه" || (hijriMonth && !m[2] && year >= HIJRI_YEARS.min && year <= HIJRI_YEARS.max);
  let end = i + 1;
  if (!m[2] && r.tokens[end]?.linked) {
    const era = wordAt(r, end);
    if (era?.values.some((v) => v.kind === "hijri_era")) {
      hijri = true;
      end = era.end;
    } else if (era?.values.some((v) => v.kind === "gregorian_era")) end = era.end;
  }
  const range = hijri ? HIJRI_YEARS : GREGORIAN_YEARS;
  const history =
    afterYearWord &&
    !hijri &&
    year >= HISTORY_YEARS.min &&
    year <= HISTORY_YEARS.max &&
    (year < HIJRI_YEARS.min || year > HIJRI_YEARS.max);
  if (!history && (year < range.min || year > range.max)) return null;
  if (!hijri && m[1]?.length !== 4) return null;
  return { year, hijri, end };
}

/**
 * `2011: وقعت سوريا …`، `1902 - فنزويلا تفشل …`: a year that opens its line (nothing before it on the line but
 * a bullet) and is followed by a colon or a dash is the heading of a timeline item, the year of the line's acts.
 * Not a span of years (`1870 - 1888 الحاكم …`), whose acts have no one year.
 */
export function opensItem(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!ITEM_BULLET.test(text.slice(lineStart, start))) return false;
  return ITEM_MARK.test(text.slice(end, end + 8));
}

/** What may stand before an item's year on its line: spaces and a bullet. */
const ITEM_BULLET = /^[\s\u200f\u200e\u202b\u202c•*\-–—]*$/u;
/** A colon, or a dash not followed by another year (a span), right after an item's year. */
const ITEM_MARK = /^[ \t]*(?::|[-–—](?![ \t]*\d))/u;
