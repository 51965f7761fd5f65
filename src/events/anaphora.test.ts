// Parties outside the trigger's clause (issue 6, docs/EVENTS.md "Parties outside the clause"): a
// state's pronoun (`بلاده`، `حكومته`) stands for the state of the person named before it, and a
// pluperfect retelling of an act is the act already told. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const eventsOf = eventSides;

const cases: Array<[string, string, string, string]> = [
  [
    "the speaker of the sentence before (`وأضاف أن بلاده`)",
    "قال وزير الخارجية النرويجي يوناس ستوره إن المحادثات كانت صعبة. وأضاف أن بلاده ترفض المقترح الروسي.",
    "REJECT",
    "NOR>RUS",
  ],
  [
    "the speaker named by a title and a nisba (`رئيس الوزراء الهندي … حكومته`)",
    "وقال رئيس الوزراء الهندي في خطاب أمام البرلمان إن حكومته ستفرض عقوبات على باكستان.",
    "SANCTION",
    "IND>PAK",
  ],
  [
    "the speaker, not a state named in passing before the pronoun",
    "قال مسؤول في وزارة الخارجية البرازيلية، في تعليق على الخلاف الكولومبي الفنزويلي، إن بلاده طلبت من فنزويلا توضيحات.",
    "REQUEST",
    "BRA>VEN",
  ],
  [
    "the genitive of a verbal noun (`تأييد بلاده`)",
    "وأكد وزير الخارجية الأردني على تأييد بلاده لموقف مصر في المفاوضات.",
    "SUPPORT",
    "JOR>EGY",
  ],
];

for (const [why, text, type, sides] of cases) {
  test(`anaphora: ${why}`, () => {
    const got = eventsOf(text);
    const [actor, recipient] = sides.split(">");
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${sides} in ${JSON.stringify(got)}`,
    );
  });
}

test("anaphora: a pronoun that repeats the actor's own state does not hide the other side", () => {
  const got = eventsOf("وأعرب وزير الخارجية الكيني عن تقدير بلاده لمواقف إثيوبيا خلال الأزمة.");
  assert.ok(
    got.some((g) => g.type === "SUPPORT" && g.actor === "KEN" && g.recipient === "ETH"),
    JSON.stringify(got),
  );
});

test("anaphora: a pronoun with no state's person before it is no party", () => {
  assert.deepEqual(eventsOf("وقال رجل أعمال إن بلاده ترفض الرسوم الجمركية الأمريكية."), []);
});

test("anaphora: a pluperfect retelling of an act already told is that act", () => {
  const text =
    "علقت اليابان مشاوراتها الأمنية مع كوريا الجنوبية يوم الاثنين. " +
    "وكان المتحدث باسم وزارة الخارجية اليابانية قد أعلن أن بلاده قررت تعليق المشاورات مع الجانب الكوري الجنوبي.";
  const got = eventsOf(text).filter((g) => g.type === "SANCTION");
  assert.equal(got.length, 1, JSON.stringify(got));
});

test("anaphora: a pluperfect act by the other side is not merged into the first", () => {
  const text =
    "فرضت الولايات المتحدة رسوما جمركية على الواردات الصينية. " +
    "وكانت الصين قد فرضت رسوما جمركية على الواردات الأمريكية.";
  const got = eventsOf(text).filter((g) => g.type === "SANCTION");
  assert.equal(got.length, 2, JSON.stringify(got));
});
