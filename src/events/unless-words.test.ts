// The unless words of a trigger row read as whole words with their own endings (unless-words.ts; branch request56).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";
import { inflectionOf } from "./unless-words.ts";

const coded = (text: string) => eventLines(text, "modality");

test("an unless word matches its own inflections, not a longer word it opens", () => {
  assert.equal(inflectionOf("الامر", "الامر"), true);
  assert.equal(inflectionOf("الامران", "الامر"), true);
  assert.equal(inflectionOf("الامريكيين", "الامر"), false);
  assert.equal(inflectionOf("ماليه", "مالي"), true);
  assert.equal(inflectionOf("ماليزيا", "مالي"), false);
  assert.equal(inflectionOf("اليمن", "الي"), false);
  // A ة-word (ه in keys) takes ت before a pronoun.
  assert.equal(inflectionOf("مسؤوليتها", "مسؤوليه"), true);
  assert.equal(inflectionOf("الكيماويه", "الكيماوي"), true);
  // A word in digits stands for any number in digits.
  assert.equal(inflectionOf("300", "3"), true);
});

test("a call on a state whose name opens as an unless word is still a call (دعا الأمريكيين)", () => {
  assert.deepEqual(coded("ودعا الرئيس الإيراني الأمريكيين إلى احترام الاتفاق النووي."), [
    "REQUEST IRN>USA asserted",
  ]);
});

test("`إذا تطلب الأمر` and `إذا دعت الحاجة` are 'if need be', no request", () => {
  assert.deepEqual(
    coded("وقالت كوريا الجنوبية إن قواتها مستعدة إذا تطلب الأمر من الولايات المتحدة الدعم العسكري."),
    [],
  );
  assert.deepEqual(coded("وقال الوزير الياباني إن بلاده ستتحرك إذا دعت الحاجة إلى ذلك مع الصين."), []);
});
