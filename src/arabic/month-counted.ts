// A day counted in a month named by its place beside the publication's (sixty-third pass, agree63): `في الـ12 من
// الشهر الجاري`، `الخامس من الشهر الماضي`، `في 3 من الشهر المقبل`. The day reader (date-phrases.ts dayMonth) took
// only a month's name after `من`, so such a day was read as its month alone (`الشهر الجاري`) and an act on the
// 12th, a summit planned for it, was dated to the month.
import { isValidDay, relative } from "./date-values.ts";
import { type Found, found, type Reader, wordAt } from "./date-reader.ts";

/** The relative words of a month a day may be counted in (lexicons/calendar.tsv, kind relative). */
const COUNTED_MONTHS: ReadonlySet<string> = new Set(["this_month", "last_month", "next_month"]);

/**
 * The day `day` (to `endDay`) that opens at token `first`, counted after `من` in the month the relative word at `j` names:
 * undefined when no such word stands at `j`; null when one does but the day cannot be fixed (no publication
 * date, or a day the month does not have).
 */
export function monthCounted(
  r: Reader,
  first: number,
  j: number,
  day: number,
  endDay: number | null,
): Found | null | undefined {
  // `للمرة الأولى الشهر الماضي`: with no `من` between, the ordinal counts something else, not the month's days.
  if (r.tokens[j - 1]?.key !== "من") return undefined;
  const w = wordAt(r, j);
  const rel = w?.values.find((x) => x.kind === "relative" && COUNTED_MONTHS.has(String(x.value)));
  if (!w || !rel) return undefined;
  if (!r.pub) return null;
  const { y, m } = relative(String(rel.value), r.pub).ymd;
  if (m === null || !isValidDay(y, m, day) || (endDay !== null && !isValidDay(y, m, endDay))) return null;
  return found(first, w.end, { y, m, d: day }, "relative", {
    endYmd: endDay !== null ? { y, m, d: endDay } : null,
    parts: { y, m, d: day },
  });
}
