// Evaluative accusations (docs/EVENTS.md, "Evaluative accusations"): a judge's evaluation of a
// state's act is ACCUSE from the judge to the act's owner. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";
import { compileEvaluations } from "./evaluations.ts";

function accusations(text: string) {
  return analyzeText(text, {})
    .events.filter((e) => e.type === "ACCUSE")
    .map((e) => ({
      actor: [...new Set(e.actor.map((p) => p.country))].join(),
      recipient: [...new Set(e.recipient.map((p) => p.country))].sort().join(),
      negated: e.negated,
    }));
}

const cases: Array<[string, string, string, string]> = [
  [
    "a judging verb, its complement's subject",
    "واعتبرت وزارة الخارجية الأردنية أن قرار الحكومة الإسرائيلية بناء مستوطنات جديدة يشكل انتهاكا للقانون الدولي.",
    "JOR",
    "ISR",
  ],
  [
    "a copula in reported speech: the speaker judges",
    "وقال المتحدث باسم الخارجية الصربية إن اعتراف كوسوفو بالقرار يعد تدخلا في الشؤون الداخلية لبلاده.",
    "SRB",
    "XKX",
  ],
  [
    "`ما قامت به X` as a nominal predicate",
    "وقال وزير الخارجية الليبي إن ما قامت به أنقرة خرق واضح لقرارات مجلس الأمن.",
    "LBY",
    "TUR",
  ],
  [
    "`وصف … بأنه` with an evaluation the trigger row does not list",
    "ووصفت الحكومة الكولومبية الغارة الفنزويلية بأنها اعتداء على سيادتها.",
    "COL",
    "VEN",
  ],
  [
    "the act's owner as the evaluation's nisba, in a participle clause",
    "وأعلنت موسكو طرد دبلوماسيين، واصفة الخطوة بأنها رد على الاستفزاز البولندي.",
    "RUS",
    "POL",
  ],
  [
    "owners coordinated with و",
    "واعتبرت بيونغ يانغ التدريبات المشتركة بين الولايات المتحدة واليابان تصعيدا خطيرا في المنطقة.",
    "PRK",
    "JPN,USA",
  ],
  [
    "a derision of a state's act (an insult), after a judging verb",
    "ووصف وزير الخارجية الإيراني خطاب رئيس الوزراء الإسرائيلي أمام المؤتمر بأنه مهزلة.",
    "IRN",
    "ISR",
  ],
  [
    "a state's measures called a psychological war",
    "ووصف الرئيس الفنزويلي العقوبات الأمريكية الجديدة بأنها حرب نفسية على شعبه.",
    "VEN",
    "USA",
  ],
];

for (const [why, text, actor, recipient] of cases) {
  test(`evaluative accusation: ${why}`, () => {
    const got = accusations(text);
    assert.ok(
      got.some((g) => g.actor === actor && g.recipient === recipient && !g.negated),
      `want ACCUSE ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

test("evaluative accusation: a negated evaluation is kept, negated", () => {
  const got = accusations(
    "وقال وزير الخارجية الهندي إن نشر القوات البنغلاديشية على الحدود لا يمثل تهديدا للأمن.",
  );
  assert.ok(
    got.some((g) => g.actor === "IND" && g.recipient === "BGD" && g.negated),
    JSON.stringify(got),
  );
});

const noEvents: Array<[string, string]> = [
  [
    "a domestic matter: the judge's own state is the owner",
    "واعتبر نواب في البرلمان التونسي أن قرار الحكومة التونسية رفع الضرائب يمثل اعتداء على الطبقة الوسطى.",
  ],
  [
    "the state after the evaluation is the victim, not the accused",
    "واعتبرت الحكومة الإيطالية أن الهجوم يمثل انتهاكا لسيادة مالي.",
  ],
  [
    "a state after a preposition in the judged act is its target",
    "ورأت فرنسا أن الهجوم على النيجر اعتداء خطير.",
  ],
  ["an evaluation that is part of a name", "وقال الوزير القطري إن دول العدوان تتحمل المسؤولية عن الكارثة."],
  ["an act owned by no state", "وقالت الحكومة الألمانية إن الاعتداء على سفارتها في كابول عمل إرهابي."],
];

for (const [why, text] of noEvents) {
  test(`evaluative accusation: none when ${why}`, () => {
    assert.deepEqual(accusations(text), []);
  });
}

test("evaluations lexicon: an unknown kind says how to fix the file", () => {
  assert.throws(
    () => compileEvaluations([{ kind: "verdict", forms: "انتهاك" }]),
    /lexicons\/evaluations\.tsv: unknown kind "verdict"; use judge/u,
  );
});
