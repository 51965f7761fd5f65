// The sixty-sixth round's readings of calls and refusals (branch request66). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a call to halt with no one asked, right after a sentence of conflict between two states, asks the other", () => {
  // Before: no REQUEST (no addressee named in the call's sentence).
  assert.deepEqual(
    eventLines(
      "قصفت المدفعية التركية قرى حدودية في شمال العراق فجر الخميس. ودعا الرئيس العراقي إلى وقف القصف.",
    ),
    ["ASSAULT TUR>IRQ asserted", "REQUEST IRQ>TUR asserted"],
  );
  assert.deepEqual(
    eventLines("فرضت الولايات المتحدة رسوما جمركية على الصلب الصيني. وطالبت بكين بإنهاء هذه الرسوم."),
    ["SANCTION USA>CHN asserted", "REQUEST CHN>USA asserted"],
  );
});

test("the call stays unread when the sentence before has two candidates, is no conflict, or is another paragraph", () => {
  // The caller is no side of the strike: the state asked could be either.
  assert.deepEqual(eventLines("شنت إسرائيل غارات على مواقع إيرانية قرب دمشق. ودعت موسكو إلى وقف التصعيد."), [
    "ASSAULT ISR>IRN asserted",
  ]);
  // A meeting is no act to stop.
  assert.deepEqual(eventLines("التقى وزير الخارجية الفرنسي نظيره الروسي في باريس. ودعا إلى وقف القتال."), [
    "CONSULT FRA>RUS asserted",
  ]);
  // The sentence before stands in another paragraph.
  assert.deepEqual(
    eventLines(
      "قصفت المدفعية التركية قرى حدودية في شمال العراق فجر الخميس.\nودعا الرئيس العراقي إلى وقف القصف.",
    ),
    ["ASSAULT TUR>IRQ asserted"],
  );
});

test("a refusal given as the cause of a measure is the punished state's, made to the one that took the measure", () => {
  // Before: REJECT USA>KOR, the measure's two sides as they stand.
  assert.deepEqual(
    eventLines("وفرضت الولايات المتحدة رسوما إضافية على كوريا الجنوبية لرفضها خفض صادرات الصلب."),
    ["SANCTION USA>KOR asserted", "REJECT KOR>USA asserted"],
  );
  // The refusal told by بسبب was read so already, and stays.
  assert.deepEqual(
    eventLines("وفرضت الولايات المتحدة رسوما إضافية على كوريا الجنوبية بسبب رفضها خفض صادرات الصلب."),
    ["SANCTION USA>KOR asserted", "REJECT KOR>USA asserted"],
  );
});

test("a proposal or deal of named states that was met with refusal (قوبل برفض) is refused by the states after it", () => {
  // Before: no REJECT (the passive verb of meeting was no trigger).
  assert.deepEqual(eventLines("قدمت الولايات المتحدة مقترحا لتقاسم الأعباء، لكنه قوبل برفض روسي."), [
    "REJECT RUS>USA asserted",
  ]);
  assert.ok(
    eventLines("وقعت إثيوبيا وكينيا اتفاقا لتقاسم مياه النهر، وقوبل برفض قاطع من مصر والسودان.").includes(
      "REJECT EGY+SDN>ETH+KEN asserted",
    ),
  );
});
