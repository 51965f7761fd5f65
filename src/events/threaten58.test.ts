// The fifty-eighth round's readings of threats (branch threaten58). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a first-person verb of warning has the speaker as its subject and the state after it as the one warned", () => {
  // Before: in `لقد حذرنا الولايات المتحدة` the state after the verb was read as its subject (verb-subject order).
  assert.deepEqual(
    eventLines(
      "وقال وزير الخارجية الإيراني محمد جواد ظريف للصحفيين يوم الأحد: لقد حذرنا الولايات المتحدة من عواقب الانسحاب من الاتفاق.",
    ),
    ["THREATEN IRN>USA asserted"],
  );
  // A quote that names no speaker goes back to the speaker of the sentence before.
  assert.deepEqual(
    eventLines(
      'قال وزير الخارجية الروسي سيرغي لافروف يوم الثلاثاء إن موسكو تتابع التطورات. وأضاف: "لقد حذرنا الولايات المتحدة أمس بشدة من هذه المخططات".',
    ),
    ["THREATEN RUS>USA asserted"],
  );
  assert.deepEqual(
    eventLines('وأضافت المتحدثة باسم الخارجية الأمريكية: "ونحذر الحكومة السورية من الإخلال بالأمن".'),
    ["THREATEN USA>SYR asserted"],
  );
  // No speaker to be found: nothing, rather than the state warned as the one who warns.
  assert.deepEqual(eventLines("لقد حذرنا الولايات المتحدة من عواقب هذه الخطوة."), []);
});
