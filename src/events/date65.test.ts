// The sixty-fifth round's reading of dates (branch dates65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-03-14"; // a Thursday

test("a full date opened by its weekday, past the speaker's name, is the day of the report", () => {
  assert.deepEqual(
    datedLines(
      "وقال المتحدث باسم الخارجية الإيرانية يوم الاثنين 11 مارس 2019 إن إيران تتهم بريطانيا بالتجسس على منشآتها.",
      day,
    ),
    ["ACCUSE IRN>GBR 2019-03-11"],
  );
  assert.deepEqual(
    datedLines(
      "وأكد وزير الخارجية التركي، مولود جاويش أوغلو، الثلاثاء، 12 مارس/آذار 2019، أن تركيا تدين الهجوم الذي شنته إسرائيل على غزة.",
      day,
    ),
    ["ACCUSE TUR>ISR 2019-03-12"],
  );
});

test("a date right after the speech verb, and a bare weekday past the name, keep their readings", () => {
  assert.deepEqual(
    datedLines("وقال في 11 مارس 2019 المتحدث باسم الخارجية الإيرانية إن إيران تتهم بريطانيا بالتجسس.", day),
    ["ACCUSE IRN>GBR 2019-03-11"],
  );
  // A weekday alone past the name keeps its reading.
  assert.deepEqual(
    datedLines("وقال المتحدث باسم الخارجية الإيرانية، الاثنين، إن إيران تتهم بريطانيا بالتجسس.", day),
    ["ACCUSE IRN>GBR 2019-03-11"],
  );
});
