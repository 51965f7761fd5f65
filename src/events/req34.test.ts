// The thirty-fourth pass's rules for missed demands, refusals, threats and charges (docs/EVENTS.md,
// "Thirty-fourth pass: missed demands, refusals, threats and charges"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a verb of duty with no actor in its clause is the speaker's demand", () => {
  assert.deepEqual(coded("وقال وزير الخارجية الأمريكي إنه يجب على إيران أن توقف دعمها للمتمردين."), [
    "REQUEST USA>IRN asserted",
  ]);
  assert.deepEqual(coded("وأكدت رئيسة الوزراء البريطانية أنه يتعين على موسكو أن تقدم تفسيرا للهجوم."), [
    "REQUEST GBR>RUS asserted",
  ]);
  // A duty with a deadline after the report is laid now: the deadline is its content's time.
  assert.deepEqual(
    coded("وأضاف وزير الخارجية الصيني أنه يجب على الدبلوماسيين الكنديين مغادرة البلاد قبل 20 ديسمبر 2099."),
    ["REQUEST CHN>CAN asserted"],
  );
});

test("guards: a party after a preposition or before another word does not speak", () => {
  // The speaker is the Israeli prime minister, not Russia after the ل of `لروسيا`.
  assert.deepEqual(
    coded("وكان رئيس الوزراء في زيارته لروسيا قد قال إنه يتوجب على سوريا إبعاد القوات الأجنبية."),
    [],
  );
  assert.deepEqual(coded("وتضررت صادرات النفط الإيراني، كما أعلنت أنه يجب على واشنطن رفع العقوبات."), []);
});
