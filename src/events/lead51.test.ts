// The fifty-first round's lead readings (docs/EVENTS.md, "Fifty-first pass", branch lead51). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an explicit trigger form written as the word it folds into is that word (هنا 'here', not هنأ)", () => {
  // Before: "work here in Kenya" was a congratulation by the states named before it.
  assert.deepEqual(
    eventLines("وأكد السفير أن الشركات من اليابان وكوريا الجنوبية تعمل هنا في كينيا منذ عقود."),
    [],
  );
  // The verb with its hamza, with or without marks and proclitics, congratulates.
  assert.deepEqual(eventLines("هنأ الرئيس الكيني نظيره التنزاني بفوزه في الانتخابات."), [
    "SUPPORT KEN>TZA asserted",
  ]);
  assert.deepEqual(eventLines("وهنّأت الأرجنتين تشيلي بنجاح القمة."), ["SUPPORT ARG>CHL asserted"]);
});

test("و with a pronoun opening a clause set off by commas after the subject describes the subject", () => {
  // Before: the charge was aimed at the body inside the aside, not at the state after its closing comma.
  assert.deepEqual(eventLines("واتهمت فنزويلا، وهي عضو مؤسس في منظمة أوبك، كولومبيا بالتآمر على حكومتها."), [
    "ACCUSE VEN>COL asserted",
  ]);
  assert.deepEqual(
    eventLines("وطالب العراق، وهو أحد أكبر المنتجين في منظمة أوبك، الكويت بتعويضات عن الأضرار."),
    ["REQUEST IRQ>KWT asserted"],
  );
  // With no comma after the aside, the state inside it stays where it was read.
  assert.deepEqual(eventLines("وانتقدت فنزويلا منظمة أوبك بشدة."), ["ACCUSE VEN>IGO asserted"]);
});

test("after a verb of denial, وهو ما sums up the claim its sentence tells, not the event told before", () => {
  // Before: the ministry's denial of what the press said was a rejection of the visiting state.
  assert.deepEqual(
    eventLines(
      "وصل وزير الخارجية الهندي إلى طوكيو يوم الأحد. وقالت صحف محلية إن المباحثات تعثرت، وهو ما نفته الخارجية اليابانية.",
    ),
    ["CONSULT IND>JPN asserted"],
  );
  // A charge told by a state in the same sentence is still the denial's target.
  assert.deepEqual(eventLines("واتهمت الهند باكستان بإيواء المسلحين، وهو ما نفته إسلام آباد."), [
    "ACCUSE IND>PAK asserted",
    "REJECT PAK>IND asserted",
  ]);
  // A refusal after وهو ما may answer the act before it: it keeps that act's state.
  assert.deepEqual(
    eventLines(
      "وصل وزير الخارجية الهندي إلى طوكيو يوم الأحد. وقالت صحف إن الزيارة ستنتهي باتفاق، وهو ما رفضته الخارجية اليابانية.",
    ),
    ["CONSULT IND>JPN asserted", "REJECT JPN>IND asserted"],
  );
});

test("a manner phrase of coordination after a passive clause has no actor", () => {
  // Before: the coordination was the act of the state named in the clause before the passive one.
  assert.deepEqual(
    eventLines(
      "وأوضح البيان أن المدينة تقع في جنوب ليبيا، وقد تم الإعداد للعمليات بالتنسيق مع القوات المصرية.",
    ),
    [],
  );
  // With a subject after the passive word's clause, or an active verb, the subject coordinates.
  assert.deepEqual(eventLines("وشنت القوات التركية العملية بالتنسيق مع القوات الروسية."), [
    "COOPERATE TUR>RUS asserted",
  ]);
});
