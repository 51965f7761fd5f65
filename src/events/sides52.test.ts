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

test("a relative clause's verb with the antecedent as object pronoun takes the agreeing party before it as subject", () => {
  // Before: no actor, no event.
  assert.deepEqual(eventLines("ونشر الجيش التركي مقاطع مصورة للمواقع التي قصفها داخل العراق."), [
    "ASSAULT TUR>IRQ asserted",
  ]);
  assert.deepEqual(
    eventLines("وبدأت الصين تطبيق الرسوم الإضافية التي فرضتها على السيارات المستوردة من اليابان."),
    ["SANCTION CHN>JPN asserted"],
  );
  // The antecedent is the verb's object, not its subject: the man named before it visited.
  assert.deepEqual(eventLines("وعاد الرئيس الفرنسي إلى باريس قادما من الجزائر التي زارها ليومين."), [
    "CONSULT FRA>DZA asserted",
  ]);
  // A subject named after the verb is its own; nothing is taken from before.
  assert.deepEqual(
    eventLines("ونشر الجيش التركي صورا للمواقع التي قصفتها الطائرات العراقية داخل سوريا."),
    [],
  );
});
