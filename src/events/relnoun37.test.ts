// Thirty-seventh pass (branch relnoun37): an act told as a noun whose doer is named in the relative
// clause after it (`الضربات التي وجهتها كل من …`، `تأييد الهجمات التي شنتها … على …`). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a relative clause whose agents open with كل من still names the noun's doers and its target", () => {
  // Before: no event (the agent was looked for right after the verb, where كل من stands).
  assert.deepEqual(
    coded(
      "وأشار الكاتب إلى الهجمات التي شنتها كل من فرنسا وبريطانيا على مواقع تابعة للنظام الليبي فجر الأحد.",
    ),
    ["ASSAULT FRA+GBR>LBY asserted"],
  );
  // Before: France alone, from the nisba of the aircraft named before the noun.
  assert.deepEqual(
    coded(
      "وأظهر الشريط مشاركة طائرات إيطالية في الضربات التي وجهتها كل من فرنسا وبريطانيا ضد أهداف في ليبيا.",
    ),
    ["ASSAULT FRA+GBR>LBY asserted"],
  );
  // Near form: agents that are no states name no act between states.
  assert.deepEqual(
    coded(
      "وأشار الكاتب إلى الهجمات التي شنتها كل من الفصائل والعشائر على مواقع تابعة للنظام الليبي فجر الأحد.",
    ),
    [],
  );
});
