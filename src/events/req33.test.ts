// The thirty-third pass's rules for missed demands and refusals (docs/EVENTS.md, "Thirty-third pass:
// missed demands and refusals"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("seeking answers, assurances or leave from a state is a request of it", () => {
  assert.deepEqual(
    coded(
      "وقالت الخارجية الهولندية إنها سعت للحصول على توضيح من وزارة الخارجية الروسية بشأن طرد الدبلوماسي.",
    ),
    ["REQUEST NLD>RUS asserted"],
  );
  // The subject between the verb and the noun: the noun carries the request.
  assert.deepEqual(coded("وتسعى الحكومة الكندية للحصول على ضمانات من الصين بعدم إعدام مواطنها."), [
    "REQUEST CAN>CHN asserted",
  ]);
  assert.deepEqual(coded("وما زالت اليابان تنتظر الحصول على إجابات من كوريا الشمالية عن مصير المخطوفين."), [
    "REQUEST JPN>PRK asserted",
  ]);
});

test("guards: goods obtained are no request; a denial does not answer a request made to the denier", () => {
  assert.deepEqual(coded("وتسعى إيران للحصول على أسلحة متطورة من روسيا."), []);
  assert.deepEqual(
    coded(
      "وتسعى الولايات المتحدة للحصول على إجابات من الحكومة السعودية. ونفت القنصلية السعودية التصريحات التي نسبتها صحيفة إلى مسؤولين أتراك.",
    ),
    ["REQUEST USA>SAU asserted"],
  );
  // A refusal still answers the demand made to the refuser.
  assert.deepEqual(coded("وطالبت بريطانيا روسيا بتسليم المشتبه بهما. ورفضت روسيا ذلك."), [
    "REQUEST GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
});
