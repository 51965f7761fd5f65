// The sixtieth pass on decisions and lists of demands (branch decision60). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "states");

test("the act after ب of a decision is its owner's act, even inside a verb that takes ب", () => {
  assert.deepEqual(
    coded("وقال وزير الخارجية الروسي إن بلاده سترد على قرار واشنطن بطرد دبلوماسيين روس من أراضيها."),
    ["THREATEN RUS>USA", "SANCTION USA>RUS"],
  );
});

test("the act of a decision owned through a state's nisba is that state's", () => {
  assert.deepEqual(
    coded("وتعليقا على القرار الأردني بقطع العلاقات الدبلوماسية مع طهران، قال الحزب إنه يرفض المزاعم."),
    ["SANCTION JOR>IRN"],
  );
});

test("a decision with no owner named after it gives its act to no one", () => {
  assert.deepEqual(coded("وقالت مصر إنها سترد على قرار بطرد دبلوماسييها من السودان."), ["THREATEN EGY>SDN"]);
});

test("the acts a list of demands contains are asked, not done", () => {
  const lines = coded(
    "وتضمنت قائمة المطالب التي قدمتها السعودية والإمارات إلى قطر إغلاق قناة الجزيرة وخفض التمثيل الدبلوماسي مع إيران.",
  );
  assert.ok(!lines.some((l) => l.startsWith("SANCTION")), lines.join("; "));
});

test("the conditions set on a state tell no act of it", () => {
  assert.deepEqual(
    coded("وتشمل شروط الدول الأربع على الدوحة قطع العلاقات مع إيران وطرد عناصر الحرس الثوري."),
    [],
  );
});

test("a list of demands told before its verb of containing", () => {
  const lines = coded(
    "وكانت قائمة المطالب الخليجية من قطر قد تضمنت إعلان الدوحة خفض التمثيل الدبلوماسي مع طهران وإغلاق القاعدة التركية.",
  );
  assert.ok(!lines.some((l) => l.startsWith("SANCTION QAT")), lines.join("; "));
});
