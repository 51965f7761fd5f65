// A denial verb governs its own object, not a verb after و that opens a clause of its own; a complementizer
// between them keeps the second verb inside the denied clause (negation.ts deniedFrom). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a verb after a denial's object and و is the denier's own act, not denied", () => {
  assert.deepEqual(coded("ونفت روسيا ضلوعها في الحادث وطالبت بريطانيا بتقديم الأدلة."), [
    "REJECT RUS>GBR asserted",
    "REQUEST RUS>GBR asserted",
  ]);
  assert.deepEqual(
    coded(
      "واتهمت باريس طهران بالوقوف وراء الهجوم، لكن طهران نفت ضلوعها فيه، واتهمت الفرنسيين باختلاق رواية مزيفة.",
    ),
    ["ACCUSE FRA>IRN asserted", "REJECT IRN>FRA asserted", "ACCUSE IRN>FRA asserted"],
  );
});

test("a verb after و inside a denied complement clause stays denied: no event", () => {
  assert.deepEqual(coded("ونفت روسيا أن تكون قد طالبت بريطانيا بتقديم الأدلة وهددتها بطرد دبلوماسييها."), []);
});
