// The thirty-eighth round's readings of requests and rejections (branch reqrej38). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a time phrase between a title's body and the object keeps the object the addressee", () => {
  // Before: no event, the United Nations after ل read as the addressee and no actor left.
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة يوم الأربعاء إيران على ضبط النفس في الخليج."), [
    "REQUEST IGO>IRN asserted",
  ]);
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة، مساء الأحد، إيران على ضبط النفس في الخليج."), [
    "REQUEST IGO>IRN asserted",
  ]);
  // With no time phrase: unchanged.
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة إيران على ضبط النفس في الخليج."), [
    "REQUEST IGO>IRN asserted",
  ]);
  // A phrase closed by a comma it was not opened with is not skipped: unchanged, no event.
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة يوم الأربعاء، إيران على ضبط النفس في الخليج."), []);
});

test("a time phrase after a subject's appositive name keeps the object the addressee", () => {
  // Before: no event, the envoy's name read as the addressee.
  assert.deepEqual(
    coded("وطالب مبعوث الأمم المتحدة، مارتن غريفيث، يوم الخميس السعودية بفتح ميناء الحديدة أمام المساعدات."),
    ["REQUEST IGO>SAU asserted"],
  );
  // With no time phrase: unchanged.
  assert.deepEqual(
    coded("وطالب مبعوث الأمم المتحدة، مارتن غريفيث، السعودية بفتح ميناء الحديدة أمام المساعدات."),
    ["REQUEST IGO>SAU asserted"],
  );
});
