// The fifty-fourth round's readings of dates (branch past54). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-03-14"; // a Thursday

test("a day closing the sentence after a comma dates the act whose clause بأن ends", () => {
  assert.deepEqual(
    datedLines('وصف الرئيس التركي نظيره الفرنسي بأنه "متعجرف"، في كلمة أمام أنصاره، الثلاثاء.', day),
    ["ACCUSE TUR>FRA 2019-03-12"],
  );
  assert.deepEqual(datedLines("واتهمت أنقرة باريس بأنها تدعم المتمردين، الثلاثاء.", day), [
    "ACCUSE TUR>FRA 2019-03-12",
  ]);
  // A day that does not close the sentence is no date of the act.
  assert.deepEqual(datedLines("واتهمت أنقرة باريس بأنها دعمت الثلاثاء هجوما على قواتها.", day).length, 1);
});

test("a talk that a relative clause tells as having taken place (دار) is dated by the day in that clause", () => {
  assert.deepEqual(
    datedLines(
      "وقال الرئيس الفرنسي إيمانويل ماكرون إن الحديث الذي دار بينه وبين الرئيس الإيراني حسن روحاني، الثلاثاء، كان مثمرا.",
      day,
    ),
    ["CONSULT FRA>IRN 2019-03-12"],
  );
});

test("a bare year after في or منذ with its و (وفي 2015،) is a year, not a number", () => {
  assert.deepEqual(datedLines("وفي 2015، طردت الحكومة البريطانية دبلوماسيين روسا.", day), [
    "SANCTION GBR>RUS 2015",
  ]);
});

test("the day after the holding an agreement is about (على عقد) is the meeting's, still to come", () => {
  const sunday = "2019-03-17";
  assert.deepEqual(datedLines("واتفقت روسيا وتركيا على عقد قمة ثلاثية مع إيران، الجمعة.", sunday), [
    "AGREE RUS+TUR>IRN 2019-03-22",
  ]);
  assert.deepEqual(datedLines("واتفقت روسيا وتركيا على عقد قمة ثلاثية في يونيو.", sunday), [
    "AGREE RUS+TUR> 2019-06",
  ]);
  // A day told before the holding is the agreement's own.
  assert.deepEqual(datedLines("واتفقت روسيا وتركيا، الجمعة، على عقد قمة ثلاثية.", sunday), [
    "AGREE RUS+TUR> 2019-03-15",
  ]);
});

test("an act a concessive phrase sets against the clause is background: the clause's day is not its date", () => {
  assert.deepEqual(
    datedLines(
      "واستمر القصف على المدينة الثلاثاء، رغم العقوبات التي فرضتها الولايات المتحدة على روسيا.",
      day,
    ),
    ["SANCTION USA>RUS null"],
  );
  assert.deepEqual(datedLines("وانتقدت موسكو الخطوة، على الرغم من التعاون الوثيق بين روسيا وإسرائيل.", day), [
    "COOPERATE RUS>ISR null",
  ]);
});
