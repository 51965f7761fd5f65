// Round 62 (branch vow62): a vow told as readiness to answer (مستعدة للرد، جاهزون للرد) or as all options
// being open (كل الخيارات مطروحة) is a threat. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state ready to answer a measure of another state threatens it", () => {
  const text = "وقال وزير التجارة الياباني إن بلاده مستعدة للرد على أي رسوم أمريكية جديدة على الصلب.";
  const lines = eventLines(text);
  assert.ok(lines.includes("THREATEN JPN>USA asserted"), lines.join("; "));
});

test("all options open about a state: the speaker threatens it", () => {
  const text =
    "وقال الرئيس الأمريكي إن كل الخيارات مطروحة بشأن كوريا الشمالية بعد التجربة الصاروخية الأخيرة.";
  const lines = eventLines(text);
  assert.ok(lines.includes("THREATEN USA>PRK asserted"), lines.join("; "));
});

test("readiness to answer with no other state named is no event", () => {
  const text = "وقال وزير الدفاع الهندي إن الجيش مستعد للرد على أي طارئ في الأيام المقبلة.";
  assert.deepEqual(eventLines(text), []);
});
