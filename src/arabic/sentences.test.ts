import assert from "node:assert/strict";
import { test } from "node:test";
import { splitSentences } from "./sentences.ts";

const cases: Array<[string, string[]]> = [
  ["التقى الوزيران. وبحثا التعاون؟ نعم!", ["التقى الوزيران.", "وبحثا التعاون؟", "نعم!"]],
  ["ارتفع النمو إلى 3.5 بالمئة هذا العام.", ["ارتفع النمو إلى 3.5 بالمئة هذا العام."]],
  ['قال: "سنعود." ثم غادر.', ['قال: "سنعود."', "ثم غادر."]],
  ["عنوان بلا نقطة\nالفقرة الأولى.", ["عنوان بلا نقطة", "الفقرة الأولى."]],
  ["صرح د. أحمد بذلك.", ["صرح د. أحمد بذلك."]],
];

for (const [text, expected] of cases) {
  test(`sentences.ts: ${text.replace(/\n/gu, " / ")}`, () => {
    assert.deepEqual(
      splitSentences(text).map((s) => text.slice(s.start, s.end)),
      expected,
    );
  });
}
