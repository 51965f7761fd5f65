// A title's place qualifier (`في`, `لدى`) is followed by a place before any name: `سفير الصين في
// واشنطن تشوي تيانكاي`. The word right after it is never the person's name, so a month after `في`
// (`التقى الرئيس الصيني في مايو`) is a date, not a Chinese president called "May". Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const persons = (text: string) =>
  analyzeText(text, {})
    .entities.filter((e) => e.type === "PERSON")
    .map((e) => e.name);

test("place qualifier: a month right after `في` after a title is no name", () => {
  assert.deepEqual(persons("وكان زعيم كوريا الشمالية قد التقى الرئيس الصيني في يونيو الماضي في بكين."), []);
  assert.deepEqual(persons("وقال الرئيس الفرنسي لدى وصوله إلى المطار إن الزيارة مهمة."), []);
});

test("place qualifier: a name after the place the qualifier introduces is still read", () => {
  assert.ok(
    persons("وقال سفير اليابان في القاهرة كوجي تاكاهاشي إن بلاده ستواصل دعمها.").includes("كوجي تاكاهاشي"),
  );
});
