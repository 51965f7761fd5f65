// The thirty-ninth round's readings of refusals (branch reject39). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a refusal of a proposal named by a definite noun answers the state that made it just before", () => {
  // Before: no event (no recipient).
  assert.deepEqual(
    coded("واقترح وزير الخارجية النرويجي عقد جولة حوار جديدة في أوسلو الشهر المقبل. لكن الهند رفضت الفكرة."),
    ["REJECT IND>NOR asserted"],
  );
  assert.deepEqual(
    coded("وجاء عرض التوسط من خلال رئيس الوزراء الياباني شينزو آبي. غير أن الصين سارعت إلى رفض العرض."),
    ["REJECT CHN>JPN asserted"],
  );
  // The state nearest the word of demanding is the refuser's own: no maker, no event (unchanged).
  assert.deepEqual(
    coded("وطالبت الدول المجاورة للكويت بوقف البث وإبعاد مستشارين من ماليزيا. ورفضت الكويت المطالب."),
    [],
  );
  // No word of proposing in the two sentences before: no event (unchanged).
  assert.deepEqual(
    coded("وتحدث وزير الخارجية النرويجي عن الأزمة في كشمير الأسبوع الماضي. لكن الهند رفضت الفكرة."),
    [],
  );
});

test("a refusal of a proposal told in the pluperfect has no date", () => {
  assert.deepEqual(
    datedLines(
      "وكان رئيس الوزراء الياباني قد اقترح في العام الماضي تبادل السجناء. ولكن الصين رفضت الفكرة.",
      "2018-05-02",
    ),
    ["REJECT CHN>JPN null"],
  );
  // A proposal told as the day's news: the refusal keeps the day (unchanged reading of dates).
  assert.deepEqual(
    datedLines("واقترح رئيس الوزراء الياباني تبادل السجناء. ولكن الصين رفضت الفكرة.", "2018-05-02"),
    ["REJECT CHN>JPN 2018-05-02"],
  );
});

test("the nisba of an outlet spoken to is no recipient", () => {
  // Before: REQUEST JOR>KWT, the Kuwaiti paper read as the one called on.
  assert.deepEqual(coded("ودعا رئيس الوزراء الأردني في حواره مع الصحيفة الكويتية إلى تعاون عربي أوسع."), []);
  // A state named after the outlet is still the addressee (unchanged).
  assert.deepEqual(
    coded("ودعا رئيس الوزراء الأردني في حواره مع الصحيفة الكويتية الكويت إلى تعاون عربي أوسع."),
    ["REQUEST JOR>KWT asserted"],
  );
  assert.deepEqual(coded("ودعا رئيس الوزراء الأردني الكويت إلى تعاون عربي أوسع."), [
    "REQUEST JOR>KWT asserted",
  ]);
});

test("a refusal by several states answers the event just told that involved all of them and one other", () => {
  // Before: only the REQUEST (the refusal dropped as a joint actor with no target).
  assert.deepEqual(coded("وطالبت اليابان بتأجيل التصويت، لكن هذا الطلب رفضته الصين وروسيا."), [
    "REQUEST JPN>CHN+RUS asserted",
    "REJECT CHN+RUS>JPN asserted",
  ]);
  // Before: only the ACCUSE.
  assert.deepEqual(
    coded("اتهمت الحكومة الأردنية، الخميس، سوريا والعراق برفض هبوط الطائرات الأردنية في مطاراتهما."),
    ["ACCUSE JOR>IRQ+SYR asserted", "REJECT IRQ+SYR>JOR asserted"],
  );
  // One refusing state: unchanged.
  assert.deepEqual(coded("وطالبت اليابان بتأجيل التصويت، لكن هذا الطلب رفضته الصين."), [
    "REQUEST JPN>CHN asserted",
    "REJECT CHN>JPN asserted",
  ]);
});
