import assert from "node:assert/strict";
import { test } from "node:test";
import { join } from "node:path";
import fc from "fast-check";
import { DEFAULT_LEXICON_DIR, loadLexicons } from "../pipeline/lexicons.ts";
import { readTsv } from "../pipeline/tsv.ts";
import { compileCalendar, findDates } from "./dates.ts";
import { compileHijriTable, gregorianToHijri, hijriToGregorian, jdnToGregorian } from "./hijri.ts";
import { compileArabic, loadArabicLexicons } from "./lexicon.ts";
import { scoreDates } from "./measure.ts";
import { tokenize } from "./tokens.ts";

const lex = loadLexicons();
const calendar = compileCalendar(lex.calendar);
const proclitics = ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

function datesOf(text: string, published: string | null) {
  const { tokens } = tokenize(text, { proclitics });
  return findDates(text, tokens, calendar, published).map((d) => [d.text, d.value, d.granularity]);
}

const cases: Array<[string, string | null, Array<[string, string | null, string | null]>]> = [
  ["عقد الاجتماع في 15 يناير 2024 بجنيف.", null, [["15 يناير 2024", "2024-01-15", "day"]]],
  [
    "زار الوزير موسكو في 15 كانون الثاني/يناير 2024.",
    null,
    [["15 كانون الثاني/يناير 2024", "2024-01-15", "day"]],
  ],
  ["عقدت آخر مرة في سبتمبر من عام 2021.", null, [["سبتمبر من عام 2021", "2021-09", "month"]]],
  ["التقيا في نوفمبر الماضي.", "2024-01-10", [["نوفمبر الماضي", "2023-11", "month"]]],
  ["التقيا في نوفمبر الماضي.", null, [["نوفمبر الماضي", null, null]]],
  ["تم تعليقه منذ أغسطس من العام الماضي.", "2023-11-30", [["أغسطس من العام الماضي", "2022-08", "month"]]],
  ["قال المتحدث اليوم الخميس إن…", "2023-11-30", [["الخميس", "2023-11-30", "day"]]],
  ["وصل الوفد أمس.", "2024-03-01", [["أمس", "2024-02-29", "day"]]],
  // اليوم التالي، اليوم الأول: a day counted from an event, not the day of publication.
  ["في يوم الأحد، وهو اليوم التالي للهجوم، قال الرئيس إن…", "2018-04-13", [["الأحد", "2018-04-08", "day"]]],
  ["وفي اليوم الأول من القمة تحدث الرئيس.", "2018-04-13", []],
  ["وفي اليوم الأخير من المناورات أطلقت البحرية صاروخا.", "2018-04-13", []],
  ["ودخلت الاحتجاجات اليوم العاشر على التوالي.", "2018-04-13", []],
  ["وفي اليوم الموالي استدعت الجزائر السفير.", "2018-04-13", []],
  ["قال الوزير اليوم إن…", "2018-04-13", [["اليوم", "2018-04-13", "day"]]],
  ["في وقت سابق من هذا الشهر.", "2023-11-30", [["هذا الشهر", "2023-11", "month"]]],
  ["سيزور الصين في أبريل (نيسان) المقبل.", "2025-10-31", [["أبريل (نيسان) المقبل", "2026-04", "month"]]],
  ["في مطلع أبريل/نيسان الجاري.", "2024-04-20", [["أبريل/نيسان الجاري", "2024-04", "month"]]],
  ["في 31 أكتوبر (تشرين الأول) 2025.", null, [["31 أكتوبر (تشرين الأول) 2025", "2025-10-31", "day"]]],
  // The Levantine names written without the article (تشرين أول، كانون ثاني، تشرين ثان) keep the year after them.
  [
    "اجتمعا في 4 أكتوبر/تشرين أول من عام 2016.",
    null,
    [["4 أكتوبر/تشرين أول من عام 2016", "2016-10-04", "day"]],
  ],
  ["وقعت في 5 نوفمبر/ تشرين ثان 2013.", null, [["5 نوفمبر/ تشرين ثان 2013", "2013-11-05", "day"]]],
  ["بدأت في يناير/كانون ثاني 2011.", null, [["يناير/كانون ثاني 2011", "2011-01", "month"]]],
  // `الفائت` is `الماضي`.
  ["وصل الشهر الفائت.", "2018-10-20", [["الشهر الفائت", "2018-09", "month"]]],
  // No publication date: the weekday fixes the year near the years the text names.
  [
    "أجروا مناقشات يومي الاثنين والثلاثاء (الثامن والتاسع من يناير)، بعد محادثات في سبتمبر من عام 2021 ومنذ يناير عام 2020.",
    null,
    [
      ["الاثنين والثلاثاء (الثامن والتاسع من يناير", "2024-01-08", "day"],
      ["سبتمبر من عام 2021", "2021-09", "month"],
      ["يناير عام 2020", "2020-01", "month"],
    ],
  ],
  // ماي is May in the Maghreb and also a name: a month only with a day, a year or an anchor.
  ["قالت رئيسة الوزراء تيريزا ماي إن لندن سترد.", "2018-03-14", []],
  ["وقعت الحكومة الاتفاق في 12 ماي 2018 بالرباط.", null, [["12 ماي 2018", "2018-05-12", "day"]]],
  ["انتهت المهلة في ماي الماضي.", "2018-09-01", [["ماي الماضي", "2018-05", "month"]]],
  ["وصلت السفيرة في مايو.", "2018-09-01", [["مايو", "2018-05", "month"]]],
];

for (const [text, published, expected] of cases) {
  test(`dates.ts: ${text} (published ${published ?? "unknown"})`, () =>
    assert.deepEqual(datesOf(text, published), expected));
}

// The whole layer's options: Umm al-Qura table and number words on.
const own = loadArabicLexicons();
const options = compileArabic(lex, own);
const GOLD = join(DEFAULT_LEXICON_DIR, "..", "test", "arabic", "dates.tsv");
/** Lowest share of the hand-checked date mentions that must resolve to the right value and granularity. */
const DATE_FLOOR = 0.95;

test(`dates.ts: test/arabic/dates.tsv resolves at least ${DATE_FLOOR * 100}% of its mentions`, (t) => {
  const score = scoreDates(
    readTsv(GOLD, ["published", "text", "mention", "value", "end", "granularity"]),
    options,
  );
  for (const miss of score.misses) t.diagnostic(miss);
  const accuracy = score.correct / score.total;
  t.diagnostic(`${score.correct}/${score.total} = ${accuracy.toFixed(3)}, ${score.spurious} spurious`);
  assert.ok(accuracy >= DATE_FLOOR, `accuracy ${accuracy.toFixed(3)} fell below ${DATE_FLOOR}`);
  assert.ok(score.spurious <= score.total * (1 - DATE_FLOOR), `${score.spurious} spurious mentions`);
});

const table = compileHijriTable(own.hijri);
// [Hijri date, Umm al-Qura, tabular]: the tabular calendar may be a day off, as here for 1400 and 1445.
const hijri: Array<[[number, number, number], string, string]> = [
  [[1446, 11, 10], "2025-05-08", "2025-05-08"],
  [[1445, 9, 1], "2024-03-11", "2024-03-11"],
  [[1400, 10, 5], "1980-08-16", "1980-08-17"],
  [[1445, 12, 29], "2024-07-05", "2024-07-06"],
];

for (const [[y, m, d], ummAlQura, tabular] of hijri) {
  test(`hijri.ts: ${d}/${m}/${y} AH is ${ummAlQura} (Umm al-Qura), ${tabular} (tabular)`, () => {
    const iso = (g: { y: number; m: number; d: number } | null) =>
      g ? `${g.y}-${String(g.m).padStart(2, "0")}-${String(g.d).padStart(2, "0")}` : null;
    assert.equal(iso(hijriToGregorian({ y, m, d }, table)), ummAlQura);
    assert.equal(iso(hijriToGregorian({ y, m, d })), tabular);
  });
}

const icu = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
  year: "numeric",
  month: "numeric",
  day: "numeric",
  timeZone: "UTC",
});

test("hijri.ts property: inside the table, Gregorian → Hijri agrees with ICU's Umm al-Qura and round-trips", () => {
  // 1937-03-14 (1 Muharram 1356) to 2076-11-27 (end of 1500 AH), as Julian Day Numbers.
  fc.assert(
    fc.property(fc.integer({ min: 2428607, max: 2479431 }), (jdn) => {
      const g = jdnToGregorian(jdn);
      const h = gregorianToHijri(g, table);
      const parts = icu.formatToParts(new Date(Date.UTC(g.y, g.m - 1, g.d)));
      const part = (type: string) => parseInt(parts.find((p) => p.type === type)?.value ?? "", 10);
      assert.deepEqual([h.y, h.m, h.d], [part("year"), part("month"), part("day")]);
      assert.deepEqual(hijriToGregorian(h, table), g);
    }),
    { numRuns: 1000 },
  );
});

test("hijri.ts property: outside the table the tabular calendar round-trips", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1948440, max: 2600000 }), (jdn) => {
      const g = jdnToGregorian(jdn);
      assert.deepEqual(hijriToGregorian(gregorianToHijri(g), undefined), g);
    }),
    { numRuns: 1000 },
  );
});
