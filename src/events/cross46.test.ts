// The forty-sixth round's readings of a stance told as a noun by a speaker named before (docs/EVENTS.md,
// "Forty-sixth pass", branch cross46). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a refusal noun after a subjectless وأكد is the speaker's, against the state of its object", () => {
  const before = "قال وزير الخارجية الألماني هايكو ماس إن برلين تتابع التطورات بقلق.";
  // Before: the nisba of the sanctions was read as the one who refused.
  assert.deepEqual(coded(`${before} وأكد رفض العقوبات الأمريكية على طهران.`), ["REJECT DEU>USA asserted"]);
  // A state right after the noun is its own agent, as before.
  assert.deepEqual(coded(`${before} وأكد رفض إيران للعقوبات الأمريكية.`), ["REJECT IRN>USA asserted"]);
});

test("a condemnation noun after a subjectless وجدد is the speaker's", () => {
  const before = "وقال المتحدث باسم الخارجية المصرية أحمد حافظ إن القاهرة تتابع الموقف.";
  assert.deepEqual(coded(`${before} وجدد إدانة الغارات الإسرائيلية على قطاع غزة.`), [
    "ACCUSE EGY>ISR asserted",
  ]);
  // Another state's condemnation told by the speaker stays that state's.
  assert.deepEqual(coded(`${before} وجدد إدانة الأردن للغارات الإسرائيلية على قطاع غزة.`), [
    "ACCUSE JOR>ISR asserted",
  ]);
});

test("a refusal whose only state after it names a place or topic gives no event", () => {
  const before = "وزار رئيس الوزراء الهندي ناريندرا مودي العاصمة الروسية.";
  // The interferer is not named: Afghanistan is what is interfered in, not the one refused.
  assert.deepEqual(coded(`${before} وشدد على رفض أي تدخل خارجي في شؤون أفغانستان.`), []);
  // Before: the interferer's nisba was read as the one refusing (REJECT PAK>AFG).
  assert.deepEqual(coded(`${before} وشدد على رفض أي تدخل باكستاني في شؤون أفغانستان.`), [
    "REJECT IND>PAK asserted",
  ]);
});

test("a stance joined by كما after a comma shares the subject the sentence opens with", () => {
  // Before: the verb of thanks found no subject in its own clause.
  assert.deepEqual(
    coded(
      "واستقبل الرئيس التونسي الباجي قائد السبسي وفدا اقتصاديا في قرطاج، كما أعرب عن تقديره للموقف الياباني.",
    ),
    ["SUPPORT TUN>JPN asserted"],
  );
  // A sentence opened by a phrase tells no subject right after its verb: no event, as before.
  assert.deepEqual(
    coded(
      "وفي ختام الزيارة، استقبل الرئيس التونسي الباجي قائد السبسي وفدا اقتصاديا، كما أعرب عن تقديره للموقف الياباني.",
    ),
    [],
  );
});

test("a possessed stance noun (وقوفها مع) is its speaker's, and the state after مع is backed", () => {
  // Before: no event here; with a state's nisba after it, the state after مع was read as the one standing.
  assert.deepEqual(
    coded(
      "نددت وزارة الخارجية الكويتية بالهجوم على ناقلة نفط، وأعلنت عن وقوفها مع السعودية في مواجهة الاعتداءات الحوثية.",
    ),
    ["SUPPORT KWT>SAU asserted"],
  );
});

test("a visit noun with the speaker's pronoun opening the clause of وأضاف أن is the speaker's visit", () => {
  const before = "قال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تتابع الوضع.";
  // Before: the visit found no actor (a noun was never the carried speaker's act).
  assert.deepEqual(coded(`${before} وأضاف أن زيارته إلى الجزائر تهدف إلى تعزيز العلاقات.`), [
    "CONSULT FRA>DZA asserted",
  ]);
  // A feminine speech verb does not own a masculine pronoun: someone else's visit, no event as before.
  assert.deepEqual(coded(`${before} وأضافت أن زيارته إلى الجزائر تهدف إلى تعزيز العلاقات.`), []);
  // A meeting noun is left out: it is most often a past occasion the speech looks back on.
  assert.deepEqual(coded(`${before} وأضاف أن لقاءه مع نظيره الجزائري كان مثمرا.`), []);
});

test("a stance phrase with بلاده after a subjectless وأكد is the carried speaker's, for the state after مع", () => {
  const before = "قال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تتابع الوضع.";
  // Before: the state after مع was read as the one standing (no event); تضامن بلاده مع was no trigger.
  assert.deepEqual(coded(`${before} وأكد وقوف بلاده مع الكويت.`), ["SUPPORT FRA>KWT asserted"]);
  assert.deepEqual(coded(`${before} وأعلن تضامن بلاده مع بريطانيا.`), ["SUPPORT FRA>GBR asserted"]);
  // With its own subject the phrase keeps it, as before.
  assert.deepEqual(coded("أكد وزير الخارجية الإيطالي وقوف بلاده مع الكويت."), ["SUPPORT ITA>KWT asserted"]);
});

test("a condemnation noun after a verb of stating and its named subject is that subject's", () => {
  // Before: the nisba of the raids was read as the one condemning, and no event was made.
  assert.deepEqual(coded("جدد الرئيس المصري عبد الفتاح السيسي إدانة الهجمات الإسرائيلية على غزة."), [
    "ACCUSE EGY>ISR asserted",
  ]);
  // Another state's condemnation told by the subject stays that state's.
  assert.deepEqual(coded("جدد الرئيس المصري عبد الفتاح السيسي إدانة الأردن للهجمات الإسرائيلية على غزة."), [
    "ACCUSE JOR>ISR asserted",
  ]);
});
