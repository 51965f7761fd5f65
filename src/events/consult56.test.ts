// The fifty-sixth round's readings of meetings and visits (branch consult56). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an arrival told as a noun or a present verb with an office right after it is a visit", () => {
  // Before: only the perfect وصل، وصلت read as a visit.
  assert.deepEqual(coded("وجاء ذلك عقب وصول الرئيس الفرنسي إلى الرياض."), ["CONSULT FRA>SAU asserted"]);
  assert.deepEqual(coded("وأعلنت الوزارة وصول وزير الخارجية القطري إلى طهران."), [
    "CONSULT QAT>IRN asserted",
  ]);
  assert.deepEqual(coded("ويصل رئيس الوزراء الهندي إلى بكين الخميس."), ["CONSULT IND>CHN asserted"]);
  // Still to come, it is a meeting agreed (AGREE future), as any planned visit.
  assert.deepEqual(coded("ومن المقرر أن يصل الرئيس الفرنسي إلى الرياض غدا في زيارة رسمية."), [
    "AGREE FRA>SAU future",
  ]);
});

test("what reaches a state without an office named right after the word is no visit", () => {
  // A missile's range, aid, forces, an agreement, a father's rise to power: no trip.
  assert.deepEqual(coded("وأطلقت كوريا الشمالية صاروخا يصل مداه إلى الولايات المتحدة."), []);
  assert.deepEqual(coded("وقالت الأمم المتحدة إن وصول المساعدات إلى سوريا بات صعبا."), []);
  assert.deepEqual(coded("وبعد وصول القوات التركية إلى عفرين اندلعت معارك."), []);
  assert.deepEqual(coded("وتأمل مصر في الوصول إلى اتفاق مع إثيوبيا."), []);
  assert.deepEqual(coded("وتزامن ذلك مع وصول والده الملك إلى الحكم في الرياض."), []);
});

test("a demonstrative after a verb of following is its object; the act noun after it is told anew", () => {
  // Before: ذلك، هذا before the noun read it as an act told already (ذلك الهجوم).
  assert.deepEqual(coded("وأعقب ذلك زيارة الرئيس الفرنسي إلى الرياض."), ["CONSULT FRA>SAU asserted"]);
  assert.deepEqual(coded("وتلت ذلك زيارة وزير الخارجية الياباني إلى نيودلهي."), ["CONSULT JPN>IND asserted"]);
  // A demonstrative with no such verb before it still points back to an act told before.
  assert.deepEqual(coded("وأثارت تلك الزيارة جدلا واسعا في فرنسا والسعودية."), []);
});
