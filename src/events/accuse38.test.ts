// The thirty-eighth round's readings of charges Rasd missed (docs/EVENTS.md, "Thirty-eighth pass: the
// recall of ACCUSE", branch accuse38). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a deed attributed to a state (نسب، عزا … إلى) is the attributor's charge", () => {
  assert.deepEqual(coded("ونسبت اليابان سلسلة الهجمات الإلكترونية على وزاراتها إلى الصين."), [
    "ACCUSE JPN>CHN asserted",
  ]);
  // A words' attribution to a source, and a cause with no deed and no state after إلى: no act.
  assert.deepEqual(coded("ونسبت الصحيفة اليابانية إلى مسؤول صيني القول إن المحادثات ستستمر."), []);
  assert.deepEqual(coded("وعزت الوكالة تراجع الين الياباني إلى ارتفاع أسعار الطاقة."), []);
});

test("a verb of travel pointing a charge (توجه … أصابع الاتهام إلى) leaves the charge to be read", () => {
  // Before: nothing, the charge noun taken as the trip's object and the trip dropped.
  assert.deepEqual(coded("وتوجه الحكومة الكندية أصابع الاتهام إلى بكين في اختراق شبكاتها."), [
    "ACCUSE CAN>CHN asserted",
  ]);
  // A trip stays a trip.
  assert.deepEqual(coded("وتوجه رئيس الوزراء الكندي إلى بكين في زيارة رسمية."), ["CONSULT CAN>CHN asserted"]);
});

test("a state speaker's insult of a leader (ديكتاتور، طاغية، حيوان) is a charge against his state", () => {
  // Before: nothing, the insult not in the group.
  assert.deepEqual(coded("وقالت الحكومة الكندية إن رئيس نيكاراغوا طاغية يقمع شعبه."), [
    "ACCUSE CAN>NIC asserted",
  ]);
  // In the reporter's own words, with no judging frame or speaker: no act.
  assert.deepEqual(coded("وحكم الطاغية نيكاراغوا سنوات طويلة قبل الثورة."), []);
});
