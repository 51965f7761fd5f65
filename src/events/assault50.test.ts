// The fiftieth round's readings of force and help (docs/EVENTS.md, "Fiftieth pass", branch assault50).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("support told with a sum of money is economic aid (AID), not a stance", () => {
  // Before: no event; the support of an economy with a sum named nothing.
  assert.deepEqual(eventLines("وأعلنت الكويت دعم الاقتصاد الأردني بمبلغ ملياري دولار خلال العام المقبل."), [
    "AID KWT>JOR asserted",
  ]);
  // Before: a stance only; the sum makes it aid as well.
  assert.deepEqual(eventLines("وكانت اليابان قد أعلنت عن دعمها لمصر بـ 3 مليارات دولار في شكل قروض ميسرة."), [
    "SUPPORT JPN>EGY asserted",
    "AID JPN>EGY asserted",
  ]);
  // With no sum, support stays a stance; a subsidy in a state's own budget is no aid.
  assert.deepEqual(eventLines("وأعلنت الكويت دعمها للأردن في مواجهة الأزمة."), ["SUPPORT KWT>JOR asserted"]);
  assert.deepEqual(eventLines("وقالت الحكومة المصرية إن الدعم المخصص للوقود سينخفض إلى 89 مليار جنيه."), []);
});

test("a withdrawal of forces told as a noun after a word of deciding or announcing is the act (RETREAT)", () => {
  // Before: the noun انسحاب was an act only after a verb of beginning or continuing, unlike سحب.
  assert.deepEqual(eventLines("وقرر الرئيس الفرنسي انسحاب الجنود الفرنسيين من مالي."), [
    "RETREAT FRA>MLI asserted",
  ]);
  assert.deepEqual(eventLines("وأعلنت أستراليا انسحاب قواتها من العراق."), ["RETREAT AUS>IRQ asserted"]);
  // A withdrawal spoken of as a topic stays no act; after a verb of beginning it is the act as before.
  assert.deepEqual(eventLines("وناقش الوزيران ملف انسحاب القوات البريطانية من أفغانستان."), []);
  assert.deepEqual(eventLines("وبدأت القوات الكندية انسحابها من أفغانستان."), ["RETREAT CAN>AFG asserted"]);
});

test("aid or arms that arrive in a state are delivered aid, no visit", () => {
  // Before: a visit (CONSULT) by the aid's giver to the state it reached.
  assert.deepEqual(eventLines("ووصلت مساعدات عسكرية أمريكية إلى أوكرانيا الأسبوع الماضي."), [
    "AID USA>UKR asserted",
  ]);
  assert.deepEqual(eventLines("ووصلت شحنة أسلحة روسية إلى فنزويلا أمس."), ["AID RUS>VEN asserted"]);
  // A minister who arrives still visits.
  assert.deepEqual(eventLines("ووصل وزير الخارجية التركي إلى الدوحة في زيارة رسمية."), [
    "CONSULT TUR>QAT asserted",
  ]);
});
