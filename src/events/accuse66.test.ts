// The sixty-sixth round's readings of charges (branch accuse66). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the masculine plural participle of a charge accuses as the singular does (متهمين، منددين، منتقدين)", () => {
  // Before: only متهما، متهمة were participle triggers; a compound actor's plural participle read nothing.
  assert.deepEqual(eventLines("وقطعت مصر والأردن العلاقات مع قطر متهمين إياها بدعم الإرهاب."), [
    "SANCTION EGY+JOR>QAT asserted",
    "ACCUSE EGY+JOR>QAT asserted",
  ]);
  assert.deepEqual(
    eventLines("وأغلقت السعودية والإمارات حدودهما مع قطر العام الماضي، متهمين الدوحة بتمويل الإرهاب."),
    ["SANCTION ARE+SAU>QAT asserted", "ACCUSE ARE+SAU>QAT asserted"],
  );
  // The plural noun of the accused (defendants) is no charge.
  assert.deepEqual(eventLines("وصدرت أحكام بالسجن على سبعة متهمين في القضية."), []);
  assert.ok(
    !eventLines(
      "وقالت الوزيرة الأسترالية إن حكومتها لن توقف حكم الإعدام بحق شخصين متهمين بالالتحاق بالتنظيم في الولايات المتحدة.",
    ).some((l) => l.startsWith("ACCUSE")),
  );
  // Demonstrators are no state: their denunciation is not a state's charge.
  assert.ok(
    !eventLines("وتجمع آلاف الطلاب في طهران منددين بالعقوبات الأمريكية.").some((l) => l.startsWith("ACCUSE")),
  );
});

test("spreading chaos or instability told as a state's deed in a speaker's words is the speaker's charge", () => {
  // Before: only زعزعة الاستقرار and its verbs were read; بث الفوضى، خلق الفوضى، بث حالة عدم الاستقرار were not.
  assert.deepEqual(
    eventLines("وقال نائب وزير الخارجية الروسي إن الولايات المتحدة تحاول بث الفوضى في روسيا."),
    ["ACCUSE RUS>USA asserted"],
  );
  assert.deepEqual(
    eventLines("قال وزير الخارجية الإماراتي إن إيران تتبنى سياسة التدخل وبث حالة عدم الاستقرار في المنطقة."),
    ["ACCUSE ARE>IRN asserted"],
  );
  // A group that is no state charges no one and is charged by no state event; a counter word before the deed
  // (لمنع) tells it fought, not done.
  assert.deepEqual(eventLines("وقال الوزير إن الجماعات المتطرفة تحاول نشر الفوضى في البلاد."), []);
  assert.ok(
    !eventLines("وقال وزير الخارجية الأمريكي إن بلاده تعمل مع فرنسا لمنع نشر الفوضى في ليبيا.").some((l) =>
      l.startsWith("ACCUSE"),
    ),
  );
});
