// The fifty-ninth round's reading of a quoted "we" (branch sides59). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a quoted first-person refusal is the quoted speaker's, not the state named before it in the quote", () => {
  // Before: `إيران` inside the quote was read as the subject of `لن نسمح`, and the refusal went IRN>USA.
  const text =
    "قال وزير الدفاع الإسرائيلي يوآف غالانت إن انسحاب الولايات المتحدة من الاتفاق سيضعف إيران. " +
    'وأضاف الوزير الإسرائيلي قائلا: "نحن بعيدون عن القتال هناك، غير أن إيران تسعى إلى بناء مواقع عسكرية قرب حدودنا. ولن نسمح بذلك أبدا".';
  // Round 62 (refused-that.ts): refusing to allow "that", Iran's act, is a red line, a warning.
  assert.ok(eventLines(text).includes("THREATEN ISR>IRN asserted"));
  assert.ok(!eventLines(text).some((l) => / IRN>/u.test(l)));
});

test("a quoted first-person threat with an object of its own keeps it as recipient", () => {
  const own =
    'وقال وزير الخارجية السعودي في المؤتمر: "إيران تدعم الميليشيات في المنطقة، وسنواصل الضغط على إيران لتغيير سلوكها".';
  assert.ok(eventLines(own).includes("THREATEN SAU>IRN asserted"));
  assert.ok(!eventLines(own).some((l) => / IRN>/u.test(l)));
});
