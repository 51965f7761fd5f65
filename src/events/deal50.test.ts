// The fiftieth round's readings of deals and cooperation (docs/EVENTS.md, "Fiftieth pass", branch deal50).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a backer told as a coalition led by states backs through each leading state", () => {
  // Before: the coalition named no state, so the backing gave no event.
  assert.deepEqual(
    eventLines(
      "وتخوض القوات الحكومية اليمنية المدعومة من التحالف بقيادة السعودية والإمارات معارك عنيفة قرب تعز.",
    ),
    ["SUPPORT SAU>YEM asserted", "SUPPORT ARE>YEM asserted"],
  );
  assert.deepEqual(
    eventLines("وتتقدم القوات العراقية، المدعومة من التحالف الدولي الذي تقوده واشنطن، نحو الحدود."),
    ["SUPPORT USA>IRQ asserted"],
  );
  // A coalition with no leading state named stays no backer.
  assert.deepEqual(eventLines("وتخوض القوات اليمنية المدعومة من التحالف العربي معارك عنيفة قرب تعز."), []);
});

test("nisbas of several states stacked on a drill's noun are its joint participants", () => {
  // Before: the first nisba was the actor and the second was read as nothing, so no event.
  assert.deepEqual(eventLines("وانطلقت أمس مناورات بحرية روسية صينية مشتركة قبالة السواحل الشرقية."), [
    "COOPERATE CHN+RUS> asserted",
  ]);
  // A drill of one state stays no act between states.
  assert.deepEqual(eventLines("وانطلقت أمس مناورات بحرية روسية واسعة قبالة السواحل الشرقية."), []);
});

test("a part of a state's forces drawn from it by من after a verb is the verb's subject", () => {
  // Before: من made the navy a preposition's object, so the drill had no actor.
  assert.deepEqual(
    eventLines("وشاركت وحدات من البحرية الهندية في تدريبات بحرية مع القوات الأسترالية قرب بيرث."),
    ["COOPERATE IND>AUS asserted"],
  );
  // Police drawn from no state's forces stay no party of the drill.
  assert.deepEqual(eventLines("وشاركت عناصر من الشرطة في تدريبات بحرية مع القوات الأسترالية قرب بيرث."), []);
});
