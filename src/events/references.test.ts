// Parties told by a pronoun or a back-reference (issue 6, docs/EVENTS.md "Parties by pronoun and
// back-reference"): an object pronoun on the verb (`ودعاه`، `التي انتقدها`) or on a preposition
// (`معها`) stands for the nearest state or person of a state named before it in its sentence,
// other than the act's other side. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const eventsOf = eventSides;

const cases: Array<[string, string, string, string]> = [
  [
    "an object pronoun on a coordinated verb is the person named before, not the state after إلى",
    "استقبل الرئيس الكيني وليام روتو رئيس الوزراء الإثيوبي في نيروبي، ودعاه إلى زيارة الصومال.",
    "REQUEST",
    "KEN>ETH",
  ],
  [
    "after a relative pronoun the object pronoun is the relative's antecedent; the subject follows the verb",
    "وتعد الأرجنتين، التي انتقدها الرئيس البرازيلي الأسبوع الماضي، شريكا تجاريا مهما.",
    "ACCUSE",
    "BRA>ARG",
  ],
  [
    "a pronoun on a preposition is the state named before that is not the actor's own",
    "أجرت الهند محادثات مع نيبال حول الحدود، واتفقت معها على تشكيل لجنة مشتركة.",
    "AGREE",
    "IND>NPL",
  ],
];

for (const [why, text, type, sides] of cases) {
  test(`references: ${why}`, () => {
    const got = eventsOf(text);
    const [actor, recipient] = sides.split(">");
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${sides} in ${JSON.stringify(got)}`,
    );
  });
}

test("references: a pronoun with two states named together before it stays unresolved", () => {
  const got = eventsOf("عقدت فرنسا وألمانيا قمة في باريس، وتحدثت إيطاليا معها عبر الهاتف.");
  assert.ok(!got.some((g) => g.actor.includes("ITA") || g.recipient.includes("ITA")), JSON.stringify(got));
});

test("references: a pronoun whose nearest antecedent is an international body is no party", () => {
  const got = eventsOf(
    "رفعت قطر شكوى ضد السعودية أمام منظمة التجارة العالمية، واتهمتها بانتهاك قواعد التجارة.",
  );
  assert.ok(!got.some((g) => g.type === "ACCUSE" && g.recipient === "IGO"), JSON.stringify(got));
});
