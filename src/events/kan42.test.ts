// The forty-second round's reading of `كان` right before `قد`: the pluperfect's auxiliary, not `ك` + `أن`
// (docs/EVENTS.md, "Forty-second pass: the pluperfect كان is no complementizer", branch kan42).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const published = "2018-05-01";

test("a subject before `كان قد` stays the subject of the verb after `قد`", () => {
  // Before: `كان` opened a reported clause after the minister, and Moscow alone was left for the threat.
  assert.deepEqual(
    datedLines(
      "ويذكر أن وزير الخارجية البريطاني كان قد توعد موسكو، الخميس، بإجراءات صارمة ردا على الهجوم.",
      published,
    ),
    ["THREATEN GBR>RUS 2018-04-26"],
  );
  // The pluperfect with its subject between `كان` and `قد` reads as it did.
  assert.deepEqual(
    datedLines(
      "وكان وزير الخارجية البريطاني قد توعد موسكو، الخميس، بإجراءات صارمة ردا على الهجوم.",
      published,
    ),
    ["THREATEN GBR>RUS 2018-04-26"],
  );
});

test("`كان قد` with a verb of calling keeps the caller; `كان` before an imperfect is left as it was", () => {
  // Before: no event, the president cut from his call by the `أن` read in `كان`.
  assert.deepEqual(
    datedLines("ويشار إلى أن الرئيس المصري كان قد أجرى اتصالا هاتفيا مع نظيره الفرنسي، الأحد.", published),
    ["CONSULT EGY>FRA 2018-04-29"],
  );
  // `كان يهدد` (a habit, no `قد`) is no pluperfect: no event, as before.
  assert.deepEqual(
    datedLines(
      "ويذكر أن الرئيس الفرنسي كان يهدد دمشق بضربات جديدة إذا استخدمت الأسلحة الكيميائية.",
      published,
    ),
    [],
  );
});
