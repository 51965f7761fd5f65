// Sharing a view is no agreement to act (branch agree65): the verb of agreeing with an assessment, an
// analysis, an opinion or a finding right after مع (lexicons/triggers.tsv, the row's unless words) tells a
// convergence of views, as توافق الرؤى does, not a deal between states. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("agreeing with another's assessment, opinion or analysis is no agreement", () => {
  assert.deepEqual(coded("وقال الاتحاد الأوروبي إنه يتفق مع تقييم الحكومة البريطانية بأن روسيا مسؤولة."), []);
  assert.deepEqual(coded("وقالت اليابان إنها تتفق مع الرأي الأمريكي بشأن الصواريخ."), []);
  assert.deepEqual(coded("وقالت كندا إنها تتفق مع تحليل أستراليا للهجوم."), []);
});

test("an agreement with a state on an act stays an agreement", () => {
  assert.deepEqual(coded("واتفقت تركيا مع روسيا على إقامة منطقة عازلة."), ["AGREE TUR>RUS asserted"]);
  // Guard: the unless words hold only right after مع; an assessment named later leaves the deal.
  assert.deepEqual(coded("واتفقت كندا مع أستراليا على تبادل التقييمات الأمنية."), ["AGREE CAN>AUS asserted"]);
});
