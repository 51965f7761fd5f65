// A reported clause with a subject of its own is not the speaker's act (reported-subject.ts, sides.ts;
// branch precision63). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("talks a neighbour is ready to enter are not the speaker's own", () => {
  assert.deepEqual(
    coded("أكدت اليابان أن جارتها الغربية مستعدة للدخول في مفاوضات مع الولايات المتحدة حول الملف النووي."),
    [],
  );
  assert.deepEqual(coded("أعلنت الحكومة الفرنسية أن المعارضة مستعدة للدخول في حوار مع ألمانيا."), []);
});

test("a neighbour or ally opening the reported clause does not make the speaker act", () => {
  assert.deepEqual(coded("قال وزير الخارجية الهندي إن جارته الغربية أطلقت صواريخ على الصين."), []);
  assert.deepEqual(coded("قالت فرنسا إن حلفاءها مستعدون لبدء محادثات مع روسيا."), []);
});

test("the speaker's own state, or a head with a state's nisba, still acts in the reported clause", () => {
  assert.deepEqual(coded("قال وزير الخارجية الياباني إن بلاده ستبحث القضية في محادثات مع الصين."), [
    "AGREE JPN>CHN future",
  ]);
  assert.deepEqual(coded("قالت كوريا الجنوبية إنها مستعدة لبدء محادثات مع الولايات المتحدة."), [
    "AGREE KOR>USA future",
  ]);
  assert.deepEqual(
    coded("وقال الوزير إن اللجان الفنية الأردنية السورية اتفقت على فتح المعبر خلال اجتماع عقد الأحد."),
    ["CONSULT JOR>SYR asserted"],
  );
});
