// The sixty-third round's readings of refusals and objections (branch reject63).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an objection in a concessive phrase is a REJECT aimed at the act's actor", () => {
  // Before: only the SANCTION (the objection was taken for the measure's object).
  assert.deepEqual(
    eventLines("وفرضت الولايات المتحدة رسوما جديدة على الصين رغم معارضة اليابان وكندا لهذه الخطوة."),
    ["SANCTION USA>CHN asserted", "REJECT CAN+JPN>USA asserted"],
  );
  // كل من (each of) opens the objectors' list.
  assert.deepEqual(
    eventLines("وتستعد واشنطن لفرض عقوبات على موسكو على الرغم من اعتراض كل من فرنسا وألمانيا وإيطاليا."),
    ["SANCTION USA>RUS future", "REJECT DEU+FRA+ITA>USA asserted"],
  );
});

test("a concessive objection names its target after ل", () => {
  assert.deepEqual(eventLines("وطردت بريطانيا دبلوماسيين روسا رغم معارضة الصين للقرار البريطاني."), [
    "SANCTION GBR>RUS asserted",
    "REJECT CHN>GBR asserted",
  ]);
});

test("a concessive objection with no other state is no event", () => {
  // The objector's own state did the act, or the state after مع is the deal's party, not its owner.
  assert.deepEqual(eventLines("وأقر البرلمان الفرنسي القانون رغم معارضة الحكومة الفرنسية."), []);
  assert.deepEqual(
    eventLines("ورغم معارضة مجلس الشيوخ الأمريكي للاتفاقية التجارية مع المكسيك، وقعها الرئيس."),
    [],
  );
  // No act told before it: the objection is aimed at no one named.
  assert.deepEqual(
    eventLines("وتنوي واشنطن نقل قواتها إلى الحدود على الرغم من اعتراض كل من فرنسا وألمانيا."),
    [],
  );
});

test("a refusal verb form right after بعد is a noun whose refuser follows it", () => {
  // Before: the nisba before بعد (الفولاذ الصيني) was read as the refuser, CHN>CHN, and the refusal was lost.
  assert.deepEqual(
    eventLines(
      "وفرضت الحكومة الأمريكية رسوما على الفولاذ الصيني بعد رفض الرئيس الصيني شي جين بينغ الإفراج عن الصحفي الأمريكي.",
    ),
    ["SANCTION USA>CHN asserted", "REJECT CHN>USA asserted"],
  );
});
