// An inquiry into one state's interference in another's elections is the latter's standing charge
// (inquiry-charge.ts, branch accuse66). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an inquiry into a state's interference in another's elections is the elections' state's charge", () => {
  assert.deepEqual(
    eventLines(
      "وقال المتحدث إن الاجتماع جزء من التحقيق الذي تجريه وزارة العدل الأمريكية في التدخل الروسي المزعوم في الانتخابات الأمريكية.",
    ),
    ["ACCUSE USA>RUS asserted"],
  );
  assert.deepEqual(
    eventLines("ويقود المدعي الخاص تحقيقا بشأن ادعاءات تدخل الصين في انتخابات الرئاسة التايوانية."),
    ["ACCUSE TWN>CHN asserted"],
  );
  assert.deepEqual(eventLines("ويحقق المدعي العام في التدخل الإيراني في الانتخابات العراقية."), [
    "ACCUSE IRQ>IRN asserted",
  ]);
});

test("no charge from an inquiry when a state is missing, a possibility is told, or no interference is named", () => {
  // The elections' state is not named.
  assert.deepEqual(eventLines("ويتولى المحقق التحقيق في التدخل الروسي في الانتخابات."), []);
  // A possibility charges no one.
  assert.deepEqual(
    eventLines("وأشرف المحقق على التحقيقات بشأن احتمالية التدخل الروسي في الانتخابات الأمريكية."),
    [],
  );
  assert.deepEqual(
    eventLines("وانتقد المحامي التحقيق في التدخل الروسي المحتمل في الانتخابات الأمريكية."),
    [],
  );
  // An inquiry into something else, and يحقق as "achieves".
  assert.deepEqual(eventLines("وفتحت الشرطة تحقيقا في الحادث."), []);
  assert.deepEqual(eventLines("وقال إن الفريق يحقق نجاحا كبيرا في الانتخابات الأمريكية."), []);
  // A denial of interference is no inquiry.
  assert.ok(
    !eventLines("ونفى الرئيس الروسي تدخل موسكو في الانتخابات الأمريكية.").includes("ACCUSE USA>RUS asserted"),
  );
});
