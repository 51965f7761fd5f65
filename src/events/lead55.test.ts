// The lead's readings of the fifty-fifth round (docs/EVENTS.md, "Fifty-fifth passes", branch lead55), from
// the hand check of main before the round. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an act a threat noun takes as its object after its genitive is threatened, not done", () => {
  // Before: the suspension of cooperation was also coded as done (SANCTION IND>NPL).
  assert.deepEqual(eventLines("تراجعت الحكومة عن قرارها بعد تهديد الهند وقف التعاون العسكري مع نيبال."), [
    "THREATEN IND>NPL asserted",
  ]);
  assert.deepEqual(eventLines("جاء ذلك بعد تهديد الرئيس الأمريكي فرض رسوم جمركية جديدة على الصين."), [
    "THREATEN USA>CHN asserted",
  ]);
  // After a comma the act is the main clause's own, done.
  assert.deepEqual(eventLines("وبعد تهديدات إيران، فرضت الولايات المتحدة عقوبات جديدة على طهران.").sort(), [
    "SANCTION USA>IRN asserted",
    "THREATEN IRN>USA asserted",
  ]);
});

test("a second report of the same speaker is the speaker's, not a state's named in the first", () => {
  // Before: France, named inside the first report, was read as the one who will visit or call.
  assert.deepEqual(
    eventLines(
      "وقال وزير الخارجية الهندي إن فرنسا شريك موثوق، وأضاف أنه سيزور واشنطن الشهر المقبل.",
      "modality",
    ),
    ["AGREE IND>USA future"],
  );
  assert.deepEqual(
    eventLines("وقال الرئيس البرازيلي إن بلاده تحترم الأرجنتين، وأضاف أنه اتصل بنظيره الأمريكي."),
    ["CONSULT BRA>USA asserted"],
  );
});

test("a visit whose destination is written with ل on a place's own name takes no state named later", () => {
  // Before: the visit to the town was coded as a visit to the United States, named later in the sentence.
  assert.deepEqual(
    eventLines("وواجه وفد الاتحاد الأوروبي خلال زيارته لدرعا احتجاجات على الغارات الأمريكية."),
    [],
  );
  assert.deepEqual(eventLines("وأعلن وزير الخارجية الياباني خلال زيارته لواشنطن دعم بلاده للخطة."), [
    "CONSULT JPN>USA asserted",
  ]);
});

test("a future verb keeps its reach over the act noun past the words of a date between", () => {
  // Before: the six-word reach counted the date's words, and the sanctions were told as imposed.
  assert.deepEqual(
    eventLines(
      "وستعيد اليابان في الحادي عشر من سبتمبر أيلول فرض القيود على الصادرات إلى كوريا الشمالية.",
      "modality",
    ),
    ["SANCTION JPN>PRK future"],
  );
  assert.deepEqual(
    eventLines(
      "وأعادت اليابان في الحادي عشر من سبتمبر أيلول فرض القيود على الصادرات إلى كوريا الشمالية.",
      "modality",
    ),
    ["SANCTION JPN>PRK asserted"],
  );
});
