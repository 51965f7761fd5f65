// The thirty-third pass on missed meetings, agreements, support and cooperation (section
// "Thirty-third pass: …", /work/notes/section-coop33.md until the lead merges it). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a phone call told with تحدث … إلى is a consultation, even with the time between", () => {
  assert.deepEqual(coded("تحدث الرئيس الفرنسي عبر اتصال هاتفي، مساء الأحد، إلى العاهل الأردني حول الأزمة."), [
    "CONSULT FRA>JOR asserted",
  ]);
  assert.deepEqual(coded("وتحدث المستشار النمساوي هاتفيا إلى رئيس الوزراء الهندي بشأن التجارة."), [
    "CONSULT AUT>IND asserted",
  ]);
  // A talk to the press, with no state on the line, is no meeting.
  assert.deepEqual(coded("وتحدث الرئيس البرازيلي عبر الهاتف إلى الصحفيين في المطار."), []);
});

test("the threat a state poses, told by a relative clause, is a danger and no act of threatening", () => {
  const lines = coded(
    "وشكر الرئيس الفرنسي العاهل المغربي، وناقشا سلوك إيران والتهديد الذي تفرضه على المنطقة.",
  );
  assert.deepEqual(
    lines.filter((l) => l.startsWith("THREATEN")),
    [],
  );
  assert.ok(lines.includes("SUPPORT FRA>MAR asserted"));
  // A threat named with its maker and target is still read.
  assert.deepEqual(coded("ورفضت اليابان تهديدات كوريا الشمالية لها بعد المناورات."), [
    "REJECT JPN>PRK asserted",
    "THREATEN PRK>JPN asserted",
  ]);
});

test("a press conference held with a foreign leader is a meeting of the two", () => {
  assert.deepEqual(
    coded("وقال المستشار الألماني خلال مؤتمر صحفي مع الرئيس الكيني في برلين إن التجارة ستنمو."),
    ["CONSULT DEU>KEN asserted"],
  );
  assert.deepEqual(coded("وعقد رئيس الوزراء الياباني مؤتمرا صحفيا مشتركا مع نظيره الأسترالي يوم الخميس."), [
    "CONSULT JPN>AUS asserted",
  ]);
  // A press conference with no other state is no meeting.
  assert.deepEqual(
    coded("وقال وزير الخارجية الهولندي في مؤتمر صحفي مع صحفيين محليين إن الحكومة مستمرة."),
    [],
  );
  assert.deepEqual(coded("وعقد الرئيس البرازيلي مؤتمرا صحفيا في العاصمة يوم الاثنين."), []);
});

test("a dual title's second nisba in و between two named leaders joins them as the two sides", () => {
  assert.deepEqual(coded("وجرى لقاء الرئيسين الإيراني حسن روحاني والتركي رجب طيب أردوغان في أنقرة."), [
    "CONSULT IRN+TUR> asserted",
  ]);
  // Two leaders of one state are one side, not a meeting of two.
  assert.deepEqual(coded("وجرى لقاء الرئيس الأمريكي دونالد ترامب ونائبه مايك بنس في البيت الأبيض."), []);
});
