// The fifty-eighth round's readings of charge words (branch accuse58). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a subjectless condemnation of an act told with its doer's nisba accuses that doer, for the previous subject", () => {
  // Before: the nisba on the act's noun was read as the accuser and the act's target as the accused.
  assert.deepEqual(
    eventLines("وأعرب الرئيس الروسي فلاديمير بوتين عن قلقه. وانتقد بشدة الضربات الأمريكية على سوريا."),
    ["ACCUSE RUS>USA asserted"],
  );
  assert.deepEqual(
    eventLines(
      "وتحدث وزير الخارجية الأردني أيمن الصفدي إلى الصحفيين. وأدان الغارات الإسرائيلية على قطاع غزة.",
    ),
    ["ACCUSE JOR>ISR asserted"],
  );
  // A title before the nisba is a subject of its own, not an act: no reading from the sentence before.
  assert.notDeepEqual(
    eventLines("وأعرب الرئيس الروسي فلاديمير بوتين عن قلقه. وانتقد الزعيم اللبناني القصف الأمريكي."),
    ["ACCUSE RUS>USA asserted"],
  );
});
