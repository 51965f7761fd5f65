// The fifty-fourth round's readings of verbal conflict (branch accuse54). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an organisation's bare head with a state's name right after it is the organisation named before", () => {
  // Before: no event (the head was read only when the phrase ended after it).
  assert.deepEqual(
    eventLines(
      "أصدرت الوكالة الدولية للطاقة الذرية تقريرها الفصلي يوم الجمعة. واتهمت الوكالة إيران بعرقلة عمل المفتشين.",
    ),
    ["ACCUSE IGO>IRN asserted"],
  );
  assert.deepEqual(
    eventLines("عقدت محكمة العدل الدولية جلستها في لاهاي. وطالبت المحكمة باكستان بوقف تنفيذ الحكم."),
    ["REQUEST IGO>PAK asserted"],
  );
  // A nisba in ـية after the head may make it another body: no party of the organisation.
  assert.deepEqual(
    eventLines("أصدرت المحكمة الجنائية الدولية قرارها. وانتقدت المحكمة السعودية الحكم في بيان."),
    [],
  );
  // An organisation of no state named last keeps the head from being read.
  assert.deepEqual(
    eventLines(
      "زار وفد من منظمة الصحة العالمية غزة. ثم أصدرت منظمة العفو الدولية تقريرا، وانتقدت المنظمة إسرائيل بشدة.",
    ),
    [],
  );
});

test("the fund named before is called the fund: الصندوق is an organisation's back-reference", () => {
  // Before: no event.
  assert.deepEqual(
    eventLines(
      "وافق صندوق النقد الدولي على قرض جديد للأرجنتين الأسبوع الماضي. وطالب الصندوق الأرجنتين بخفض العجز في الموازنة.",
    ),
    ["AGREE IGO>ARG asserted", "REQUEST IGO>ARG asserted"],
  );
});

test("a protest told as formal or strongly worded is a diplomatic protest to the state after its preposition", () => {
  // Before: no event for the strongly worded protest.
  assert.deepEqual(eventLines("وقدمت روسيا احتجاجا شديد اللهجة إلى الولايات المتحدة بسبب تفتيش قنصليتها."), [
    "ACCUSE RUS>USA asserted",
  ]);
  assert.deepEqual(eventLines("وقدمت الهند احتجاجا قويا لدى باكستان على الحادث."), [
    "ACCUSE IND>PAK asserted",
  ]);
  // Protesters in a street are no state's protest.
  assert.deepEqual(eventLines("وخرج آلاف الطلاب في مسيرة احتجاجا على ارتفاع الأسعار."), []);
});

test("an indefinite accusative right after an organisation's bare head leaves the head standing alone", () => {
  // Before: no event (an adverb or an object after the head kept it from being read).
  assert.deepEqual(
    eventLines(
      "وافق صندوق النقد الدولي على قرض جديد للأرجنتين الأسبوع الماضي. وطالب الصندوق أيضا الأرجنتين بخفض العجز.",
    ),
    ["AGREE IGO>ARG asserted", "REQUEST IGO>ARG asserted"],
  );
  assert.deepEqual(
    eventLines(
      "عقدت محكمة العدل الدولية جلسة في لاهاي. وأصدرت المحكمة قرارا تطالب فيه الهند بوقف تنفيذ الحكم.",
    ),
    ["REQUEST IGO>IND asserted"],
  );
});
