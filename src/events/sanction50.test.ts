// The fiftieth round's coercion readings (docs/EVENTS.md, "Fiftieth pass", branch sanction50). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("an act opened by كما or a reply's verb takes the earlier time the sentence before told", () => {
  // Before: the expulsion and the reply's two measures took the page's day.
  assert.deepEqual(
    datedLines(
      "وفي الشهر الماضي فرضت كندا عقوبات على مسؤولين فنزويليين. كما طردت كندا السفير الفنزويلي من أوتاوا. وردت فنزويلا بطرد السفير الكندي وإغلاق القنصلية الكندية في ماراكايبو.",
      "2018-07-20",
    ),
    [
      "SANCTION CAN>VEN 2018-06",
      "SANCTION CAN>VEN 2018-06",
      "SANCTION VEN>CAN 2018-06",
      "SANCTION VEN>CAN 2018-06",
    ],
  );
  // A sentence before that tells no earlier time gives none: the act keeps the page's day.
  assert.deepEqual(
    datedLines(
      "وفرضت كندا عقوبات على مسؤولين فنزويليين. كما طردت كندا السفير الفنزويلي من أوتاوا.",
      "2018-07-20",
    ),
    ["SANCTION CAN>VEN 2018-07-20", "SANCTION CAN>VEN 2018-07-20"],
  );
  // `كما` before a speech verb opens a report, not the act: its act is not carried.
  assert.deepEqual(
    datedLines(
      "وفي الشهر الماضي فرضت كندا عقوبات على مسؤولين فنزويليين. كما أعلنت أوتاوا أنها طردت السفير الفنزويلي.",
      "2018-07-20",
    ).slice(1),
    ["SANCTION CAN>VEN 2018-07-20"],
  );
});
