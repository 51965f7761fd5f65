// The forty-ninth round's deal readings (docs/EVENTS.md, "Forty-ninth pass", branch deal49). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("working with a state toward a task named after it is cooperation; bare work with is not", () => {
  // Before: no trigger read `تعمل مع`, so the joint inquiry gave nothing.
  assert.deepEqual(
    eventLines(
      "وقال المتحدث إن الحكومة اليابانية تعمل مع السلطات الكورية الجنوبية لكشف ملابسات غرق السفينة.",
    ),
    ["COOPERATE JPN>KOR asserted"],
  );
  // Told with the future, it is a promise to cooperate (AGREE's future_as).
  assert.deepEqual(eventLines("وأكد الوزير أن النمسا ستعمل مع المجر على مواصلة ضبط الحدود."), [
    "AGREE AUT>HUN future",
  ]);
  // Near cases that stay: no task named, and a company working with local authorities.
  assert.deepEqual(eventLines("وتعمل اليابان مع كوريا الجنوبية منذ سنوات طويلة."), []);
  assert.deepEqual(
    eventLines("وقالت شركة الطيران البريطانية إنها تعمل مع السلطات المحلية في تونس لمعرفة أسباب التأخير."),
    [],
  );
});

test("a report inside a report is told by its own speaker", () => {
  // Before: the sentence's first speaker, Germany, was the actor, and France a recipient.
  assert.deepEqual(
    eventLines(
      "وقال المستشار الألماني أولاف شولتس إن الرئيس الفرنسي إيمانويل ماكرون أكد له أنه سيزور الجزائر الشهر المقبل.",
    ),
    ["AGREE FRA>DZA future"],
  );
  // A speech verb after و goes on with the first speaker: it is no report inside a report.
  assert.deepEqual(
    eventLines(
      "وأكد المستشار الألماني أولاف شولتس أن بلاده تدعم الحوار، ولفت إلى أنه سيزور الجزائر الشهر المقبل.",
    ),
    ["AGREE DEU>DZA future"],
  );
});
