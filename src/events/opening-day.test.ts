// The day a sentence names before its first complementizer (praise-subject.ts openingDay), read to date an act
// told after a participle of speech (participle-date.ts). A text whose first sentence opens with the pluperfect
// `وكان`, itself a break, has no words before it; that once threw. Sentences written for the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a text opened by وكان … قد with a participle of speech is read, not thrown on", () => {
  assert.deepEqual(eventLines("وكان الوزير قد زار موسكو، قائلاً إن روسيا وقعت اتفاقا مع الصين."), [
    "SUPPORT RUS>CHN asserted",
  ]);
});
