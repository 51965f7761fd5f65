// The fiftieth round's coercion readings (docs/EVENTS.md, "Fiftieth pass", branch sanction50). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

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

test("a state that withdraws its consent or a licence from another state's mission sanctions that state", () => {
  // Before: the consent withdrawn was read as an agreement given.
  assert.deepEqual(eventLines("وأعلنت أنقرة سحب موافقتها على افتتاح قنصلية هولندية في إزمير."), [
    "SANCTION TUR>NLD asserted",
  ]);
  assert.deepEqual(eventLines("وسحبت الحكومة التركية موافقتها على افتتاح المركز الثقافي الهولندي."), [
    "SANCTION TUR>NLD asserted",
  ]);
  // Consent given stays an agreement.
  assert.deepEqual(eventLines("وأعلنت أنقرة موافقتها على افتتاح قنصلية هولندية في إزمير."), [
    "AGREE TUR>NLD asserted",
  ]);
});

test("a measure first told by its noun and then with an earlier time of its own is one measure, of that time", () => {
  // Before: the noun gave a second sanction on the page's day.
  assert.deepEqual(
    datedLines(
      "وتسببت إعادة فرض العقوبات الأمريكية على فنزويلا في تراجع صادراتها النفطية. وكانت واشنطن قد فرضت تلك العقوبات على كاراكاس في مارس الماضي.",
      "2018-09-12",
    ),
    ["SANCTION USA>VEN 2018-03"],
  );
  // A measure still to come, after the page's day, is another measure: both stay.
  assert.deepEqual(
    datedLines(
      "وتسببت إعادة فرض العقوبات الأمريكية على فنزويلا في تراجع صادراتها النفطية. وستفرض واشنطن عقوبات أخرى على فنزويلا في ديسمبر المقبل.",
      "2018-09-12",
    ),
    ["SANCTION USA>VEN 2018-09-12", "SANCTION USA>VEN 2018-12"],
  );
});
