import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCalendar, findDates } from "./dates.ts";
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
  ["في وقت سابق من هذا الشهر.", "2023-11-30", [["هذا الشهر", "2023-11", "month"]]],
  ["سيزور الصين في أبريل (نيسان) المقبل.", "2025-10-31", [["أبريل (نيسان) المقبل", "2026-04", "month"]]],
  ["في مطلع أبريل/نيسان الجاري.", "2024-04-20", [["أبريل/نيسان الجاري", "2024-04", "month"]]],
  ["في 31 أكتوبر (تشرين الأول) 2025.", null, [["31 أكتوبر (تشرين الأول) 2025", "2025-10-31", "day"]]],
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
];

for (const [text, published, expected] of cases) {
  test(`dates.ts: ${text} (published ${published ?? "unknown"})`, () =>
    assert.deepEqual(datesOf(text, published), expected));
}
