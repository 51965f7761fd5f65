// The fifty-fifth round's readings of threats (branch reject55).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state that keeps or claims the right to respond threatens the side whose act it would answer", () => {
  // Before: no event.
  assert.deepEqual(eventLines("وقالت إيران إنها تحتفظ بحق الرد على الهجوم الإسرائيلي."), [
    "THREATEN IRN>ISR asserted",
  ]);
  assert.deepEqual(eventLines("وقال الوزير الإيراني إن بلاده تملك الحق في الرد على الهجوم الإسرائيلي."), [
    "THREATEN IRN>ISR asserted",
  ]);
  assert.deepEqual(
    eventLines("وأكد رئيس الوزراء الباكستاني أن لبلاده كامل الحق في الرد على الضربات الهندية."),
    ["THREATEN PAK>IND asserted"],
  );
  // A right to respond that another state backs is that state's support, no threat of its own.
  assert.deepEqual(eventLines("وأكدت واشنطن دعمها لحق إسرائيل في الرد على الهجوم الإيراني."), [
    "SUPPORT USA>ISR asserted",
  ]);
});

test("a pledge of measures against a state is a threat", () => {
  // Before: no event (the pledge row needed a word of response or pressure).
  assert.deepEqual(eventLines("وتعهد الجيش الصيني باتخاذ مزيد من الإجراءات ضد تايوان إذا لزم الأمر."), [
    "THREATEN CHN>TWN asserted",
  ]);
  assert.deepEqual(eventLines("وتعهدت بكين باتخاذ تدابير مضادة ضد واشنطن."), ["THREATEN CHN>USA asserted"]);
  // Measures at home, or with no state they are against, threaten no one.
  assert.deepEqual(eventLines("وتعهدت الحكومة باتخاذ إجراءات لتحسين الاقتصاد بالتعاون مع الصين."), []);
  assert.deepEqual(eventLines("وتعهدت روسيا بإجراءات تأمين غير مسبوقة في المدن التي تستضيف المباريات."), []);
});

test("a warning that the actor's own army or forces will act is aimed at the state that act names", () => {
  // Before: no event (the content's subject, قواتها, was not read as the actor's own).
  assert.deepEqual(eventLines("وحذرت الولايات المتحدة من أن قواتها ستضرب أهدافا سورية."), [
    "THREATEN USA>SYR asserted",
  ]);
  assert.deepEqual(eventLines("وحذرت إيران من أن جيشها سيرد على أي هجوم إسرائيلي."), [
    "THREATEN IRN>ISR asserted",
  ]);
  // Forces sent against no other state: no threat between states.
  assert.deepEqual(eventLines("وحذرت الحكومة من أن قواتها ستواجه المسلحين في المدينة."), []);
});
