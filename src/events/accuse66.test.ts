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
      "وقال الوزير البريطاني إن بلاده لن تمنع عقوبة الإعدام في قضية رجلين متهمين بالانضمام إلى التنظيم في الولايات المتحدة.",
    ).some((l) => l.startsWith("ACCUSE")),
  );
  // Demonstrators are no state: their denunciation is not a state's charge.
  assert.ok(
    !eventLines("وتجمع آلاف الطلاب في طهران منددين بالعقوبات الأمريكية.").some((l) => l.startsWith("ACCUSE")),
  );
});
