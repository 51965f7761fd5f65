// Several acts of one pair in an article (thirty-second pass, docs/EVENTS.md): the merge keeps acts of
// different kinds and trips of different directions apart, and still folds one act told again.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient`, in text order. */
const coded = (text: string, published = "2018-05-10") =>
  analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)}`;
  });

test("a visit one way and a visit the other way are two trips", () => {
  assert.deepEqual(
    coded(
      "وأشار البيان إلى زيارة الرئيس الفرنسي إلى المغرب في نوفمبر الماضي. ووصل العاهل المغربي إلى باريس قادما من مدريد.",
    ),
    ["CONSULT FRA>MAR", "CONSULT MAR>FRA"],
  );
});

test("one visit told again is one event", () => {
  assert.deepEqual(
    coded(
      "وصل الرئيس الفرنسي إلى الرباط في زيارة رسمية تستمر يومين. وتأتي زيارة الرئيس الفرنسي إلى المغرب بعد أشهر من التوتر.",
    ),
    ["CONSULT FRA>MAR"],
  );
});

test("a measure told after a list joiner is a further measure beside the one before it", () => {
  assert.deepEqual(
    coded(
      "وأعلنت الحكومة المصرية إغلاق المركز الثقافي التركي في القاهرة، إضافة إلى إغلاق القنصلية التركية في الإسكندرية.",
    ),
    ["SANCTION EGY>TUR", "SANCTION EGY>TUR"],
  );
});

test("the same measure told again in its sentence without a list joiner is one event", () => {
  assert.deepEqual(
    coded(
      "وأعلنت الحكومة المصرية إغلاق القنصلية التركية في الإسكندرية، وجاء قرار إغلاق القنصلية التركية بعد أسابيع من التوتر بين البلدين.",
    ),
    ["SANCTION EGY>TUR"],
  );
});
