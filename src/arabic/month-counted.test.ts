// A day counted in the month of publication, the one before or the one after (month-counted.ts, branch agree63).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCalendar, findDates } from "./dates.ts";
import { tokenize } from "./tokens.ts";

const calendar = compileCalendar(loadLexicons().calendar);
const proclitics = ["وب", "ول", "فب", "فل", "و", "ف", "ب", "ل", "ك"];

function datesOf(text: string, published: string | null) {
  const { tokens } = tokenize(text, { proclitics });
  return findDates(text, tokens, calendar, published).map((d) => [d.text, d.value, d.granularity]);
}

test("a day counted in the month of publication, the one before or after, is that day", () => {
  assert.deepEqual(datesOf("ستعقد القمة في الـ12 من الشهر الجاري في جنيف.", "2024-03-05"), [
    ["الـ12 من الشهر الجاري", "2024-03-12", "day"],
  ]);
  assert.deepEqual(datesOf("استدعت الوزارة السفير في 16 من الشهر الحالي.", "2024-03-20"), [
    ["16 من الشهر الحالي", "2024-03-16", "day"],
  ]);
  assert.deepEqual(datesOf("وقع الاتفاق في الخامس من الشهر الماضي.", "2024-01-20"), [
    ["الخامس من الشهر الماضي", "2023-12-05", "day"],
  ]);
  assert.deepEqual(datesOf("يبدأ الوفد زيارته في 3 من الشهر المقبل.", "2024-12-20"), [
    ["3 من الشهر المقبل", "2025-01-03", "day"],
  ]);
});

test("without من, or without a publication date, or past the month's days, no day is fixed", () => {
  // للمرة الأولى الشهر الماضي: the ordinal counts the times, not the month's days.
  const first = datesOf("فتحت البلاد مجالها الجوي للمرة الأولى الشهر الماضي.", "2024-03-05");
  assert.deepEqual(first, [["الشهر الماضي", "2024-02", "month"]]);
  assert.ok(datesOf("ستعقد القمة في 12 من الشهر الجاري.", null).every((d) => d[1] === null));
  assert.ok(datesOf("ستعقد القمة في 30 من الشهر الجاري.", "2024-02-05").every((d) => d[1] !== "2024-02-30"));
});
