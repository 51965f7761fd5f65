// Recall of CONSULT, AGREE, REJECT and SUPPORT (docs/EVENTS.md, "Fifteenth pass: consultations, agreements,
// refusals and support"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a clitic preposition on a title governs the title's person or nisba; a call and a visit are two acts", () => {
  assert.deepEqual(coded("واتصل الرئيس الفرنسي إيمانويل ماكرون بنظيره الروسي فلاديمير بوتين يوم الاثنين."), [
    "CONSULT FRA>RUS asserted",
  ]);
  assert.deepEqual(
    coded("واجتمع رئيس الوزراء اللبناني بالعاهل السعودي الملك سلمان في الرياض يوم الأربعاء."),
    ["CONSULT LBN>SAU asserted"],
  );
  assert.deepEqual(
    coded(
      "ووصل وزير الخارجية الأمريكي إلى الرياض يوم الثلاثاء للقاء ولي العهد، بعد أن اتصل الرئيس الأمريكي بالعاهل السعودي الملك سلمان.",
    ),
    ["CONSULT USA>SAU asserted", "CONSULT USA>SAU asserted"],
  );
  // Guards: a title whose clitic is no preposition of the frame governs nothing; a visit and a meeting
  // told in one sentence stay one act.
  assert.deepEqual(
    coded("واتصل الرئيس الفرنسي إيمانويل ماكرون وكان الرئيس الروسي فلاديمير بوتين في موسكو."),
    [],
  );
  assert.deepEqual(
    coded("ووصل وزير الخارجية الأمريكي إلى الرياض يوم الثلاثاء والتقى العاهل السعودي الملك سلمان."),
    ["CONSULT USA>SAU asserted"],
  );
});

test("a title that has named its state ends before a party of another state joined by و", () => {
  assert.deepEqual(
    coded("وجرى لقاء مطول بين أمير قطر تميم بن حمد والرئيس التركي رجب طيب أردوغان في إسطنبول مساء الأحد."),
    ["CONSULT QAT>TUR asserted"],
  );
  assert.deepEqual(coded("وعقد اجتماع بين أمير قطر وأردوغان في الدوحة يوم الخميس."), [
    "CONSULT QAT>TUR asserted",
  ]);
  // Guard: two titles of one person, the second naming no other state, stay one party.
  assert.deepEqual(
    coded(
      "وذكر نائب رئيس الوزراء والمتحدث باسم الحكومة التركية بكير بوزداغ عقب اجتماعه مع وزير الخارجية الأمريكي أن اللقاء كان صريحا.",
    ),
    ["CONSULT TUR>USA asserted"],
  );
});

test("a meeting a party cancels is that party's REJECT, told once; talks that stopped are no refusal", () => {
  assert.deepEqual(
    coded(
      "وقالت إيران إنها مستعدة للحوار، وذلك بعدما ألغى الرئيس الفرنسي إيمانويل ماكرون محادثات مقررة مع الرئيس الإيراني حسن روحاني.",
    ),
    ["REJECT FRA>IRN asserted"],
  );
  // Guards: talks that stopped were refused by no one; من أجل is "for", no postponing.
  assert.deepEqual(coded("وتوقفت المفاوضات بين مصر وإثيوبيا بعد الأزمة السياسية في القاهرة."), [
    "CONSULT EGY>ETH asserted neg",
  ]);
  assert.deepEqual(coded("وسافر وزير الخارجية الأمريكي إلى الرياض من أجل اللقاء مع العاهل السعودي."), [
    "CONSULT USA>SAU asserted",
  ]);
});

test("an act a party decides not to do (قرر عدم) is refused: REJECT", () => {
  assert.deepEqual(
    coded("وقرر الرئيس الأمريكي عدم المصادقة على التزام إيران ببنود الاتفاق المبرم قبل عامين."),
    ["REJECT USA>IRN asserted"],
  );
  // Guard: عدم with no deciding verb before it is no refusal by the speaker (here a criticism).
  assert.deepEqual(coded("وانتقد الرئيس الأمريكي عدم مصادقة إيران على الاتفاقية."), [
    "ACCUSE USA>IRN asserted",
  ]);
});
