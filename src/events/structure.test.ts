// Argument structure (issue 6, docs/EVENTS.md "Sixth pass: implicit parties and argument
// structure"): a light verb right after a relative pronoun (`الذي قام بزيارة`), the agent of the
// object's relative clause one head word further (`التي نفذتها قوات الجيش …`), two titles with their
// states joined by و (`الرئيس الفرنسي والمستشار الألماني`), feminine duals (`الزعيمتان`) and a
// verbal noun's possessive pronoun as its agent (`قال ماتيس إن مباحثاته مع`), the agent after
// `من قبل`/`على يد` of an act with no subject, `كرر` as a light verb, and a state after a noun of
// conduct as the object's owner (`يدين ممارسات إيران`).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventSides } from "../../test/helpers.ts";

const cases: Array<[string, string, string, string]> = [
  [
    "a light verb right after a relative pronoun takes the pronoun's antecedent as the noun's agent",
    "وغاب عن الحفل وزير الخارجية الأسترالي، الذي قام بزيارة لإندونيسيا الأسبوع الماضي.",
    "CONSULT",
    "AUS>IDN",
  ],
  [
    "the agent of the object's relative clause may stand after one bare head word",
    "وأعلنت الخارجية الأردنية إدانة المملكة الشديدة للغارة التي نفذتها قوات الجيش الإسرائيلي على القرية.",
    "ACCUSE",
    "JOR>ISR",
  ],
  [
    "two titles, each with its state's nisba, joined by و are one compound party",
    "وذكرت الرئاسة أن الرئيس الفرنسي والمستشار الألماني تحدثا عبر الهاتف مساء الأحد.",
    "CONSULT",
    "DEU,FRA>",
  ],
  [
    "a feminine dual after two named leaders stands for their two states",
    "والتقت رئيسة الوزراء النيوزيلندية نظيرتها الدنماركية في كوبنهاغن، وأعربت الزعيمتان عن قلقهما من التجارب الصاروخية الكورية الشمالية.",
    "ACCUSE",
    "DNK,NZL>PRK",
  ],
  [
    "a verbal noun's possessive pronoun is its agent: the speaker of the reported clause",
    "قال وزير الخارجية الياباني إن مباحثاته مع نظيره الكوري الجنوبي في طوكيو كانت مثمرة.",
    "CONSULT",
    "JPN>KOR",
  ],
  [
    "an act with no subject names its agent after من قبل",
    "وفرضت عقوبات جديدة على فنزويلا من قبل الحكومة الكندية الأسبوع الماضي.",
    "SANCTION",
    "CAN>VEN",
  ],
  [
    "a repeating verb carries its subject to the act noun after it (كرر … الاتهامات)",
    "وكرر وزير الخارجية الفرنسي في باريس الاتهامات ضد روسيا بالتدخل في الانتخابات.",
    "ACCUSE",
    "FRA>RUS",
  ],
  [
    "a و-verb after a forum's head opens a clause of its own, not the forum's name",
    "وانتقدت الصحف الخطاب الذي ألقاه رئيس الوزراء الهندي أمام المؤتمر وهدد فيه باكستان برد حازم.",
    "THREATEN",
    "IND>PAK",
  ],
];

for (const [why, text, type, sides] of cases) {
  test(`structure: ${why}`, () => {
    const got = eventSides(text);
    const [actor, recipient] = sides.split(">");
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${sides} in ${JSON.stringify(got)}`,
    );
  });
}

test("structure: without the verb's pronoun, the relative's antecedent acts and the person after is the object's", () => {
  const got = eventSides("وانتقدت الحكومة الكندية القرار الذي أفشل مبادرة أوباما بشأن المناخ.");
  assert.ok(!got.some((g) => g.type === "ACCUSE" && g.recipient === "USA"), JSON.stringify(got));
});

test("structure: a nisba's head after a relative verb is a thing, not the agent", () => {
  const got = eventSides("ورحبت الحكومة اليابانية بالخطوات التي تشهدها الساحة الكورية الجنوبية هذا العام.");
  assert.ok(!got.some((g) => g.recipient === "KOR"), JSON.stringify(got));
});

test("structure: an act noun between two nisbas does not join them", () => {
  const got = eventSides(
    "وازداد التوتر عقب تخلي أمريكا عن الاتفاق النووي الإيراني والغارة الإسرائيلية على مخازن قرب حمص.",
  );
  assert.ok(
    !got.some((g) => g.recipient.includes("IRN") && g.recipient.includes("ISR")),
    JSON.stringify(got),
  );
});

test("structure: a possessive after a relative pronoun belongs to the relative's antecedent, not the sentence's subject", () => {
  const got = eventSides(
    "وتحدث مسؤولون في الحكومة الكندية عن الكاتب الذي اختفى منذ زيارته إلى السفارة الجزائرية في باريس.",
  );
  assert.ok(!got.some((g) => g.actor === "CAN"), JSON.stringify(got));
});

test("structure: a feminine possessive does not stand for a masculine speaker", () => {
  const got = eventSides(
    "قال الرئيس التركي إن الولايات المتحدة ستكون الخاسر الأكبر في المنطقة بانسحابها من الاتفاق النووي الإيراني.",
  );
  assert.ok(!got.some((g) => g.actor === "TUR"), JSON.stringify(got));
});

test("structure: من قبل does not replace a subject the clause names", () => {
  const got = eventSides("وكانت الحكومة الكوبية قد طردت من قبل دبلوماسيين أمريكيين من هافانا.");
  assert.ok(!got.some((g) => g.actor === "USA"), JSON.stringify(got));
});

test("structure: a state right after a noun of conduct owns the object; it is not the verb's subject", () => {
  const got = eventSides(
    "وقال المندوب إن القرار لا يفرض عقوبات، لكنه يدين ممارسات إيران ودورها في نزاع اليمن.",
  );
  assert.ok(!got.some((g) => g.type === "ACCUSE" && g.actor === "IRN"), JSON.stringify(got));
});

test("a place whose name opens with the letters of سـ + أن (سان فرانسيسكو) does not cut the clause before its date", () => {
  const e = analyzeText(
    "وعقدت القمة التي جمعت الرئيس الأميركي جو بايدن ونظيره الصيني شي جين بينغ قرب سان فرانسيسكو في نوفمبر/تشرين الثاني 2023.",
    {},
  ).events[0];
  assert.equal(e?.type, "CONSULT");
  assert.equal(e?.date, "2023-11");
});

test("`تحدث … عبر الفيديو مع` is a call when a long title stands between the verb and the word of the call", () => {
  const e = analyzeText(
    "وتحدث رئيس هيئة الأركان المشتركة الأميركية الجنرال تشارلز براون عبر الفيديو مع الجنرال الصيني ليو تشن لي.",
    {},
  ).events[0];
  assert.equal(e?.type, "CONSULT");
  assert.deepEqual([e?.actor.map((p) => p.country), e?.recipient.map((p) => p.country)], [["USA"], ["CHN"]]);
});

test("two meetings of the same states told in one sentence, each with a date of its own, are two events", () => {
  const events = analyzeText(
    "وبدأت القنوات تعود بعد القمة التي جمعت الرئيس الأميركي جو بايدن ونظيره الصيني شي جين بينغ في نوفمبر/تشرين الثاني 2023، إذ تحدث رئيس الأركان الأميركي عبر الفيديو مع نظيره الصيني في ديسمبر/كانون الأول.",
    {},
  ).events.filter((e) => e.type === "CONSULT");
  // No publication date: December has no year, so the call keeps its words and no date.
  assert.deepEqual(
    events.map((e) => [e.date, e.date_text]),
    [
      ["2023-11", "نوفمبر/تشرين الثاني 2023"],
      [null, "ديسمبر/كانون الأول"],
    ],
  );
  // With a publication date, both are dated.
  const dated = analyzeText(
    "وبدأت القنوات تعود بعد القمة التي جمعت الرئيس الأميركي جو بايدن ونظيره الصيني شي جين بينغ في نوفمبر/تشرين الثاني 2023، إذ تحدث رئيس الأركان الأميركي عبر الفيديو مع نظيره الصيني في ديسمبر/كانون الأول.",
    { published: "2024-01-10" },
  ).events.filter((e) => e.type === "CONSULT");
  assert.deepEqual(
    dated.map((e) => e.date),
    ["2023-11", "2023-12"],
  );
});

test("a meeting retold in the same sentence without a date of its own is still one event", () => {
  const events = analyzeText(
    "والتقى وزير الخارجية الأمريكي نظيره الصيني في بكين يوم الاثنين، وبحث الجانبان خلال اللقاء العلاقات الثنائية.",
    { published: "2024-04-30" },
  ).events.filter((e) => e.type === "CONSULT");
  assert.equal(events.length, 1);
});

test("a negation before a verb of ceasing means still: `لا زالت تدعم` is support held, `لا تدعم` is none", () => {
  const negated = (text: string) => analyzeText(text, {}).events.map((e) => [e.type, e.negated]);
  assert.deepEqual(negated("وقالت الحكومة إن بريطانيا لا زالت تدعم أوكرانيا."), [["SUPPORT", false]]);
  assert.deepEqual(negated("وقالت الحكومة إن بريطانيا لا تدعم أوكرانيا."), [["SUPPORT", true]]);
});

test("a host receiving a guest is a visit by the guest's state; hosting a final or a headquarters is none", () => {
  assert.deepEqual(
    eventSides("استقبل الرئيس التركي في قصره بأنقرة نظيره الإيراني حسن روحاني صباح الإثنين."),
    [{ type: "CONSULT", actor: "IRN", recipient: "TUR" }],
  );
  assert.deepEqual(
    analyzeText("وستستضيف قطر نهائي البطولة بين منتخبي فرنسا والأرجنتين.", {}).events.map((e) => e.type),
    [],
  );
  // A verb coordinated after the hosting shares its subject, the host.
  assert.deepEqual(
    eventSides(
      "واستقبل الرئيس الإندونيسي برابوو سوبيانتو وزيرة الخارجية الأسترالية بيني وونغ في القصر الرئاسي، ودعاها إلى حضور قمة إقليمية.",
    ),
    [
      { type: "CONSULT", actor: "AUS", recipient: "IDN" },
      { type: "REQUEST", actor: "IDN", recipient: "AUS" },
    ],
  );
});

test("a name's last word that looks like a particle (`مون جاي إن`) opens no reported clause; a real `إن` still does", () => {
  assert.deepEqual(eventSides("والتقى الرئيس الكوري الجنوبي مون جاي إن برئيس الوزراء الياباني في طوكيو."), [
    { type: "CONSULT", actor: "KOR", recipient: "JPN" },
  ]);
  assert.deepEqual(eventSides("وقال الرئيس الكوري الجنوبي مون جاي إن إن اليابان رفضت الطلب الصيني."), [
    { type: "REJECT", actor: "JPN", recipient: "CHN" },
  ]);
});

test("`قاد` carries a noun trigger like the other light verbs: the relative clause after the noun names its agent", () => {
  assert.deepEqual(eventSides("وتحدث الوزير العراقي عن الهجوم الذي قادته فرنسا على سوريا."), [
    { type: "ASSAULT", actor: "FRA", recipient: "SYR" },
  ]);
  assert.deepEqual(eventSides("وقاد الوزير الأمريكي المحادثات مع إيران."), [
    { type: "CONSULT", actor: "USA", recipient: "IRN" },
  ]);
});
