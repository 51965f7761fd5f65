// The fiftieth round's readings of sides (docs/EVENTS.md, "Fiftieth pass", branch sides50). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a speaker named after a pluperfect كان, before its speech verb, acts in a clause that carries its pronoun", () => {
  // Before: the speaker before `قال` was not read, and the call had no actor.
  assert.deepEqual(
    eventLines("وكان وزير الخارجية الفرنسي قد قال أمس إنه اتصل بنظيره الإيطالي لبحث أزمة المهاجرين."),
    ["CONSULT FRA>ITA asserted"],
  );
  assert.deepEqual(eventLines("وكانت اليابان قد أعلنت الشهر الماضي أنها ستفرض رسوما جديدة على الصين."), [
    "SANCTION JPN>CHN future",
  ]);
  // A reported clause about others (no pronoun on its complementizer) keeps no speaker as its actor.
  assert.deepEqual(
    eventLines("وكانت كندا قد قالت إن سفنا مجهولة هاجمت قوارب الصيد قرب السواحل الفرنسية."),
    [],
  );
});

test("a meeting that a verb of working, seeking or wanting reaches through its holding noun is to come", () => {
  // Before: the meeting sought was read as held (CONSULT asserted).
  assert.deepEqual(eventLines("وتسعى ألمانيا إلى عقد قمة مع روسيا قبل نهاية العام."), [
    "AGREE DEU>RUS future",
  ]);
  assert.deepEqual(
    eventLines("وقال رئيس الوزراء الإيطالي جوزيبي كونتي إنه يعمل على عقد اجتماع مع الرئيس التونسي."),
    ["AGREE ITA>TUN future"],
  );
  // A meeting held stays held, and so does one a delegation went on to hold.
  assert.deepEqual(eventLines("وعقدت ألمانيا قمة مع روسيا في برلين."), ["CONSULT DEU>RUS asserted"]);
});

test("talks on an agreement named with its state do not take that state as their partner", () => {
  // Before: the state named with the deal became the partner of the talks.
  assert.deepEqual(
    eventLines("وقال وزير الخارجية الأمريكي إنه سيبحث في جولته الأوروبية مستقبل الاتفاق النووي مع إيران."),
    [],
  );
  // Another state after مع is still the partner of the talks.
  assert.deepEqual(eventLines("وقال وزير الخارجية الأمريكي إنه سيبحث الاتفاق النووي مع روسيا."), [
    "AGREE USA>RUS future",
  ]);
});

test("a plan to meet told in the pluperfect has no date of its own and is the meeting dated later", () => {
  // Before: the plan took the page's day and stood beside the dated summit as a second event.
  assert.deepEqual(
    datedLines(
      "وكان الرئيس الفرنسي إيمانويل ماكرون قد قال إنه يعمل حاليا على عقد لقاء ثنائي مع الرئيس الروسي فلاديمير بوتين. ومن المتوقع أن يعقد ماكرون قمة مع بوتين في يوليو.",
      "2018-04-20",
    ),
    ["AGREE FRA>RUS 2018-07"],
  );
  // A plan told as news keeps the day it is told on.
  assert.deepEqual(
    datedLines(
      "وقال الرئيس الفرنسي إيمانويل ماكرون إنه يعمل على عقد اجتماع مع الرئيس الروسي فلاديمير بوتين.",
      "2018-04-20",
    ),
    ["AGREE FRA>RUS 2018-04-20"],
  );
});
