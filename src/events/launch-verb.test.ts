// The bare accusative attack noun after a launching verb (`شن`، `نفذ`, cue launch_verb) is force when the verb's
// subject, between the two, is a force (trigger-fit.ts, lead65). Sentences written for the test in the style of
// Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("an attack launched by a state's forces or army is an assault", () => {
  assert.deepEqual(eventLines("وشنت القوات الإسرائيلية هجوما على مخيم في جنوب لبنان فجر الأحد."), [
    "ASSAULT ISR>LBN asserted",
  ]);
  assert.deepEqual(eventLines("ونفذ الجيش التركي هجوما على بلدة حدودية في شمال العراق."), [
    "ASSAULT TUR>IRQ asserted",
  ]);
});

test("an attack launched by a leader or a state's name alone stays unread, as words are as likely", () => {
  assert.deepEqual(eventLines("وشن الرئيس الفنزويلي هجوما على الحكومة الكولومبية في خطابه."), []);
  assert.deepEqual(eventLines("وشنت روسيا هجوما على بريطانيا في مجلس الأمن."), []);
});

test("a launching verb far before the noun, in another clause, lends it no force", () => {
  assert.deepEqual(
    eventLines("شنت القوات الروسية غارات على مدينة إدلب السورية، وشن وزير الخارجية هجوما على فرنسا."),
    ["ASSAULT RUS>SYR asserted"],
  );
});
