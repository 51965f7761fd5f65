// The forty-eighth round's readings of sides (docs/EVENTS.md, "Forty-eighth pass: sides", branch sides48).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state after a man's title is what a masculine object pronoun tells: its leader", () => {
  // Before: `وهدده` found no antecedent (a state agrees only with ها), and the threat had no recipient.
  assert.deepEqual(coded("وسخر الرئيس الفرنسي من زعيم فنزويلا في خطابه، وهدده بعقوبات أوروبية."), [
    "THREATEN FRA>VEN asserted",
  ]);
  // A state named with no title is still no antecedent of ه.
  assert.deepEqual(coded("وسخر الرئيس الفرنسي من فنزويلا في خطابه، وهدده بعقوبات أوروبية."), []);
  // Nor is one after a woman's title.
  assert.deepEqual(
    coded("وسخر الرئيس الفرنسي من رئيسة وزراء نيوزيلندا في خطابه، وهدده بعقوبات أوروبية."),
    [],
  );
});

test("each of (كل من) after an agent phrase opens the agents' list", () => {
  // Before: the list stood too far after من قبل / من جانب, and the act had no agent.
  assert.deepEqual(coded("واستمرت مقاطعة كوبا من قبل كل من الولايات المتحدة وكندا لسنوات."), [
    "SANCTION CAN+USA>CUB asserted",
  ]);
  assert.deepEqual(coded("وفرضت عقوبات على إيران من جانب كل من الولايات المتحدة وبريطانيا."), [
    "SANCTION GBR+USA>IRN asserted",
  ]);
  // A noun whose genitive is no state stays with no sides.
  assert.deepEqual(coded("واستمر انتقاد الخطة من قبل كل من الولايات المتحدة وكندا لأشهر."), []);
});

test("a between word with a person's pronoun (بينه وبين) names the person's state as the other side", () => {
  // Before: the summit had the Chinese side only, and no event.
  assert.deepEqual(
    eventLines(
      "وقال رئيس الوزراء الياباني شينزو آبي إن القمة بينه وبين الرئيس الصيني ستعقد الشهر المقبل في بكين.",
      "states",
    ),
    ["CONSULT JPN>CHN"],
  );
  // A pronoun that may stand for a state or a body is not read.
  assert.deepEqual(
    coded("وأكدت وزارة الخارجية اليابانية أن التعاون بينها وبين الصين سيتوسع العام المقبل."),
    [],
  );
});
