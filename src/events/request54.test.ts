// The fifty-fourth round's readings of requests (branch request54; section "Fifty-fourth pass: …").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a call made by two sides named together, with no one asked, is no request (third_party)", () => {
  const requests = (text: string) => coded(text).filter((l) => l.startsWith("REQUEST"));
  // Before: REQUEST KOR+USA> with no recipient: the pair a mediator stands between was read as the caller.
  assert.deepEqual(
    requests(
      "ورحب الرئيس الكوري الجنوبي بالرسالة التي بعثها الزعيم الكوري الشمالي إلى الرئيس الأمريكي. ويقول مسؤول في سول إن الرئيس الكوري الجنوبي يعد نفسه وسيطا بين الجانبين ودعاهما إلى اتخاذ خطوات جريئة.",
    ),
    [],
  );
  // Before: REQUEST RUS+USA> from a proposal whose sides were the two presidents a meeting would join.
  assert.deepEqual(
    requests(
      "وتحدث الرئيس الأمريكي مع نظيره الروسي هاتفيا الأسبوع الماضي. وقال المتحدث باسم الكرملين إن أي لقاء بين الرئيسين يحتاج إلى تحضير جيد، واقترح مواصلة المشاورات عبر القنوات الدبلوماسية.",
    ),
    [],
  );
});

test("a call with its one asked named keeps its compound caller", () => {
  assert.deepEqual(coded("وطالبت ألمانيا وهولندا روسيا بالكشف عن مصير البحارة المحتجزين."), [
    "REQUEST DEU+NLD>RUS asserted",
  ]);
});
