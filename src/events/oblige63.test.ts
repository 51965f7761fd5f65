// The sixty-third pass's reading of a demand told by the verbal noun `مطالبة` as the object of the act
// that answers it (branch oblige63, demand-noun.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a demand answered by the state it was made of: the genitive asked the answerer", () => {
  const refused = coded("ورفضت موسكو مطالبة لندن بتقديم تفسير للهجوم.");
  assert.ok(refused.includes("REQUEST GBR>RUS asserted"), refused.join("; "));
  assert.ok(!refused.includes("REQUEST RUS>GBR asserted"), refused.join("; "));
  const deplored = coded("واستنكرت الحكومة الهندية مطالبة باكستان بإجراء استفتاء في الإقليم.");
  assert.ok(deplored.includes("REQUEST PAK>IND asserted"), deplored.join("; "));
});

test("guards: a demand after a lead word alone, or a participle, keeps its earlier reading", () => {
  // After عقب the demand is background of the flights stopped: no event (reqrej35.test.ts).
  assert.deepEqual(
    coded("وأوقفت شركة الطيران الهندية رحلاتها إلى كراتشي عقب مطالبة باكستان الهند بسحب قواتها."),
    [],
  );
  // The participle after a comma is still the subject's demand.
  assert.deepEqual(coded("وأصدرت الخارجية التونسية بيانا، مطالبة ليبيا بفتح المعبر فورا."), [
    "REQUEST TUN>LBY asserted",
  ]);
  // One state on both sides asks nothing of another.
  const own = coded("ورفضت الحكومة المصرية مطالبة القاهرة بتأجيل الانتخابات.");
  assert.ok(!own.some((l) => l.startsWith("REQUEST")), own.join("; "));
});
