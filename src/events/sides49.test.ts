// The forty-ninth round's readings of sides (docs/EVENTS.md, "Forty-ninth pass", branch sides49). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state after ب may be what a later pronoun tells", () => {
  // Before: `بكوريا الجنوبية` was kept as a place (ب may mean "in"), so `إياها` had no antecedent and the
  // call had no one called on.
  assert.deepEqual(eventLines("رحبت اليابان بكوريا الجنوبية، داعية إياها إلى مواصلة الحوار مع الشمال."), [
    "SUPPORT JPN>KOR asserted",
    "REQUEST JPN>KOR asserted",
  ]);
  // Two states after ب joined by و: the pronoun could tell either, so it tells none. Before, the state after
  // ب was skipped and the pronoun took the second state alone (REQUEST RUS>IRN).
  // The call itself reaches both states after ب (branch lists57, proclitic-list.ts); before, only the first.
  assert.deepEqual(eventLines("اتصلت روسيا بتركيا وإيران، داعية إياهما إلى مواصلة الحوار."), [
    "CONSULT RUS>IRN+TUR asserted",
  ]);
  // A state after في stays a place, no antecedent.
  assert.deepEqual(eventLines("عقدت قمة المجموعة في الأرجنتين، وانتقدتها فرنسا بشدة."), []);
});

test("Iran's atomic energy organisation is a body of Iran, not the international agency", () => {
  // Before: `وكالة الطاقة الذرية` inside the name was read as the IAEA, and Iran's own order to its
  // agency became a request to an international body (REQUEST IRN>IGO).
  assert.deepEqual(
    eventLines("وقال الرئيس الإيراني إنه طلب من وكالة الطاقة الذرية الإيرانية التحضير لزيادة مستوى التخصيب."),
    [],
  );
  // The international agency keeps its reading.
  assert.deepEqual(eventLines("طلبت الوكالة الدولية للطاقة الذرية من إيران السماح لمفتشيها بدخول المواقع."), [
    "REQUEST IGO>IRN asserted",
  ]);
});

test("the subject of a past verb of trying is the agent of the persuasion it carries", () => {
  // Before: `إقناع` after `وحاول` had no light verb before it, so the persuasion had no actor.
  assert.deepEqual(eventLines("تدخل الرئيس الفرنسي في الأزمة، وحاول إقناع إيطاليا باستقبال السفينة."), [
    "REQUEST FRA>ITA asserted",
  ]);
  // An imperfect `تحاول` describing a group's aim carries no act of the state before it.
  assert.deepEqual(eventLines("تدعو تركيا مصر إلى وقف دعم جماعات مسلحة تحاول احتلال أراض سورية."), [
    "REQUEST TUR>EGY asserted",
  ]);
});
