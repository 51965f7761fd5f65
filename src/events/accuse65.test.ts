// The sixty-fifth round's readings of charge words (branch accuse65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a description as nonsense, acts of war, spies or empty boasts accuses the one described", () => {
  // Before: these words were not among the describing verb's pejoratives, and no event was read.
  assert.deepEqual(eventLines('ووصف وزير الخارجية الصيني اتهامات اليابان بأنها "هراء".'), [
    "ACCUSE CHN>JPN asserted",
  ]);
  assert.deepEqual(
    eventLines('ووصفت الحكومة الكورية الشمالية العقوبات الأمريكية بأنها "عمل من أعمال الحرب".'),
    ["ACCUSE PRK>USA asserted"],
  );
  assert.deepEqual(
    eventLines('ووصفت وزارة الخارجية الهولندية الدبلوماسيين الروس الأربعة بأنهم "عملاء للمخابرات".'),
    ["ACCUSE NLD>RUS asserted"],
  );
  assert.deepEqual(
    eventLines('ووصف المتحدث باسم الخارجية الإيرانية الخطط الأمريكية بشأن النفط بأنها "تبجحات".'),
    ["ACCUSE IRN>USA asserted"],
  );
  assert.deepEqual(eventLines('ووصف وزير الخارجية الفنزويلي التهم الكولومبية بأنها "واهية".'), [
    "ACCUSE VEN>COL asserted",
  ]);
  // A snake (أفعى) is an insult too.
  assert.deepEqual(eventLines('ووصف الرئيس الكوبي وزير الخارجية الأمريكي بأنه "أفعى سامة".'), [
    "ACCUSE CUB>USA asserted",
  ]);
  // A praise is still no charge: the words are the describing verb's pejoratives only.
  assert.ok(
    !eventLines('ووصف وزير الخارجية الصيني المحادثات مع اليابان بأنها "بناءة".').some((l) =>
      l.startsWith("ACCUSE"),
    ),
  );
});
