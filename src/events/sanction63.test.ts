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
