// The fifty-first round's CONSULT readings (docs/EVENTS.md, "Fifty-first pass", branch consult51). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a meeting told by its noun and a relative clause of جمعه or أجراه takes the clause's weekday", () => {
  // Before: the weekday closing the relative clause was not the meeting's; it took the page's day (Sunday).
  assert.deepEqual(
    datedLines(
      "تحدث وزير الخارجية المغربي عن اللقاء الذي جمعه بنظيره الإسباني، على هامش القمة الأوروبية الإفريقية في العاصمة البلجيكية بروكسل، الخميس.",
      "2018-11-18",
    ),
    ["CONSULT MAR>ESP 2018-11-15"],
  );
  assert.deepEqual(
    datedLines(
      "أشار الرئيس المصري إلى المحادثات التي أجراها مع الرئيس الفرنسي، الأربعاء، في باريس.",
      "2018-11-18",
    ),
    ["CONSULT EGY>FRA 2018-11-14"],
  );
  // A weekday past a clause break (بينما) is the next act's, not the meeting's.
  assert.deepEqual(
    datedLines(
      "تحدث وزير الخارجية المغربي عن اللقاء الذي جمعه بنظيره الإسباني، بينما أعلنت مدريد الخميس انسحابها من المفاوضات.",
      "2018-11-18",
    )[0],
    "CONSULT MAR>ESP 2018-11-18",
  );
});

test("a coordinated act after a comma with a subject of its own ends the search for the first act's other side", () => {
  // Before: the call for calm was addressed to Jordan, and the Jordanian delegation's arrival became the League's.
  assert.deepEqual(eventLines("دعت الجامعة العربية إلى التهدئة، ووصل وفد من الأردن إلى بغداد."), [
    "CONSULT JOR>IRQ asserted",
  ]);
  // Before: the demand for restraint was addressed to Iraq, where the delegation arrived.
  assert.deepEqual(eventLines("طالب الاتحاد الأوروبي بضبط النفس، ووصل الوفد الأردني إلى بغداد مساء الأحد."), [
    "CONSULT JOR>IRQ asserted",
  ]);
  // A coordinated verb with no subject of its own continues the clause: its praise still reaches Egypt.
  assert.deepEqual(eventLines("أشاد الجانب الأردني بالخطوة، ووصفها بأنها ثمرة التعاون مع مصر."), [
    "SUPPORT JOR>EGY asserted",
  ]);
});

test("a visit carried by an imperfect of ending is under way: held, and dated on the coming weekday it ends", () => {
  // Before: the Thursday of the ending was read as the last one, before the page's Monday.
  assert.deepEqual(datedLines("يختتم وزير الخارجية الياباني زيارته إلى الهند الخميس.", "2018-03-19"), [
    "CONSULT JPN>IND 2018-03-22",
  ]);
  // Before: a visit whose ending is to come was read as a visit planned (AGREE, future).
  assert.deepEqual(eventLines("سينهي الرئيس الكيني زيارته إلى الصين الجمعة."), ["CONSULT KEN>CHN asserted"]);
  // A visit whose beginning is to come is still planned.
  assert.deepEqual(eventLines("سيبدأ الرئيس الكيني زيارته إلى الصين الجمعة."), ["AGREE KEN>CHN future"]);
});
