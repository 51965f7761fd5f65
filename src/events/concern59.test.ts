// The fifty-ninth round's reading of concern (branch disapprove59): a state said to be worried about
// (قلقة إزاء، تشعر بقلق إزاء، يساورها القلق بشأن) what another state does disapproves of it, PLOVER ACCUSE
// in the disapprove mode, as the rows of أعرب عن قلقه already read it. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state worried about another state's act disapproves of it", () => {
  // Before: only the verb of voicing (أعرب عن قلقه) was read; the state's own worry was not.
  assert.deepEqual(
    eventLines(
      "وأبلغ نائب الرئيس الأمريكي الرئيس المصري بأن الولايات المتحدة قلقة إزاء اعتقال نشطاء سلميين في مصر.",
    ),
    ["ACCUSE USA>EGY asserted"],
  );
  assert.deepEqual(
    eventLines(
      "وقالت الخارجية الفرنسية إن باريس تشعر بقلق بالغ إزاء العملية العسكرية التي تشنها تركيا في شمال سوريا.",
    ),
    ["ACCUSE FRA>TUR asserted"],
  );
});

test("a worry with no state to blame, or a fear of what may come, is no charge", () => {
  assert.deepEqual(eventLines("ولا يبدو أن الرئيس التركي يشعر بالقلق إزاء الوضع الاقتصادي."), []);
  // قلق من: a fear of a possibility (an arms race, a new wave of disease), not a charge.
  assert.deepEqual(eventLines("وقال الرئيس الأمريكي إنه يشعر بالقلق من سباق تسلح جديد مع روسيا."), []);
});
