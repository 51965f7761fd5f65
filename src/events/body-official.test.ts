// A nisba in apposition after the title of a world body's office is the official's nationality, no side
// (body-official.ts; branch precision65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("a world body's official is no state by nationality", () => {
  assert.deepEqual(
    coded(
      "وكان رئيس اللجنة الأولمبية الدولية، الألماني توماس باخ، قد وجه دعوة لكيم جونغ أون لزيارة مقر اللجنة.",
    ),
    [],
  );
  assert.deepEqual(
    coded(
      "وانتقدت مديرة الوكالة العالمية لمكافحة المنشطات، الكندية سارة هولت، روسيا بسبب تأخرها في تسليم البيانات.",
    ),
    [],
  );
});

test("an organisation that is a side keeps its official, and a state's office keeps its nisba", () => {
  assert.deepEqual(coded("ووجه الأمين العام لحلف الناتو، النرويجي ينس ستولتنبرغ، انتقادات حادة لروسيا."), [
    "ACCUSE IGO>RUS asserted",
  ]);
  assert.deepEqual(coded("وكان رئيس الوزراء، الإسرائيلي بنيامين نتنياهو، قد وجه دعوة لبوتين لزيارة القدس."), [
    "REQUEST ISR>RUS asserted",
  ]);
  assert.deepEqual(coded("وانتقد وزير التجارة الدولية، البريطاني ليام فوكس، الصين بسبب سياساتها التجارية."), [
    "ACCUSE GBR>CHN asserted",
  ]);
});
