// The forty-ninth round's lead readings (docs/EVENTS.md, "Forty-ninth pass", branch lead49). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a meeting noun followed by a word of broadcast or interview is an interview, no meeting", () => {
  // Before: the interview broadcast by an agency was a meeting of the speaker with the state he named.
  assert.deepEqual(
    eventLines(
      'وقال ولي العهد السعودي في لقاء بثته وكالة أمريكية الجمعة إن "التحالف بين السعودية والولايات المتحدة قديم".',
    ),
    [],
  );
  assert.deepEqual(eventLines("وقال الرئيس التركي في لقاء صحفيا مع روسيا."), []);
  // A meeting with a counterpart stays a meeting.
  assert.deepEqual(eventLines("وعقد وزير الخارجية المصري لقاء مع نظيره الأردني في عمان."), [
    "CONSULT EGY>JOR asserted",
  ]);
});

test("a trip verb whose place, after its subject and preposition, is no place of a visit is no trip", () => {
  // Before: voters heading to the polls were a visit to the state named later in the sentence.
  assert.deepEqual(
    eventLines("وتوجه الناخبون الأتراك إلى مراكز الاقتراع في محاولة لإنهاء الخلاف مع اليونان."),
    [],
  );
  // Before: a count reaching a number was a visit.
  assert.deepEqual(eventLines("ووصل 450 لاجئا سوريا إلى إيطاليا خلال الشهر الماضي."), []);
  // A minister heading to a capital still visits.
  assert.deepEqual(eventLines("وتوجه وزير الخارجية التركي إلى أثينا لإجراء محادثات مع نظيره اليوناني."), [
    "CONSULT TUR>GRC asserted",
  ]);
});
