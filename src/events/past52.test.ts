// The fifty-second round's readings of acts told in background and in retold speech (docs/EVENTS.md,
// "Fifty-second pass", branch past52). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a date right after a word of contrast opens the telling after it, as one opening the sentence does", () => {
  // Before: the demand in the إذ clause took the publication day, since the date stood after ولكن.
  assert.deepEqual(
    datedLines(
      "مضت أسابيع على القمة، ولكن، وفي شهر مارس 2017، تغير المشهد، إذ طالبت فرنسا ألمانيا بزيادة إنفاقها العسكري.",
      "2018-06-10",
    ),
    ["REQUEST FRA>DEU 2017-03"],
  );
  // A date opening the sentence still dates the acts after a later لكن.
  assert.deepEqual(
    datedLines(
      "وفي شهر مارس 2017، عقدت القمة، لكن المشهد تغير، إذ طالبت فرنسا ألمانيا بزيادة إنفاقها العسكري.",
      "2018-06-10",
    ),
    ["REQUEST FRA>DEU 2017-03"],
  );
});

test("a sentence opened by a time told before dates its verb's act by the last date fixed before it", () => {
  // Before: the act after وفي ذلك الوقت or وحينها took the publication day.
  assert.deepEqual(
    datedLines(
      "وفي أكتوبر 2015، زار الرئيس الفرنسي بكين. وفي ذلك الوقت، وقعت فرنسا والصين اتفاقية للتعاون النووي.",
      "2018-06-10",
    ),
    ["CONSULT FRA>CHN 2015-10", "SUPPORT CHN+FRA> 2015-10"],
  );
  assert.deepEqual(
    datedLines(
      "وفي أكتوبر 2015، زار الرئيس الفرنسي بكين. وحينها طردت فرنسا دبلوماسيا كوريا شماليا.",
      "2018-06-10",
    ),
    ["CONSULT FRA>CHN 2015-10", "SANCTION FRA>PRK 2015-10"],
  );
  // في هذه الأثناء is "meanwhile": the act keeps the day of the present telling.
  assert.deepEqual(
    datedLines(
      "وفي أكتوبر 2015، زار الرئيس الفرنسي بكين. وفي هذه الأثناء، طردت فرنسا دبلوماسيا كوريا شماليا.",
      "2018-06-10",
    ),
    ["CONSULT FRA>CHN 2015-10", "SANCTION FRA>PRK 2018-06-10"],
  );
});
