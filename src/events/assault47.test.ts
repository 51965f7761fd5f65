// The forty-seventh round's readings of strikes and aid (branch assault47): a projectile met by the
// defences of the state it was fired at, help told by a noun of rescue, a sum of money given, and
// repeats of a directed act. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("missiles met or downed by a state's air defence are an attack by the missiles' state (intercepted.ts)", () => {
  // Before: no event (تصدى was no trigger), or the downing read as the defender's attack.
  assert.deepEqual(coded("وتصدت الدفاعات الجوية الأردنية لصواريخ عراقية فوق الصحراء الشرقية."), [
    "ASSAULT IRQ>JOR asserted",
  ]);
  assert.deepEqual(coded("وذكر التلفزيون الرسمي أن الدفاعات الجوية الأردنية أسقطت 3 صواريخ عراقية."), [
    "ASSAULT IRQ>JOR asserted",
  ]);
  // An aircraft downed is the downing side's act, as before.
  assert.deepEqual(coded("وأسقطت الدفاعات الجوية الأردنية طائرة عراقية مسيرة فوق الحدود."), [
    "ASSAULT JOR>IRQ asserted",
  ]);
  // Missiles inside the object (depots of missiles) are no projectile met: no swapped attack.
  assert.deepEqual(coded("ودمرت الطائرات الأردنية مخازن صواريخ عراقية قرب الحدود."), []);
});

test("a noun of rescue or backing after ل of purpose is the subject's help to the state backed (AID)", () => {
  // Before: لإنقاذ was no trigger, and the intervention it gave a purpose to was no event.
  assert.deepEqual(coded("وتدخلت إيران عسكريا عام 2014 لإنقاذ حليفها العراقي من الانهيار."), [
    "AID IRN>IRQ asserted",
  ]);
  // A rescue of something that is no government, army or ally stays no event.
  assert.deepEqual(coded("وسعت فرنسا لإنقاذ الاتفاق النووي مع إيران."), []);
});

test("a sum of money sent or given by a state to another is AID, told once", () => {
  // Before: أرسل and قدم needed arms or a word of aid; a sum of money was no event.
  assert.deepEqual(
    coded(
      "وأرسلت الكويت 50 مليون دولار إلى الأردن. وقال مسؤول إن الكويت أرسلت مبلغ 50 مليون دولار إلى الأردن لدعم ميزانيته.",
    ),
    ["AID KWT>JOR asserted"],
  );
  // A count of people after قدم (millions of refugees) is no sum given.
  assert.deepEqual(coded("وقالت الوكالة إن تركيا تقدم المأوى لملايين اللاجئين السوريين."), []);
});

test("repeats of a strike merge, but a strike told the other way stays apart", () => {
  // Before: ASSAULT repeats were never merged; the same day's raids counted as two.
  assert.deepEqual(
    coded("وشنت الطائرات الهندية غارات على باكستان. وقالت مصادر إن الغارات الهندية على باكستان أوقعت قتلى."),
    ["ASSAULT IND>PAK asserted"],
  );
  // The answer in the other direction is another act, though the two states are the same.
  assert.deepEqual(
    coded("وشنت الطائرات الهندية غارات على باكستان. وقصفت المدفعية الباكستانية مواقع هندية."),
    ["ASSAULT IND>PAK asserted", "ASSAULT PAK>IND asserted"],
  );
});
