// Force and pressure, fifty-fifth pass (branch force55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the noun of `توعد` with its possessive is a threat, and the strike on its ب is threatened, not done", () => {
  assert.deepEqual(coded("وجاء ذلك بعد تغريدة نشرها الرئيس الروسي بتوعده بإطلاق صواريخ على أوكرانيا."), [
    "THREATEN RUS>UKR asserted",
  ]);
  // The verb keeps its reading.
  assert.deepEqual(coded("وتوعد الرئيس الأمريكي بإطلاق صواريخ على سوريا."), ["THREATEN USA>SYR asserted"]);
});

test("a withdrawal from a deal told as the object of another state's welcome is the withdrawer's act too", () => {
  assert.deepEqual(coded("ورحبت الإمارات بانسحاب الولايات المتحدة من الاتفاق النووي مع إيران."), [
    "SUPPORT ARE>USA asserted",
    "SANCTION USA>IRN asserted",
  ]);
  // Guard: a nisba after the noun in another act's complement is not read as its doer.
  assert.deepEqual(
    coded("وطالبت إيران الاتحاد الأوروبي بتعويضها عن آثار الانسحاب الأمريكي من الاتفاق النووي."),
    ["REQUEST IRN>IGO asserted"],
  );
});
