// The fifty-fourth round's readings of the cooperative side (docs/EVENTS.md, branch deal54).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("backing told in a relative clause by an imperfect with an object pronoun is SUPPORT by the backer", () => {
  // تدعمها، تدعمه، تساندها: the object pronoun stands for the body the relative clause is on.
  assert.deepEqual(eventLines("وتتقدم القوات السورية، التي تدعمها روسيا، نحو المدينة.", "states"), [
    "SUPPORT RUS>SYR",
  ]);
  assert.deepEqual(
    eventLines("وقال الرئيس بشار الأسد، الذي تدعمه طهران عسكريا، إن المعارك ستتواصل.", "states"),
    ["SUPPORT IRN>SYR"],
  );
  assert.deepEqual(eventLines("وتواجه قوات الحكومة اليمنية، التي تساندها السعودية، هجوما جديدا.", "states"), [
    "SUPPORT SAU>YEM",
  ]);
});

test("the object forms outside a relative clause, and backing of no state, give no SUPPORT", () => {
  // A group that is no state: no side to back.
  assert.deepEqual(eventLines("وتقاتل الفصائل المسلحة، التي تدعمها تركيا، في الشمال.", "states"), []);
  // The perfect with an object pronoun (a question, a retold deed) is left as it was: no event.
  assert.deepEqual(eventLines("وسأل الكاتب: لماذا لم تدعمها فرنسا في أزمتها؟", "states"), []);
});

test("backing received in a relative clause from several states is one SUPPORT per backer", () => {
  // الحكومة …، التي تتلقى دعما من …: backing told in a phrase (docs/gold-format.md), each backer on its own.
  assert.deepEqual(
    eventLines("وأحرزت الحكومة السورية، التي تتلقى دعما من روسيا وإيران، تقدما في الجنوب.", "states"),
    ["SUPPORT RUS>SYR", "SUPPORT IRN>SYR"],
  );
  // Support won in a main clause (a vote, a stance) stays one act of the states named together.
  assert.deepEqual(eventLines("وحظيت روسيا بدعم الصين وإيران في التصويت على القرار.", "states"), [
    "SUPPORT CHN+IRN>RUS",
  ]);
});

test("the accusative noun of backing with ل after an act backs the state after ل; the clause's subject backs", () => {
  // دعما ل: the clause's subject, a state's own body, is the backer (SUPPORT, backing told in a phrase).
  assert.deepEqual(eventLines("وتقود الرياض تحالفا عسكريا منذ سنوات دعما للحكومة اليمنية.", "states"), [
    "SUPPORT SAU>YEM",
  ]);
  assert.deepEqual(eventLines("وتوفر موسكو دعما لحكومة الرئيس السوري بشار الأسد في حربها.", "states"), [
    "SUPPORT RUS>SYR",
  ]);
});

test("states joined by و as the subject of backing with ل each back the side", () => {
  assert.deepEqual(eventLines("وتقدم الصين وروسيا دعما للحكومة الفنزويلية في أزمتها.", "states"), [
    "SUPPORT CHN>VEN",
    "SUPPORT RUS>VEN",
  ]);
});

test("backing with ل given by no state, or seen in another's act, is no SUPPORT", () => {
  // A crowd is no state: no backer.
  assert.deepEqual(eventLines("وتظاهر الآلاف في العاصمة دعما للجيش السوري.", "states"), []);
  // A view of another's step (في الخطوة الأمريكية) names no subject that backs.
  assert.deepEqual(
    eventLines("ويرى الفلسطينيون في الخطوة الأمريكية دعما لسيطرة إسرائيل على المدينة.", "states"),
    [],
  );
});
