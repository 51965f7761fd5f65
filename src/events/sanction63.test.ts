// The sixty-third round's sanction reading (branch sanction63): a measure a state is told to bear
// (`تخضع لعقوبات أمريكية`، `تتعرض لعقوبات`) is a standing SANCTION from the state of the nisba after the noun to the
// verb's subject, undated unless the text dates it. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a state that bears sanctions of a nisba's state is that state's target, undated", () => {
  assert.deepEqual(
    datedLines("وزار وزير الخارجية الروسي أنقرة، التي تخضع لعقوبات أمريكية منذ أشهر.", "2018-09-12"),
    ["CONSULT RUS>TUR 2018-09-12", "SANCTION USA>TUR null"],
  );
  assert.deepEqual(datedLines("وتتعرض كوبا لعقوبات أمريكية تخنق اقتصادها.", "2018-09-12"), [
    "SANCTION USA>CUB null",
  ]);
  assert.deepEqual(datedLines("وتعرضت فنزويلا لعقوبات كندية جديدة بسبب ذلك.", "2018-09-12"), [
    "SANCTION CAN>VEN null",
  ]);
});

test("a measure borne with no imposer's nisba after its noun is no state's measure", () => {
  // A genitive body (a sports federation's penalties) or no imposer at all: nothing.
  assert.deepEqual(
    datedLines("وقال رئيس النادي المصري إنه لن يخضع لعقوبات الاتحاد الإفريقي.", "2018-09-12"),
    [],
  );
  assert.deepEqual(
    datedLines("وقال المسؤول الكوري الجنوبي إن المشاريع التي لا تخضع للعقوبات ستبدأ قريبا.", "2018-09-12"),
    [],
  );
});

test("imposing sanctions told as a verbal noun after ب is the act; after the ل of purpose it is none", () => {
  // Before: the phrase `فرض عقوبات` was read only as a verb, and a verb after a preposition is none.
  assert.deepEqual(datedLines("وبدأت الولايات المتحدة بفرض عقوبات جديدة على كوبا.", "2018-09-12"), [
    "SANCTION USA>CUB 2018-09-12",
  ]);
  assert.deepEqual(datedLines("وقامت كندا بفرض عقوبات إضافية على فنزويلا.", "2018-09-12"), [
    "SANCTION CAN>VEN 2018-09-12",
  ]);
  // A threat's or a demand's content stays theirs.
  assert.deepEqual(datedLines("وهددت كندا بفرض عقوبات إضافية على فنزويلا.", "2018-09-12"), [
    "THREATEN CAN>VEN 2018-09-12",
  ]);
  // Backing for imposing sanctions is no measure by the backer.
  assert.deepEqual(
    datedLines("وأكد الوزير البحريني دعم بلاده لفرض عقوبات إضافية على إيران.", "2018-09-12"),
    [],
  );
});
