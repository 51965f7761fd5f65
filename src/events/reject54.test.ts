// The fifty-fourth round's readings of refusals, denials and threats (branch reject54).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the side a charge or demand was aimed at answers it: a و-verb of denial or refusal keeps its own subject", () => {
  // Before: REJECT GBR>RUS (the charge's maker borrowed as the denier).
  assert.deepEqual(eventLines("واتهمت بريطانيا روسيا بتسميم الجاسوس، ونفت روسيا ضلوعها في الهجوم."), [
    "ACCUSE GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
  // Before: REJECT GBR>RUS (the state after the refusal read as its object).
  assert.deepEqual(eventLines("واتهمت بريطانيا روسيا بتسميم الجاسوس، ورفضت روسيا هذه الاتهامات."), [
    "ACCUSE GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
  // Before: REJECT USA>IRN.
  assert.deepEqual(eventLines("ودعت واشنطن طهران إلى وقف التخصيب، ورفضت طهران الطلب."), [
    "REQUEST USA>IRN asserted",
    "REJECT IRN>USA asserted",
  ]);
});
