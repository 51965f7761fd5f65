// A refusal whose object is a clause refuses what that clause's subject does (refused-clause.ts), and a
// dual of leaders in a sentence of several states stands for the leaders it names (duals.ts; branch
// deny62). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const rejects = (text: string) => eventLines(text).filter((l) => l.startsWith("REJECT"));

test("a refusal of a clause (بأن + verb) is aimed at the state that clause's subject names", () => {
  assert.deepEqual(rejects("وأكدت إيران أنها لن تقبل بأن يستمر السلوك الأمريكي في المنطقة."), [
    "REJECT IRN>USA asserted",
  ]);
  assert.deepEqual(rejects("وأعلنت الحكومة المصرية أنها ترفض أن تتولى إثيوبيا وحدها تشغيل السد."), [
    "REJECT EGY>ETH asserted",
  ]);
});

test("the same refusal with a noun object is read as before", () => {
  assert.deepEqual(rejects("وأكدت إيران أنها لن تقبل باستمرار السلوك الأمريكي في المنطقة."), [
    "REJECT IRN>USA asserted",
  ]);
});

test("a refusal to allow a clause is no refusal of its subject's state", () => {
  assert.deepEqual(rejects("وقال نتنياهو إن إسرائيل لن تسمح بأن تمتلك إيران سلاحا نوويا."), []);
});

test("a clause whose subject is no state gives the refusal no side", () => {
  assert.deepEqual(rejects("وأكدت إيران أنها لن تقبل بأن تستمر المفاوضات بهذه الطريقة."), []);
});

test("a dual of leaders stands for the two leaders named, not the states of what they said", () => {
  const lines = eventLines(
    "أكد الرئيس الكوبي ميغيل دياز كانيل أن بلاده لن تقبل بأن يستمر الحصار الأمريكي، في حين شدد الرئيس " +
      "المكسيكي أندريس مانويل لوبيز أوبرادور على أهمية الحوار، وذلك في اتصال هاتفي جمع الرئيسين الأحد.",
  );
  assert.ok(lines.includes("REJECT CUB>USA asserted"), lines.join("\n"));
  assert.ok(
    lines.some((l) => /^CONSULT (CUB\+MEX|MEX\+CUB)>/u.test(l)),
    lines.join("\n"),
  );
});
