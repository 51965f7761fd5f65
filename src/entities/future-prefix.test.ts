// The future prefix س belongs to verbs: a word that begins with it is never a name with the prefix
// taken off (ستالين is no Tallinn, سليما no Lima), while a name that begins with the letter stays one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const names = (text: string) => analyzeText(`خبر\n${text}`).entities.map((e) => [e.type, e.name, e.country]);

test("entities: a word read without a future prefix س is no name", () => {
  const got = names("وتحدث المؤرخ عن عهد ستالين وخرج الركاب سليما من الحادث، ونشرت صحيفة سواس تقريرا.");
  assert.ok(
    !got.some(([, name]) => name === "تالين" || name === "ليما" || name === "واس"),
    JSON.stringify(got),
  );
});

test("entities: names that begin with س, or take و before it, are still read", () => {
  const got = names("وصل الوزير إلى سوريا ثم إلى سلطنة عمان، وقال إن وسوريا ليست وحدها.");
  assert.ok(
    got.some(([type, , country]) => type === "GPE" && country === "SYR"),
    JSON.stringify(got),
  );
  assert.equal(got.filter(([, , country]) => country === "SYR").length, 1, JSON.stringify(got));
});

test("entities: Tallinn and Lima are still read where they are named", () => {
  const got = names("عقد الاجتماع في تالين ثم انتقل الوفد إلى ليما.");
  assert.ok(
    got.some(([, name]) => name === "تالين"),
    JSON.stringify(got),
  );
  assert.ok(
    got.some(([, name]) => name === "ليما"),
    JSON.stringify(got),
  );
});
