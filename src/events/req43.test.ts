// The forty-third round's readings of demands and threats (docs/EVENTS.md, "Forty-third pass", branch
// req43). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a participle's object pronoun (داعيا إياها) is the one asked, not a state in what is asked", () => {
  // Before: the state after على in the act asked for (Damascus) was read as the one asked.
  assert.deepEqual(coded("انتقد وزير الخارجية البلجيكي موسكو، داعيا إياها إلى الضغط على دمشق لوقف القصف."), [
    "ACCUSE BEL>RUS asserted",
    "REQUEST BEL>RUS asserted",
  ]);
  // With no pronoun the state right after the participle stays the one asked.
  assert.deepEqual(coded("انتقد وزير الخارجية البلجيكي موسكو، داعيا دمشق إلى وقف القصف."), [
    "ACCUSE BEL>RUS asserted",
    "REQUEST BEL>SYR asserted",
  ]);
});

test("a feminine participle after a masculine opening subject takes the feminine verb's subject", () => {
  // Before: the man the sentence opens with (the Dutch minister) was taken for the accuser.
  assert.deepEqual(
    coded(
      "وتأتي جولة الوزير الهولندي في المنطقة بعد أن نشرت اليابان تقريرا مفصلا، متهمة الصين بخرق الاتفاق.",
    ),
    ["ACCUSE JPN>CHN asserted"],
  );
  // A masculine participle keeps the opening subject.
  assert.deepEqual(
    coded(
      "وتأتي جولة الوزير الهولندي في المنطقة بعد أن نشرت اليابان تقريرا مفصلا، متهما الصين بخرق الاتفاق.",
    ),
    ["ACCUSE NLD>CHN asserted"],
  );
});

test("a threat after a sentence-opening كما continues the subject of the sentence before", () => {
  const before = "وانتقد الرئيس الأمريكي سياسات بكين التجارية.";
  // Before: the verb had no subject and gave no event.
  assert.deepEqual(coded(`${before} كما هدد أيضا بفرض رسوم إضافية على البضائع الصينية.`), [
    "ACCUSE USA>CHN asserted",
    "THREATEN USA>CHN asserted",
  ]);
  // A noun after the verb is its own subject: a group of states the sentence before does not name.
  assert.deepEqual(coded(`${before} كما دعت بعض الدول الآسيوية إلى الحوار مع الصين.`), [
    "ACCUSE USA>CHN asserted",
  ]);
});
