// After a title, the next words are read as its holder's name only when they can be one: a word of
// the language with a pronoun (قوله، نفسه، وزوجته), the head of a party's name (حزب، تيار، تنظيم), an
// adverb (بشكل، حينئذ) is none; `وقتها` stands between a title and the name as `آنذاك` does; and a
// regnal number (عبدالله الثاني) does not come back alone as the person.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const persons = (text: string) =>
  analyzeText(`خبر\n${text}`)
    .entities.filter((e) => e.type === "PERSON")
    .flatMap((e) => e.mentions.map((m) => [m.text, e.country]));

test("entities: a word with a pronoun after a title is no name", () => {
  const got = persons(
    "ونقلت الوكالة عن الوزير قوله إن بلاده سترد. واستقبل الملك ضيفه الفرنسي وزوجته في القصر. أما الرئيس نفسه فلم يعلق.",
  );
  for (const word of ["قوله", "وزوجته", "نفسه"])
    assert.ok(!got.some(([text]) => text === word), `${word}: ${JSON.stringify(got)}`);
});

test("entities: a party's name or an adverb after a title is no name", () => {
  const got = persons(
    "وأعلن زعيم حزب الخضر المعارض أنه سيرفض الميزانية. وهل سعى الرئيس بشكل متعمد إلى تعطيل عمل اللجنة؟",
  );
  for (const word of ["حزب", "بشكل"])
    assert.ok(!got.some(([text]) => text === word), `${word}: ${JSON.stringify(got)}`);
});

test("entities: وقتها between a title and the name, as آنذاك", () => {
  const got = persons("وقال وزير الخارجية الألماني وقتها زيغمار غابرييل إن أوروبا لن تقبل بصمت.");
  assert.deepEqual(got, [["زيغمار غابرييل", "DEU"]]);
});

test("entities: a regnal number does not come back alone as the king", () => {
  const got = persons(
    "واستقبل الملك عبدالله الثاني الوفد في عمان. وفي الخامس من كانون الثاني قررت الحكومة رفع الأسعار.",
  );
  assert.ok(
    got.some(([, country]) => country === "JOR"),
    JSON.stringify(got),
  );
  assert.ok(!got.some(([text]) => text === "الثاني"), JSON.stringify(got));
});

test("entities: a name after a title that ends in ة, or in ه as written, is still read", () => {
  const got = persons(
    "وقالت السفيرة الأمريكية نادية عطية إن بلادها تدعم الحوار، والتقى الوزير طه حسين نظيره.",
  );
  assert.ok(
    got.some(([text, country]) => text === "نادية عطية" && country === "USA"),
    JSON.stringify(got),
  );
});
