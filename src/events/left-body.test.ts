// An organisation that a plan or a stance is about leaving (`خطتها للخروج من الاتحاد الأوروبي`) is no side of
// the act told around the plan (left-body.ts; branch precision65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("criticism of a plan to leave a union is aimed at the planner only", () => {
  assert.deepEqual(
    coded("وهاجم الرئيس الأمريكي بشدة خطة الحكومة البريطانية للخروج من الاتحاد الأوروبي خلال مقابلة صحفية."),
    ["ACCUSE USA>GBR asserted"],
  );
});

test("a stance on leaving a union is no act toward it", () => {
  assert.deepEqual(
    coded("وقال وزير الخارجية البريطاني إنه بات من أنصار تأييد الخروج من الاتحاد الأوروبي."),
    [],
  );
  assert.deepEqual(
    coded("وجاءت استقالة الوزير البريطاني بسبب رفضه لاستراتيجية الحكومة للانسحاب من الاتحاد الأوروبي."),
    [],
  );
});

test("an organisation addressed in its own right stays a side", () => {
  assert.deepEqual(coded("وانتقدت بريطانيا الاتحاد الأوروبي بسبب موقفه من المفاوضات."), [
    "ACCUSE GBR>IGO asserted",
  ]);
});
