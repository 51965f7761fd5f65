// A threat of reply whose sentence points back, by a definite measure noun, to a measure told sentences
// before (answered-measure.ts, branch reject61). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** The threats of a text, as "TYPE A>B modality" lines. */
const threats = (text: string) => eventLines(text).filter((l) => l.startsWith("THREATEN"));

test("a vow to answer 'the decision' told far after the measure is aimed at the measure's doer", () => {
  const text =
    "أعلنت الحكومة الكندية طرد أربعة دبلوماسيين روس من أوتاوا. " +
    "وقال رئيس الوزراء إن القرار جاء بعد مشاورات طويلة. " +
    "وأضاف أن بلاده تتابع التحقيق في القضية. " +
    "وتحدث مسؤولون آخرون عن تفاصيل الإجراءات الأمنية في المطارات. " +
    "واعتبر وزير الخارجية الروسي أن القرار عدائي، مؤكدا أن بلاده سترد بالشكل المناسب.";
  assert.deepEqual(threats(text), ["THREATEN RUS>CAN asserted"]);
});

test("a vow to answer 'these measures' takes the doer of the first measure told, not a later one", () => {
  const text =
    "فرضت اليابان عقوبات على شركتين صينيتين. " +
    "وكانت أستراليا قد فرضت قيودا مماثلة على الشركات الصينية الشهر الماضي. " +
    "وذكرت وسائل إعلام أن الشركتين تعملان في قطاع الإلكترونيات. " +
    "وتحدث محللون عن أثر الخطوة على أسواق المنطقة. " +
    "وقال متحدث باسم وزارة التجارة الصينية إن بكين سترد على هذه الإجراءات غير المبررة.";
  assert.deepEqual(threats(text), ["THREATEN CHN>JPN asserted"]);
});

test("with no measure noun, a vow to answer borrows no state from far back", () => {
  const text =
    "أعلنت الحكومة الكندية طرد أربعة دبلوماسيين روس من أوتاوا. " +
    "وقال رئيس الوزراء إن القرار جاء بعد مشاورات طويلة. " +
    "وأضاف أن بلاده تتابع التحقيق في القضية. " +
    "وتحدث مسؤولون آخرون عن تفاصيل الإجراءات الأمنية في المطارات. " +
    "وقال وزير الخارجية الروسي إن بلاده سترد بالشكل المناسب.";
  assert.deepEqual(threats(text), []);
});
