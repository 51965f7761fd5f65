// The fifty-third round's readings of verbal conflict (docs/EVENTS.md, "Fifty-third pass", branch accuse53).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("force a charge names with ب is alleged, not told as done: the charge alone is the event", () => {
  // Before: an ASSAULT USA>SYR beside the charge.
  assert.deepEqual(
    eventLines("واتهمت وزارة الخارجية الروسية في بيان الولايات المتحدة بقصف مواقع للجيش السوري."),
    ["ACCUSE RUS>USA asserted"],
  );
  // Before: an ASSAULT ISR>IRN.
  assert.deepEqual(eventLines("واتهم وزير الدفاع الإيراني إسرائيل بشن غارات على مواقع إيرانية في سوريا."), [
    "ACCUSE IRN>ISR asserted",
  ]);
  // A verb form right after a verbal noun on ب is the act charged too (before: an ASSAULT RUS>SYR).
  assert.deepEqual(eventLines("واتهمت المندوبة البريطانية القوات الروسية بمواصلة قصف أهداف في سوريا."), [
    "ACCUSE GBR>RUS asserted",
  ]);
});

test("an act told as done beside a charge stays an event", () => {
  // A time preposition opens a phrase of its own: the Israeli attack is told as done.
  assert.deepEqual(eventLines("واتهمت طهران واشنطن بالتدخل في شؤونها بعد الهجوم الإسرائيلي على سوريا."), [
    "ACCUSE IRN>USA asserted",
    "ASSAULT ISR>SYR asserted",
  ]);
  // The act before the charge is told as done.
  assert.deepEqual(eventLines("وشنت إسرائيل غارات على مواقع في سوريا، واتهمتها دمشق بانتهاك سيادتها."), [
    "ASSAULT ISR>SYR asserted",
    "ACCUSE SYR>ISR asserted",
  ]);
});

test("an act a request names past a long subject is asked for, not done", () => {
  // Before: a SANCTION USA>IRN told as done beside the request.
  assert.deepEqual(
    eventLines("وطالب وزير الخارجية الفرنسي في مؤتمر صحفي الولايات المتحدة بفرض عقوبات على إيران."),
    ["REQUEST FRA>USA asserted"],
  );
  // Before: a SANCTION USA>IRN with no request beside it (a writer asks, no state).
  assert.deepEqual(eventLines("وطالب الكاتب في مقاله الولايات المتحدة بفرض عقوبات على إيران."), []);
  // An act told before the request, in a clause of its own, stays done.
  assert.deepEqual(
    eventLines(
      "وقصفت إسرائيل مواقع في سوريا، وطالب وزير الخارجية الروسي في بيان مجلس الأمن بعقد اجتماع طارئ.",
    ),
    ["ASSAULT ISR>SYR asserted", "REQUEST RUS>IGO asserted"],
  );
});
