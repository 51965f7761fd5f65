// The thirty-fifth pass's rules for demands and refusals (REQUEST, REJECT): see the lead's docs/EVENTS.md
// section "Thirty-fifth pass: demands and refusals". Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a draft resolution defeated is refused to the state that put it forward", () => {
  assert.deepEqual(coded("أحبطت الصين في مجلس الأمن مشروع قرار قدمته اليابان حول بحر الصين الجنوبي."), [
    "REJECT CHN>JPN asserted",
  ]);
  assert.deepEqual(coded("وأفشلت الولايات المتحدة مشروع قرار تقدمت به الجزائر بشأن اللاجئين."), [
    "REJECT USA>DZA asserted",
  ]);
  // The verbal noun with its agent as genitive.
  assert.deepEqual(coded("وجاء ذلك بعد إجهاض روسيا مشروع قرار صاغته فرنسا حول ليبيا."), [
    "REJECT RUS>FRA asserted",
  ]);
});

test("a state's vote against another state's draft is a refusal of it", () => {
  assert.deepEqual(coded("وصوتت فنزويلا ضد مشروع القرار الألماني في الجمعية العامة."), [
    "REJECT VEN>DEU asserted",
  ]);
});

test("guards: a defeat with no agent, a downed aircraft, a draft that fails", () => {
  // The draft right after the verbal noun: no agent named, the nisba is the draft's sponsor.
  assert.deepEqual(coded("واعتمد المجلس نصا بديلا بعد إفشال المشروع الياباني."), []);
  assert.deepEqual(coded("وأسقطت الدفاعات الجوية الهندية طائرة مسيرة باكستانية."), [
    "ASSAULT IND>PAK asserted",
  ]);
  assert.deepEqual(coded("وقد يفشل مشروع القرار الذي قدمته السويد بسبب الخلافات."), []);
});

test("another's demand told as a verbal noun is no demand by the sentence's subject", () => {
  // The Indian government deplores Pakistan's demand: it demands nothing of Pakistan.
  const deplored = coded("واستنكرت الحكومة الهندية مطالبة باكستان بإجراء استفتاء في الإقليم.");
  assert.ok(!deplored.includes("REQUEST IND>PAK asserted"), deplored.join("; "));
  assert.deepEqual(
    coded("وعلقت شركة الطيران الهندية رحلاتها إلى كراتشي عقب مطالبة باكستان الهند بسحب قواتها."),
    [],
  );
});

test("guards: the participle after a comma is still the subject's demand", () => {
  assert.deepEqual(coded("وأصدرت الخارجية المغربية بيانا شديد اللهجة، مطالبة الجزائر بفتح الحدود فورا."), [
    "REQUEST MAR>DZA asserted",
  ]);
});
