import assert from "node:assert/strict";
import { test } from "node:test";
import { snippet } from "./snippet.ts";

const TEXT =
  "قال مسؤولون إن وزير الدفاع الصيني التقى نظيره في العاصمة، وأكدت وزارة الدفاع الأمريكية أن المحادثات تناولت قنوات الاتصال بين الجيشين خلال الأسابيع المقبلة.";

/** [text, stems `searchQuery` gives for the query, expected in the snippet]. */
const CASES: Array<[string, string[], RegExp]> = [
  [TEXT, ["امريك"], /«الأمريكية»/u],
  [TEXT, ["وزار", "دفاع"], /«وزارة» «الدفاع»/u],
  [TEXT, ["صين"], /«الصيني»/u],
  ["أعلنت الحكومةُ عن خطة جديدة.", ["حكوم"], /«الحكومةُ»/u],
  [TEXT, ["غيرموجود"], /^قال مسؤولون/u],
];

for (const [text, stems, expected] of CASES) {
  test(`snippet: ${stems.join(" ")} → ${expected.source}`, () => {
    const s = snippet(text, stems);
    assert.match(s, expected);
    assert.ok(s.replace(/[«»]/gu, "").replace(/^… | …$/gu, "").length > 0);
  });
}

test("snippet: words around the match, with … where the text goes on", () => {
  const long = `${"كلمة ".repeat(30)}الأمريكية ${"نص ".repeat(30)}`;
  const s = snippet(long, ["امريك"], { before: 2, after: 3 });
  assert.equal(s, "… كلمة كلمة «الأمريكية» نص نص …");
});

test("snippet: a short stem inside a long unrelated word is not a match", () => {
  assert.doesNotMatch(snippet("الاستراتيجيات العسكرية", ["است"]), /«/u);
});
