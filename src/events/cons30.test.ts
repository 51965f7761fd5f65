// The thirtieth pass on CONSULT and SANCTION told in wordings Rasd did not read (docs/EVENTS.md,
// "Thirtieth pass: consultations and sanctions: recall"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state right after a trip's verb is where the trip goes; the visitor stands before the verb", () => {
  assert.deepEqual(coded("وقال المتحدث إن وزير الدفاع البرازيلي هو أول مسؤول يزور فيتنام منذ عشر سنوات."), [
    "CONSULT BRA>VNM asserted",
  ]);
  assert.deepEqual(
    coded("وأكد الرئيس الكيني، الذي زار إثيوبيا الشهر الماضي، أن العلاقات بين البلدين متينة."),
    ["CONSULT KEN>ETH asserted"],
  );
  // Guard: with no party before the verb, the trip has no visitor and gives no event.
  assert.deepEqual(coded("وزارت كندا الشهر الماضي مجموعة من السياح."), []);
  // Guard: a person as the subject after the verb is the visitor, as before.
  assert.deepEqual(coded("وزار الرئيس الفرنسي إيمانويل ماكرون الهند الأسبوع الماضي."), [
    "CONSULT FRA>IND asserted",
  ]);
});
