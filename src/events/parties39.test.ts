// The thirty-ninth round's readings of the parties of acts with more than two states (branch parties39):
// lists of leaders told with their names, hosts with more than one guest. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("a list of counterparts told with their names set off by commas is one group of sides", () => {
  // Before: the list was cut after the first name (AGREE KAZ>RUS future).
  assert.deepEqual(
    coded(
      "ومن المقرر أن يجتمع الرئيس الكازاخي، قاسم جومارت توكاييف، بنظيريه الروسي، فلاديمير بوتين، والصيني، شي جين بينغ، في أستانة.",
    ),
    ["AGREE KAZ>CHN+RUS future"],
  );
  // The same list without the names was one group already.
  assert.deepEqual(coded("ومن المقرر أن يجتمع الرئيس الكازاخي بنظيريه الروسي والصيني في أستانة."), [
    "AGREE KAZ>CHN+RUS future",
  ]);
});

test("a host's guests listed with their names are all guests", () => {
  // Before: only the first guest, the second past the host's reach.
  assert.deepEqual(
    coded(
      "استضاف الرئيس المصري، عبد الفتاح السيسي، أمس نظيريه الفرنسي، إيمانويل ماكرون، والألماني، فرانك فالتر شتاينماير، في قمة ثلاثية.",
    ),
    ["CONSULT DEU+FRA>EGY asserted"],
  );
  // A hosted conference is no guest: the host's reach still holds.
  assert.deepEqual(coded("تستضيف مصر مؤتمرا دوليا عن إعمار ليبيا الشهر المقبل."), []);
});

test("a welcome told as a possessed noun (ترحيبها ب) is its owner's, and a list of states owns it together", () => {
  // Before: nothing, the ب after the noun read as a charge's (`اتهامه ب`), its pronoun an object.
  assert.deepEqual(coded("وأعربت الأردن عن ترحيبها بقرار الولايات المتحدة تمديد المساعدات."), [
    "SUPPORT JOR>USA asserted",
  ]);
  // Before: nothing, a plural pronoun read as no pronoun.
  assert.deepEqual(coded("وأعلنت الكويت وعمان عن ترحيبهما بقرار اليابان استئناف الرحلات."), [
    "SUPPORT KWT+OMN>JPN asserted",
  ]);
  // A charge keeps its pronoun as the one charged: no actor, no act.
  assert.deepEqual(coded("وجاء ذلك بعد اتهامها بدعم جماعات مسلحة في اليمن."), []);
});
