// The thirty-ninth round's readings of subjects that are collective or dual (docs/EVENTS.md,
// "Thirty-ninth pass", branch subj39). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("people counted for their states (السفراء الأربعة) stand for the four states named before", () => {
  const named = "ووقع الرسالة سفراء الأردن وتونس والجزائر والكويت في باريس.";
  // Before: the masculine verb took the phrase for its object, and the subject was lost.
  assert.deepEqual(coded(`${named} وانتقد السفراء الأربعة سياسة طهران في المنطقة.`), [
    "ACCUSE DZA+JOR+KWT+TUN>IRN asserted",
  ]);
  // A state's own name right after a masculine verb is still its object, not its subject.
  assert.deepEqual(coded(`${named} ووصف إيران بأنها مصدر التوتر في المنطقة.`), []);
});

test("a nisba's oblique dual after a dual noun (الرئيسين الكوريين) names both Koreas", () => {
  const before = "وحثت واشنطن بيونغ يانغ على التخلي عن أسلحتها.";
  // Before: the dual took the two states last named, North Korea and the United States.
  assert.deepEqual(coded(`${before} وجرى لقاء الزعيمين الكوريين على الحدود صباح اليوم.`), [
    "REQUEST USA>PRK asserted",
    "CONSULT KOR+PRK> asserted",
  ]);
  // Alone the same form is the people: a meeting with Korean officials is with the South.
  assert.deepEqual(coded(`${before} والتقى الوزير الأمريكي المسؤولين الكوريين في سيول.`), [
    "REQUEST USA>PRK asserted",
    "CONSULT USA>KOR asserted",
  ]);
});

test("a و-verb after a comma continues the speaker, not a party deep in the reported clause", () => {
  // Before: the nisba at the end of the reported clause (`الليبي`) was taken for the verb's subject.
  assert.deepEqual(
    coded(
      "وعلق وزير الخارجية الفرنسي على الصفقة أنها ستقود إلى تصعيد في النزاع الأهلي الليبي، وحث أنقرة على مراجعة موقفها.",
    ),
    ["REQUEST FRA>TUR asserted"],
  );
  // A party that opens the reported clause is still the subject the verb continues.
  assert.deepEqual(
    coded("وقال المتحدث إن الرئيس الصيني تحدث مطولا عن التجارة، وطالب الولايات المتحدة بوقف الرسوم."),
    ["REQUEST CHN>USA asserted"],
  );
});

test("البلدان after a feminine demonstrative (هذه البلدان) is the plural, no pair", () => {
  const before = "وزار وزير الخارجية المغربي نظيره الموريتاني في نواكشوط.";
  // Before: the plural was read as the dual of the two states named, and made their act.
  assert.deepEqual(coded(`${before} وقال مسؤول أوروبي إن هذه البلدان ترفض إعادة المهاجرين.`), [
    "CONSULT MAR>MRT asserted",
  ]);
  // The dual itself still names the two states.
  assert.deepEqual(coded(`${before} ورفض البلدان المقترح الأوروبي بشأن المهاجرين.`), [
    "CONSULT MAR>MRT asserted",
    "REJECT MAR+MRT> asserted",
  ]);
});
