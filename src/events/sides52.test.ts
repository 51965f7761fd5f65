// The fifty-second round's readings of sides (docs/EVENTS.md, "Fifty-second pass", branch sides52). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state after a comma and و with a verb of its own opens a sentence of its own", () => {
  // Before: the Philippines was a second target of Japan's criticism, Morocco a second state welcomed.
  assert.deepEqual(eventLines("انتقدت اليابان المناورات الصينية، والفلبين تطالب بضبط النفس."), [
    "ACCUSE JPN>CHN asserted",
  ]);
  assert.deepEqual(eventLines("رحبت تونس بالقرار الجزائري، والمغرب يدعو إلى الحوار."), [
    "SUPPORT TUN>DZA asserted",
  ]);
  // Before: Jordan, the subject of its own verb of saying, was the one Kuwait's refusal was aimed at.
  assert.deepEqual(eventLines("وأكدت الكويت أنها ترفض التدخل، والأردن يقول إن الموقف واضح."), []);
  // Two states before a verb of two are that verb's subject, not the targets of the attack condemned.
  assert.deepEqual(eventLines("أدانت كندا الهجوم على أوكرانيا، وبولندا وليتوانيا تدعمان كييف."), [
    "ACCUSE CAN>UKR asserted",
  ]);
  // A list after a comma with no verb of its own stays one compound.
  assert.deepEqual(eventLines("اتهمت اليابان الصين، والفلبين، بانتهاك المياه الإقليمية."), [
    "ACCUSE JPN>CHN+PHL asserted",
  ]);
  // A noun of the act after the list is no verb: the list stays the act's compound agent.
  assert.deepEqual(eventLines("وشنت اليابان، والفلبين، وأستراليا غارات على مواقع في كوريا الشمالية."), [
    "ASSAULT AUS+JPN+PHL>PRK asserted",
  ]);
});

test("a verb whose subject is a statement issued by a party (البيان الصادر عن) has that party for its actor", () => {
  // Before: no actor, the issuer read as the one asked.
  assert.deepEqual(eventLines("وطالب البيان الصادر عن الخارجية الكويتية العراق بترسيم الحدود البحرية."), [
    "REQUEST KWT>IRQ asserted",
  ]);
  assert.deepEqual(
    eventLines("وأدان البيان الصادر عن وزارة الخارجية الأردنية الاعتداء الإسرائيلي على المصلين."),
    ["ACCUSE JOR>ISR asserted"],
  );
  // A body that is no state issues it: the states after a phrase of its own are not its issuer.
  assert.deepEqual(eventLines("ورحب البيان الصادر عن المؤتمر بالاتفاق بين السودان وجنوب السودان."), []);
});
