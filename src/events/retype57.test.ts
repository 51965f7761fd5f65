// The fifty-seventh round's readings of events found with the right pair but another type (branch retype57).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a participle of speech (قائلا، مضيفا، لافتا) frames an evaluation as قال … إن does: its subject judges", () => {
  // Before: only a finite speech verb (قال، أكد) framed the speaker's judgement, so a reply told with
  // ردت … قائلة إن gave only the sanction named inside the charge, not the charge.
  assert.deepEqual(
    eventLines("وردت وزيرة الخارجية الكندية قائلة إن ذرائع واشنطن لفرض رسوم على الصلب الكندي سخيفة."),
    ["SANCTION USA>CAN future", "ACCUSE CAN>USA asserted"],
  );
  assert.deepEqual(
    eventLines("ورد وزير الخارجية الإيراني على الاتهامات، مضيفا أن ما تقوم به السعودية في اليمن عدوان سافر."),
    ["ACCUSE IRN>SAU asserted"],
  );
  // With no evaluation in the reported clause there is no charge.
  assert.deepEqual(
    eventLines("ورد وزير الخارجية الإيراني على الأسئلة، مضيفا أن السعودية ستستضيف المؤتمر المقبل."),
    [],
  );
});

test("a verb of deciding carries its verbal noun past a subject set off by commas (قرر الرئيس، الاسم، تعليق)", () => {
  // Before: with a comma between the subject and the decided noun, the noun found no agent (no light verb
  // carried it), so the sanction was lost and only other acts of the sentence were told.
  assert.deepEqual(
    eventLines("وقرر رئيس الوزراء الياباني، شينزو آبي، تجميد المساعدات الاقتصادية لكوريا الشمالية."),
    ["SANCTION JPN>PRK asserted"],
  );
  assert.deepEqual(
    eventLines("وأقرت الحكومة الأسترالية، الخميس، مضاعفة الرسوم الجمركية على واردات الألومنيوم الصينية."),
    ["SANCTION AUS>CHN asserted"],
  );
  // A definite noun after the comma is no decided verbal noun (a word is missing, or the noun is a topic).
  assert.deepEqual(eventLines("وقرر الرئيس الفرنسي، الأحد، القمة مع ألمانيا."), []);
});
