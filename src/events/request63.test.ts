// The sixty-third round's readings of calls and demands (branch request63). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a call that continues a private person's clause has the states it names as the ones called on", () => {
  // Before: the states after `ودعت` were read as the callers, and the state inside the call as the one asked.
  assert.deepEqual(
    eventLines(
      "وأشادت الناشطة المصرية سارة محمود بموقف ألمانيا من القضية، ودعت الولايات المتحدة وفرنسا والاتحاد الأوروبي إلى الانضمام إلى ألمانيا في المطالبة بالإفراج عن المعتقلين.",
    ),
    [],
  );
  // A verb whose form does not agree with the person opens a clause of its own, with its own subject.
  assert.deepEqual(
    eventLines("وانتقد الكاتب المصري قرار الحكومة الفرنسية، ودعت فرنسا ألمانيا إلى وقف بيع السلاح."),
    ["REQUEST FRA>DEU asserted"],
  );
  // A minister is no private person: her call is her state's.
  assert.deepEqual(
    eventLines("وأشادت الوزيرة الفرنسية بموقف ألمانيا، ودعت الولايات المتحدة إلى الانضمام إلى الاتفاق."),
    ["SUPPORT FRA>DEU asserted", "REQUEST FRA>USA asserted"],
  );
});

test("a call on peoples or citizens asks no state, and a state named in what they are asked is not the one asked", () => {
  // Before: the nisba inside the call's content was read as the one asked.
  assert.deepEqual(eventLines("ودعا وزير الخارجية الإيراني شعوب أوروبا إلى رفض العقوبات الأمريكية."), []);
  assert.deepEqual(
    eventLines("وحث وزير الخارجية التركي مواطني الدول الأوروبية على مقاطعة البضائع الأمريكية."),
    [],
  );
  // A state called on keeps its place.
  assert.deepEqual(eventLines("ودعا وزير الخارجية الإيراني فرنسا إلى رفض العقوبات الأمريكية."), [
    "REQUEST IRN>FRA asserted",
  ]);
});

test("a want with a titled wanter between the verb and من asks the state after من", () => {
  // Before: only a name or a state right after the verb was read as the wanter.
  assert.deepEqual(
    eventLines("ويريد وزير الخارجية الأمريكي من روسيا وتركيا أن تتوصلا إلى تسوية في المدينة."),
    ["REQUEST USA>RUS+TUR asserted"],
  );
  // A want of an act whose place follows من asks no one; the act wanted keeps its own reading.
  assert.deepEqual(eventLines("ويريد سحب القوات الأمريكية من سوريا خلال أشهر."), [
    "RETREAT USA>SYR proposed",
  ]);
});
