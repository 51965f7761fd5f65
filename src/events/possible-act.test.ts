// Round 64 (plan64): the readings of a possible act, moved out of modality.ts into possible-act.ts.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

for (const [text, why] of [
  ["وقال مسؤول أمريكي إن الولايات المتحدة قد تفرض عقوبات على تركيا.", "قد right before an imperfect trigger"],
  [
    "وقال الوزير إن من المحتمل أن تفرض الولايات المتحدة عقوبات على إيران.",
    "a possibility cue before the trigger",
  ],
  ["وتحدث الوزير عن الهجوم الإسرائيلي المزعوم على مطار دمشق.", "a possible adjective after the noun's nisba"],
] as const)
  test(`possible, not done: ${why}`, () => {
    const lines = eventLines(text);
    assert.ok(lines.length > 0, text);
    for (const l of lines.filter((x) => /ISR>SYR|USA>IRN|USA>TUR/u.test(x)))
      assert.match(l, /conditional$/u, l);
  });

test("a perfect after وقد is done, not possible", () => {
  assert.deepEqual(
    eventLines("وقد تحدث الرئيس المصري مع العاهل الأردني هاتفياً أمس.").filter((l) => l.startsWith("CONSULT")),
    ["CONSULT EGY>JOR asserted"],
  );
});
