// Rules of the thirty-ninth round, branch prec39 (precision on unseen text): standing relations told by a
// backing participle or by "still" keep no publication-day date. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a backing told by a participle (المدعومة من، مدعوما ب) is standing, undated; a clause's own date keeps it", () => {
  // Before: the backing was dated the publication day.
  assert.deepEqual(
    datedLines("وتقدمت القوات الحكومية الليبية المدعومة من مصر نحو مدينة درنة.", "2018-06-12"),
    ["SUPPORT EGY>LBY null"],
  );
  // A date the clause names still dates it.
  assert.deepEqual(
    datedLines(
      "وشن الجيش العراقي، مدعوما بطائرات أمريكية، هجوما على الموصل في نهاية عام 2016.",
      "2018-06-12",
    ),
    ["AID USA>IRQ 2016"],
  );
});
