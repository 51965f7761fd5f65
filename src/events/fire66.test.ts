// The sixty-sixth round's reading of a death by a state's fire told as a report (branch fire66).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a death by a state's fire announced by a speaker is the fire's act", () => {
  // Before: the speaker named by a nisba (a news agency, an army's spokesman) before the death word stood as
  // another party of the clause, and the death was left uncoded.
  assert.deepEqual(
    eventLines(
      "أعلنت وكالة الأنباء الأرمينية، الخميس، مقتل 3 أرمينيين وإصابة 40 آخرين برصاص الجيش الأذربيجاني.",
    ),
    ["ASSAULT AZE>ARM asserted"],
  );
  assert.deepEqual(
    eventLines("وأكد المتحدث باسم الجيش الأرميني الخميس مقتل جنديين أرمينيين بنيران القوات الأذربيجانية."),
    ["ASSAULT AZE>ARM asserted"],
  );
});

test("a charge or another act before the death word keeps the death unread as the fire's act", () => {
  // The speech verb must open the clause: a charge verb names its own sides.
  assert.deepEqual(
    eventLines("اتهمت أرمينيا أذربيجان بقتل جنديين أرمينيين برصاص الجيش الأذربيجاني الخميس."),
    ["ACCUSE ARM>AZE asserted"],
  );
  // A death by the speaker's own state's fire is no interstate event.
  assert.deepEqual(eventLines("أعلنت الوزارة الخميس مقتل جنديين أرمينيين برصاص الجيش الأرميني."), []);
});
