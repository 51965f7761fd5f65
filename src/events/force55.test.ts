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
