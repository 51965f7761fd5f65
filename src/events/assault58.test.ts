// A force noun whose doers follow it after ل and whose target follows them after على or ضد (lam-agent.ts, branch
// assault58). Sentences written for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("the doers after ل and the target after على of a force noun", () => {
  assert.deepEqual(
    eventLines("وجاءت الضربة المشتركة للولايات المتحدة وبريطانيا وفرنسا على سوريا فجر السبت ردا على الهجوم."),
    ["ASSAULT FRA+GBR+USA>SYR asserted"],
  );
  assert.deepEqual(eventLines("وقال الوزير إن الغارات الجوية لإسرائيل ضد سوريا لن تغير شيئا."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(
    eventLines("وأكد المتحدث أن القصف العنيف للولايات المتحدة وفرنسا على منشآت سورية لم يحقق أهدافه."),
    ["ASSAULT FRA+USA>SYR asserted"],
  );
});

test("a blow to a party after ل with no target after it is the party's loss", () => {
  assert.deepEqual(eventLines("قتل 45 جنديا في ضربة موجعة للتحالف العربي باليمن."), []);
});
