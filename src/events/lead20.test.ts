// The lead's batch of the nineteenth pass (docs/EVENTS.md, "Lead's batch of the nineteenth pass"): an
// annexation told by its verbal noun (ضم روسيا لشبه جزيرة القرم، ضمها للجولان) is COERCE by the state in
// its genitive or pronoun; a background act of another year is not the pair a later `البلدين` means; a
// prison sentence on a foreign national (بسجن القس الأمريكي) is COERCE. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an annexation noun with its annexing state in the genitive or a pronoun is COERCE", () => {
  assert.deepEqual(
    coded("وتوترت علاقات الكرملين بالعواصم الأوروبية منذ ضم روسيا لشبه جزيرة القرم الأوكرانية عام 2014."),
    ["COERCE RUS>UKR asserted"],
  );
  assert.deepEqual(coded("وأبعدت روسيا عن المجموعة عام 2014 بسبب ضمها شبه جزيرة القرم."), [
    "COERCE RUS>UKR asserted",
  ]);
  // Guard: an annexation whose annexing state is not named codes nothing by itself.
  assert.deepEqual(coded("وتحدث الوزير الأمريكي عن الأزمة التي أعقبت ضم شبه جزيرة القرم."), []);
  // Guard: ضم as "to include" is no annexation.
  assert.deepEqual(coded("ونص المقترح على ضم خبراء من روسيا إلى فريق التحقيق الأوكراني."), []);
});

test("a dual after an act of another year told as background names the news's pair", () => {
  // Told on 16 July 2018: the dual `البلدين` after the 2014 annexation means the summit's two states.
  const text =
    "خبر\nوتراجعت الثقة بين موسكو والعواصم الغربية منذ ضم روسيا القرم عام 2014. وقبيل القمة " +
    "المرتقبة، عبّر ترامب عن أمله في علاقة جيدة، وأنحى باللائمة في تدهور العلاقات بين البلدين على الإدارات السابقة.";
  const blame = analyzeText(text, { published: "2018-07-16" }).events.filter((e) => e.type === "ACCUSE");
  assert.deepEqual(
    blame.map((e) => [e.actor.map((p) => p.country), e.recipient.map((p) => p.country)]),
    [[["USA"], ["RUS"]]],
  );
});

test("a prison sentence on a foreign national is COERCE by the sentencing state", () => {
  assert.deepEqual(coded("وقضت محكمة تركية بسجن القس الأمريكي ثلاث سنوات."), ["COERCE TUR>USA asserted"]);
  assert.deepEqual(coded("وحكمت محكمة إيرانية بالسجن عشر سنوات على مواطن بريطاني."), [
    "COERCE IRN>GBR asserted",
  ]);
  // Guard: a prison as a place is no act.
  assert.deepEqual(coded("ونقلت السلطات الإيرانية الصحفي البريطاني إلى سجن إيفين."), []);
});
