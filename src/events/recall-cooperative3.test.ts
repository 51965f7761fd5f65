// Recall of the cooperative side, seventh pass (issue 6; docs/EVENTS.md, "Seventh pass: agreements,
// requests, support"): the direct object after a post-verbal subject's appositive, a title in construct
// with its state, the seat of a post after `لدى`. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventReadings } from "../../test/helpers.ts";

const read = eventReadings;

const cases: Array<[string, string, string, string]> = [
  // text, type, actor, recipient
  // The appositive between commas names the subject's own state; the object stands after it.
  ["ودعا هايكو ماس، وزير خارجية ألمانيا، روسيا إلى الحوار.", "REQUEST", "DEU", "RUS"],
  ["وانتقد سيرغي لافروف، وزير الخارجية الروسي، بريطانيا بشدة.", "ACCUSE", "RUS", "GBR"],
  ["وحث مايك بومبيو، وزير الخارجية الأمريكي، كوريا الشمالية على نزع سلاحها النووي.", "REQUEST", "USA", "PRK"],
  // A title in construct with its state (`وزير خارجية فرنسا`) is that state's office.
  ["وطالب وزير خارجية فرنسا إيران بوقف التجارب الصاروخية.", "REQUEST", "FRA", "IRN"],
  // The seat of a post after `لدى` is no object; the object stands after it.
  ["ورفض مندوب روسيا لدى الأمم المتحدة قرار واشنطن.", "REJECT", "RUS", "USA"],
  // Accepting another state's request, offer or invitation (`وافق على طلب`) is agreeing with that state.
  ["ووافقت ألمانيا على طلب العراق تدريب قواته.", "AGREE", "DEU", "IRQ"],
  ["ووافق الرئيس الأمريكي على دعوة الزعيم الكوري الشمالي إلى لقاء.", "AGREE", "USA", "PRK"],
];

for (const [text, type, actor, recipient] of cases) {
  test(`seventh pass: ${text}`, () => {
    const got = read(text);
    assert.ok(
      got.some((e) => e.type === type && e.actor === actor && e.recipient === recipient),
      `${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

test("seventh pass: an embassy's seat after لدى is no recipient of its refusal to comment", () => {
  assert.deepEqual(read("ورفض السفير الإيراني لدى هولندا التعليق."), []);
});

test("seventh pass: a same-state nisba after a preposition is no appositive (the object is not a state)", () => {
  // بإخفاء مواطن مصري أمريكي: no comma sets it off, so the American citizen is no recipient.
  const got = read("واتهمت منظمة حقوقية السلطات المصرية بإخفاء مواطن مصري أمريكي.");
  assert.ok(!got.some((e) => e.recipient === "USA"), JSON.stringify(got));
});

test("seventh pass: agreeing to do something with no other state's request is no event", () => {
  assert.deepEqual(read("ووافقت فرنسا على استقبال مئة لاجئ."), []);
  assert.deepEqual(read("ووافق البرلمان الألماني على اقتراح الحكومة."), []);
});

test("seventh pass: a future act dated by a month with no year is in the next such month", () => {
  const dated = (text: string) =>
    analyzeText(text, { published: "2018-04-20" }).events.map((e) => `${e.type} ${e.modality} ${e.date}`);
  assert.deepEqual(dated("وستزور الصين فرنسا في يونيو."), ["AGREE future 2018-06"]);
  // A past act, or a month with its anchor word, keeps the last such month.
  assert.deepEqual(dated("وزارت الصين فرنسا في يونيو الماضي."), ["CONSULT asserted 2017-06"]);
  assert.deepEqual(dated("وزارت الصين فرنسا في مارس."), ["CONSULT asserted 2018-03"]);
  assert.deepEqual(dated("وستزور الصين فرنسا في يونيو 2019."), ["AGREE future 2019-06"]);
});

test("seventh pass: a dual verb with no subject stands for the two states of the event just told", () => {
  const got = read("وأجرى الرئيس الروسي اتصالا هاتفيا مع نظيره الفرنسي. واتفقا على تنسيق الجهود في سوريا.");
  assert.ok(
    got.some((e) => e.type === "AGREE" && e.actor === "FRA,RUS" && e.recipient === ""),
    JSON.stringify(got),
  );
  // No event before it: no pair to stand for.
  assert.deepEqual(read("واتفقا على مواصلة العمل عن كثب."), []);
  // A pronoun's alif is no dual (`زارها`), nor is `هنا`.
  const visit = read("وزار الرئيس الفرنسي الهند الشهر الماضي. وقال إنه سعيد بوجوده هنا بعد أن زارها مرتين.");
  assert.ok(!visit.some((e) => e.type === "SUPPORT"), JSON.stringify(visit));
});
