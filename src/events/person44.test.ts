// The forty-fourth round's readings of who acts: persons as data, an officer's international body, and a
// subject named by the post it held then (docs/EVENTS.md, "Forty-fourth pass", branch person44). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a person with two posts stands for the body or state of the post held on the day (persons.tsv)", () => {
  const text = "وانتقدت ميشيل باشليه الحكومة الإيطالية بسبب معاملتها للمهاجرين.";
  // Before: the name was unknown and the criticism had no actor.
  assert.deepEqual(datedLines(text, "2018-10-01"), ["ACCUSE IGO>ITA 2018-10-01"]);
  // Two years earlier she was head of state at home.
  assert.deepEqual(datedLines(text, "2016-05-01"), ["ACCUSE CHL>ITA 2016-05-01"]);
});

test("a journalist given a nationality in persons.tsv is still no party", () => {
  assert.deepEqual(datedLines("وأشاد جمال خاشقجي بموقف الحكومة القطرية من الأزمة.", "2018-05-01"), []);
  // A minister of the same state is one.
  assert.deepEqual(datedLines("وأشاد وزير الخارجية السعودي بموقف الحكومة القطرية من الأزمة.", "2018-05-01"), [
    "SUPPORT SAU>QAT 2018-05-01",
  ]);
});

test("an international body after في or ب that ends an officer's title is the officer's, not a place", () => {
  // Before: the body after في was read as an object, and the act had no actor.
  assert.deepEqual(
    datedLines("وانتقد المفوض السامي لشؤون اللاجئين في الأمم المتحدة الحكومة الإيطالية بشدة.", "2018-05-01"),
    ["ACCUSE IGO>ITA 2018-05-01"],
  );
  assert.deepEqual(
    datedLines(
      "وطالب مفوض حقوق الإنسان بالأمم المتحدة، فيليبو غراندي، الحكومة الإيطالية بفتح حدودها.",
      "2018-05-01",
    ),
    ["REQUEST IGO>ITA 2018-05-01"],
  );
  // After a minister's title the body is where he speaks: his state acts.
  assert.deepEqual(
    datedLines("وانتقد وزير الخارجية الإيطالي في الأمم المتحدة الحكومة النمساوية بشدة.", "2018-05-01"),
    ["ACCUSE ITA>AUT 2018-05-01"],
  );
});

test("a subject named by the post it held then (حينها، آنذاك) acts at the time told last", () => {
  const before = "وانضمت بريطانيا إلى الاتفاقية في عام 2009.";
  // Before: the act took the publication day.
  assert.deepEqual(
    datedLines(`${before} وقال رئيس الوزراء البريطاني حينها إن بلاده ترفض المقترح الروسي.`, "2018-05-01"),
    ["REJECT GBR>RUS 2009"],
  );
  // Without the word the same act is of the day the page is dated.
  assert.deepEqual(
    datedLines(`${before} وقال رئيس الوزراء البريطاني إن بلاده ترفض المقترح الروسي.`, "2018-05-01"),
    ["REJECT GBR>RUS 2018-05-01"],
  );
  // No date told before: undated, not the publication day.
  assert.deepEqual(
    datedLines(
      "وشهدت المنطقة توترا كبيرا. وقال رئيس الوزراء البريطاني حينها إن بلاده ترفض المقترح الروسي.",
      "2018-05-01",
    ),
    ["REJECT GBR>RUS null"],
  );
});
