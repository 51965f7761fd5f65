// SUPPORT and COOPERATE told in wordings the lexicon lacked, thirtieth pass (issue 6; docs/EVENTS.md,
// "Thirtieth pass: support and cooperation in wordings Rasd did not read"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventReadings } from "../../test/helpers.ts";

const read = eventReadings;

const has = (text: string, type: string, actor: string, recipient: string) => {
  const got = read(text);
  assert.ok(
    got.some(
      (e) =>
        e.type === type && e.actor.split(",").includes(actor) && e.recipient.split(",").includes(recipient),
    ),
    `${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
  );
};

test("thirtieth pass: a speaker's word that another state has the right to act is support of that state", () => {
  has(
    "وقالت الولايات المتحدة إن طهران مسؤولة عما جرى وأن لإسرائيل الحق في حماية حدودها.",
    "SUPPORT",
    "USA",
    "ISR",
  );
  has("وقال المتحدث باسم الخارجية الإيرانية إن سوريا لديها كل الحق في صد أي عدوان.", "SUPPORT", "IRN", "SYR");
  has("وقال وزير الخارجية الروسي إن لإيران الحق في تطوير برنامج نووي سلمي.", "SUPPORT", "RUS", "IRN");
  // The speaker before its verb; the state right after the complementizer is the reported clause's subject.
  has(
    "لكن الولايات المتحدة قالت إن طهران هي المسؤولة وأن لإسرائيل الحق في حماية حدودها.",
    "SUPPORT",
    "USA",
    "ISR",
  );
});

test("thirtieth pass: a state's claim of its own right, or a word that only opens like حق, is no support", () => {
  assert.deepEqual(read("وقال رئيس الوزراء الإسرائيلي إن لإسرائيل الحق في الدفاع عن نفسها."), []);
  assert.deepEqual(read("وقالت تركيا إن لها الحق في الدفاع عن نفسها."), []);
  assert.deepEqual(read("وقال المسؤول الألماني إن روسيا حققت تقدما كبيرا في المحادثات."), []);
  assert.deepEqual(read("وقالت روسيا إن سوريا تواصل الدفاع عن أراضيها."), []);
  // حق النقض is the veto, no right granted.
  assert.ok(
    !read("وقالت المندوبة الأمريكية إن روسيا استخدمت حق النقض مرات عدة.").some((e) => e.type === "SUPPORT"),
  );
});

test("thirtieth pass: thanks told as a stance (أعرب عن شكره ل) are support of the state thanked", () => {
  has("وأشاد الرئيس الأمريكي بالضربات، وأعرب عن شكره للمملكة المتحدة وفرنسا.", "SUPPORT", "USA", "GBR");
  has("وأعربت الولايات المتحدة عن بالغ شكرها لقطر.", "SUPPORT", "USA", "QAT");
  has("وعبر العاهل السعودي عن شكره للرئيس التركي على ترحيبه بتشكيل فريق عمل مشترك.", "SUPPORT", "SAU", "TUR");
});

test("thirtieth pass: thanks to people of no state, or a name that opens like شكر, are no support", () => {
  assert.deepEqual(read("وعبر مستخدمون في مصر عن شكرهم للفنانة الراحلة."), []);
  assert.deepEqual(read("وأكد وزير الخارجية المصري سامح شكري أن الحل سياسي."), []);
});

test("thirtieth pass: solidarity told as a verbal noun with its article (التضامن مع) is support", () => {
  has("وأعلن الرئيس الأوكراني التضامن مع الشركاء البريطانيين.", "SUPPORT", "UKR", "GBR");
  has("وأكد وزراء خارجية مصر والأردن تضامنهم مع السعودية.", "SUPPORT", "EGY", "SAU");
});

test("thirtieth pass: solidarity of people at home, or of states no one names, is no support", () => {
  assert.deepEqual(read("وعبر معارضون في مصر عن تضامنهم مع الناشط المعتقل."), []);
  assert.ok(!read("وطردت 29 دولة 145 دبلوماسيا روسيا تضامنا مع بريطانيا.").some((e) => e.type === "SUPPORT"));
});
