// A launch of missiles counted in the accusative singular (`أطلقت 60 صاروخا على`), and a death at the hands (`على أيدي`)
// of a state's forces: the fire rows' needed words
// (lexicons/triggers.tsv, branch force56). Sentences written for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a count of missiles fired at a state is an attack", () => {
  assert.deepEqual(eventLines("وقالت الوزارة إن المقاتلات التركية أطلقت 40 صاروخا على العراق خلال ساعة."), [
    "ASSAULT TUR>IRQ asserted",
  ]);
  assert.deepEqual(eventLines("أطلقت القوات الإيرانية صاروخين على مواقع إسرائيلية في الجولان."), [
    "ASSAULT IRN>ISR asserted",
  ]);
});

test("a missile launched with no target named is no attack", () => {
  assert.deepEqual(eventLines("أطلقت كوريا الشمالية صاروخا باليستيا سقط في البحر."), []);
});

test("a death at the hands of a state's forces (على أيدي) names its killer as the fire words do", () => {
  assert.deepEqual(eventLines("قتل ثلاثة جنود عراقيين على أيدي القوات التركية شمال البلاد."), [
    "ASSAULT TUR>IRQ asserted",
  ]);
});
