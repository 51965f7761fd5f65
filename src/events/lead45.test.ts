// The forty-fifth round's lead readings (docs/EVENTS.md, "Forty-fifth pass", branch lead45). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a masculine ه before a feminine verb with its own subject is the pronoun of the matter, not the speaker", () => {
  // Before: the speaker (Iran) took the withdrawal, and Washington became its recipient.
  assert.deepEqual(
    coded("وقالت إيران إنه في حال انسحبت واشنطن من الاتفاق النووي، فإنها ستوقف التزامها ببنوده."),
    ["SANCTION USA>IRN conditional"],
  );
  // A verb that agrees with the pronoun is still the speaker's, the state after it its object.
  assert.deepEqual(coded("وقال الرئيس الأمريكي إنه سيفرض رسوما على الصين."), ["SANCTION USA>CHN future"]);
  // And a feminine pronoun before a feminine verb is the speaker's too.
  assert.deepEqual(coded("وقالت رئيسة الوزراء البريطانية إنها ستطرد دبلوماسيين روسا."), [
    "SANCTION GBR>RUS future",
  ]);
});
