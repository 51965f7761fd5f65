// A party inside a dashed aside is no subject a later و-verb continues (dash-aside.ts). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an activist's coordinated verb does not take the state an aside names as its subject", () => {
  const text =
    "وأصدرت المحكمة حكما على المدون - وهو من أبرز وجوه الاحتجاجات التي عرفتها البحرين قبل سنوات - بعد أن انتقد السجون، وندد بالتدخل العسكري السعودي في اليمن.";
  assert.deepEqual(
    eventLines(text).filter((l) => l.startsWith("ACCUSE")),
    [],
  );
});

test("without the aside, a و-verb after a comma keeps the subject of its sentence", () => {
  const text = "وانتقدت الخارجية القطرية الحصار المفروض عليها، ونددت بالحملة الإعلامية الإماراتية ضدها.";
  assert.deepEqual(
    eventLines(text).filter((l) => l.startsWith("ACCUSE")),
    ["ACCUSE QAT>ARE asserted"],
  );
});
