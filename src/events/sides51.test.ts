// The fifty-first round's readings of sides (docs/EVENTS.md, "Fifty-first pass", branch sides51). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a speaker's pronoun reaches the verb across `من المحتمل أن` and a verb of wanting", () => {
  // Before: the last `أن` carried no pronoun, so the call had no actor: no event.
  assert.deepEqual(
    eventLines("قال رئيس الوزراء الإيطالي إنه من المحتمل أن يتحدث إلى الرئيس المصري الأسبوع المقبل."),
    ["CONSULT ITA>EGY conditional"],
  );
  assert.deepEqual(
    eventLines("وقالت رئيسة الوزراء النيوزيلندية إنها تأمل أن تتحدث إلى الرئيس الصيني قريبا."),
    ["CONSULT NZL>CHN proposed"],
  );
  // Before: asserted and no actor; `من الممكن أن` makes the act possible.
  assert.deepEqual(eventLines("قال وزير التجارة الياباني إنه من الممكن أن يفرض رسوما جديدة على الصين."), [
    "SANCTION JPN>CHN conditional",
  ]);
  // A body named right after the verb is its own subject: the speaker does not act.
  assert.deepEqual(
    eventLines("قال وزير الخارجية الإسباني إنه من المحتمل أن يفرض الاتحاد الأوروبي عقوبات على فنزويلا."),
    ["SANCTION IGO>VEN conditional"],
  );
  // A verb of the other gender than the pronoun is not the speaker's.
  assert.deepEqual(eventLines("قال وزير الخارجية الإسباني إنه يأمل أن تعتذر فنزويلا لإسبانيا."), []);
});

test("a candidate for office is no state's side", () => {
  // Before: the title's nisba made the candidate's trip a visit of Brazil.
  assert.deepEqual(eventLines("وزار المرشح الرئاسي البرازيلي السابق الأرجنتين الأسبوع الماضي."), []);
  // Before: the institution in the title (`الرئاسة الكولومبية`) stood for the visitor.
  assert.deepEqual(eventLines("وكانت مرشحة الرئاسة الكولومبية آنذاك، إنغريد ماريا، قد زارت فنزويلا."), []);
  // An office holder still acts for the state.
  assert.deepEqual(eventLines("وزار الرئيس البرازيلي الأرجنتين الأسبوع الماضي."), [
    "CONSULT BRA>ARG asserted",
  ]);
});
