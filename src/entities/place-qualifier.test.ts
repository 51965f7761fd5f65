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

const countryOf = (text: string, name: string) =>
  analyzeText(text, {}).entities.find((e) => e.type === "PERSON" && e.name === name)?.country ?? null;

test("title state: a state right after a title, with no preposition, is the person's", () => {
  assert.equal(
    countryOf("وانتقد سفير الصين في واشنطن تسوي تيانكاي الإدارة الأمريكية.", "تسوي تيانكاي"),
    "CHN",
  );
});

test("title state: a state after a place qualifier is where the post is held, not whose it is", () => {
  const text = "وقال السفير لدى مصر كوجي تاكاهاشي إن المحادثات ستستأنف.";
  assert.ok(analyzeText(text, {}).entities.some((e) => e.name === "كوجي تاكاهاشي"));
  assert.equal(countryOf(text, "كوجي تاكاهاشي"), null);
});

test("idioms: `مسقط رأسه` (his birthplace) names no Muscat; Muscat alone still does", () => {
  const gpes = (text: string) =>
    analyzeText(text, {})
      .entities.filter((e) => e.type === "GPE")
      .map((e) => e.name);
  assert.deepEqual(gpes("وعاد اللاعب إلى مسقط رأسه في شمال البلاد بعد اعتزاله."), []);
  assert.deepEqual(gpes("ووصل وزير الخارجية إلى مسقط أمس في زيارة رسمية."), ["مسقط"]);
});
