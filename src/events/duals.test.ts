import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** Each event as its type and its sorted states. */
function events(text: string): string[] {
  return analyzeText(text, {}).events.map(
    (e) => `${e.type} ${[...new Set([...e.actor, ...e.recipient].map((p) => p.country))].sort().join("+")}`,
  );
}

test("a sentence that names two states before its dual means those two, not the last event's", () => {
  const got = events(
    "زار الرئيس الأمريكي الصين الأسبوع الماضي. وأشاد الرئيس المصري ونظيره السوداني بالعلاقات، واتفق الزعيمان على فتح الحدود.",
  );
  // The leaders' agreement is theirs: since list46 the و-verb shares the whole subject of the act before it.
  assert.deepEqual(got, ["CONSULT CHN+USA", "SUPPORT EGY+SDN", "AGREE EGY+SDN"]);
});

test("with no states of its own before it, a dual still stands for the last event's pair", () => {
  const got = events("التقى وزير الخارجية الأمريكي نظيره الصيني في بكين. واتفق البلدان على استئناف الحوار.");
  assert.deepEqual(got, ["CONSULT CHN+USA", "AGREE CHN+USA"]);
});

test("البلدان after a quantifier, or with a feminine adjective or relative, is the plural, no pair", () => {
  for (const tail of ["أكثر البلدان فقرا", "البلدان العربية", "البلدان التي تعارضها"]) {
    const got = events(
      `التقى وزير الخارجية الأمريكي نظيره الصيني في بكين. وقال الوزير إن الحرب التجارية تهدد ${tail}.`,
    );
    assert.deepEqual(got, ["CONSULT CHN+USA"], tail);
  }
});

test("حل الدولتين names an idea, not the two states last named", () => {
  const got = events(
    "التقى الرئيس الأمريكي رئيس الوزراء الإسرائيلي في واشنطن. وأعلن أن بلاده تؤيد حل الدولتين.",
  );
  assert.deepEqual(got, ["CONSULT ISR+USA"]);
});

test("past the two sentences, a dual takes the pair of the last event between two states, not states named in passing", () => {
  const got = events(
    "التقى ولي العهد السعودي رئيسة الوزراء البريطانية في لندن. وتناولت المحادثات الأزمة الإنسانية. وعرض الجانب السعودي خططه الاقتصادية. وأشار البيان إلى أمن اليمن وإلى الدعم الإيراني للميليشيات. واتفق البلدان على مواصلة التشاور.",
  );
  assert.deepEqual(got, ["CONSULT GBR+SAU", "AGREE GBR+SAU"]);
});

test("with no event between two states in the sentences before, a dual keeps the two states last named", () => {
  const got = events(
    "تشهد العلاقات بين مصر والسودان تحسنا. وقال خبراء إن المرحلة المقبلة مهمة. وأضافوا أن الاقتصاد يحتاج إلى إصلاح. واتفق البلدان على فتح المعابر.",
  );
  assert.deepEqual(got, ["AGREE EGY+SDN"]);
});

test("الكوريتان names both Koreas, whatever states were named before", () => {
  assert.deepEqual(events("اتفقت الكوريتان على عقد قمة جديدة في سبتمبر."), ["AGREE KOR+PRK"]);
  assert.deepEqual(
    events("التقى الرئيس الأمريكي نظيره الصيني في بكين. وعقد الزعيمان الكوريان قمة تاريخية في بانمونجوم."),
    ["CONSULT CHN+USA", "CONSULT KOR+PRK"],
  );
});

test("a directed act's dual that holds the actor's own state points at the other side only", () => {
  const a = analyzeText(
    'قال وزير الخارجية الكوري الجنوبي يوم الأربعاء إن إعلان رئيس الوزراء الياباني تعليق مشاركة بلاده في اتفاقية تبادل المعلومات العسكرية، آخر اتفاق أمني قائم بين البلدين، أمر "مؤسف".',
    {},
  );
  const suspended = a.events.find((e) => e.type === "SANCTION");
  assert.ok(suspended, "the suspension is an event");
  assert.deepEqual(
    suspended.actor.map((p) => p.country),
    ["JPN"],
  );
  assert.deepEqual(
    suspended.recipient.map((p) => p.country),
    ["KOR"],
  );
});

test("a mutual act's dual that holds the actor's state names the other state as recipient", () => {
  const events = analyzeText(
    "ووقع الرئيس السوداني مع نظيره التركي اتفاقا على تشكيل مجلس للتعاون الاستراتيجي بين البلدين.",
  ).events;
  assert.ok(events.length > 0);
  for (const e of events) {
    const actor = new Set(e.actor.map((p) => p.country));
    assert.ok(
      e.recipient.every((p) => !actor.has(p.country)),
      `${e.type}: the actor is its own recipient`,
    );
  }
});

test("a dual whose sentence names one state means the last pair with that state, not a newer pair without it", () => {
  const got = events(
    "والتقى الرئيس الإيراني نظيره العراقي في بغداد. وقال مسؤول إن روسيا وقفت إلى جانب سوريا في الحرب. وأكد الوزير الإيراني أن التعاون بين البلدين سيتعزز.",
  );
  assert.deepEqual(got, ["CONSULT IRN+IRQ", "SUPPORT RUS+SYR", "COOPERATE IRN+IRQ"]);
});

test("a list item's label (`- إيران:`) is the item's topic, not one of the dual's two states", () => {
  const got = events(
    "والتقى الرئيس الروسي نظيره التركي في أنقرة. وجاء في البيان المشترك:\n- إيران: وأكد الوزير التركي أن البلدين سيعقدان محادثات الشهر المقبل.",
  );
  assert.deepEqual(got, ["CONSULT RUS+TUR", "AGREE RUS+TUR"]);
});

/** The states of the first event of `type`, actor and recipient apart. */
function sides(text: string, type: string): string {
  const e = analyzeText(text, {}).events.find((x) => x.type === type);
  return e
    ? `${e.actor.map((p) => p.country).join("+")}>${e.recipient
        .map((p) => p.country)
        .sort()
        .join("+")}`
    : "none";
}

test("a speaker's call on both countries, in an article on his country and another, is a call on the other", () => {
  // The article is about China and the United States; Taiwan is named once, in passing.
  const text =
    "التقى وزير الدفاع الصيني نظيره الأمريكي في سنغافورة. واتفق الجانبان على استئناف الحوار العسكري. " +
    "وكانت بكين قد علقت الحوار بعد زيارة رئيسة مجلس النواب الأمريكي إلى تايوان. " +
    "وقال المتحدث باسم وزارة الدفاع الصينية إن بكين مستعدة للتعاون، داعيا البلدين إلى تجنب سوء التقدير.";
  assert.equal(sides(text, "REQUEST"), "CHN>USA");
});

test("a third state's call on both countries still addresses the pair the article is about", () => {
  const text =
    "شنت الهند ضربات صاروخية على مواقع في باكستان. وردت باكستان بقصف مدفعي على مواقع هندية. " +
    "وزار وزير الخارجية السعودي إسلام آباد. ودعت وزارة الخارجية السعودية البلدين إلى ضبط النفس.";
  assert.equal(sides(text, "REQUEST"), "SAU>IND+PAK");
});

test("a dual with a region's nisba after it names two states of that region, not the last event's pair", () => {
  const got = events(
    "استقبل الرئيس الأمريكي في البيت الأبيض موفدا عن قطر والكويت. وقالت مصادر إن الرئيس بحث مع وزيري البلدين الخليجيين ملف الطاقة.",
  );
  assert.ok(got.includes("CONSULT KWT+QAT+USA"), got.join(" | "));
  assert.ok(!got.some((e) => /CONSULT (KWT|QAT)\+USA$/u.test(e)), got.join(" | "));
});

test("a region's dual with fewer than two of its states named stands for no pair", () => {
  const got = events(
    "التقى الرئيس الأمريكي نظيره الفرنسي في باريس. واتفق الرئيس مع وزيري البلدين الخليجيين على تنسيق الجهود.",
  );
  assert.ok(!got.some((e) => e.startsWith("AGREE")), got.join(" | "));
});

test("a dual after two companies told with بين … و stands for them, not two states", () => {
  const got = events(
    'وقعت الإمارات والولايات المتحدة اتفاقا للتعاون في الطاقة. وقال مدير الشركة إن الشراكة بين "سامكو للحفر" و"نفط الشرق" تعزز التعاون القائم بين الجانبين.',
  );
  // Only the signing of the first sentence: the partnership's sentence holds no act between states.
  assert.equal(got.length, 1, got.join(" | "));
});

test("a dual after two states told with بين … و still stands for those states", () => {
  const got = events(
    "أعلنت الخارجية المصرية أن المحادثات بين القاهرة والخرطوم تعزز التعاون القائم بين الجانبين.",
  );
  assert.ok(
    got.some((e) => e.endsWith("EGY+SDN")),
    got.join(" | "),
  );
});

test("a second dual in a sentence stands for the pair its first one does", () => {
  const text =
    "التقى الرئيس الأمريكي الزعيم الكوري الشمالي في سنغافورة. " +
    "وتواصلت المحادثات بين البلدين منذ القمة، لكن رحلة الوزير الأمريكي إلى اليابان ألغيت وسط تبادل الجانبين اتهامات بعرقلة المحادثات.";
  const got = events(text);
  assert.ok(got.includes("ACCUSE PRK+USA"), got.join(" | "));
  assert.ok(!got.some((e) => e.endsWith("JPN+USA")), got.join(" | "));
});

test("a pair told with بين between two duals is the pair the second one means", () => {
  const text =
    "التقى وزير الخارجية الإيراني نظيره الأمريكي في جنيف. " +
    "ويرى محللون أن العلاقات بين البلدين قد تتحسن كما يحدث بين الصين واليابان، حيث يجتمع زعيما البلدين الشهر المقبل.";
  const got = events(text);
  assert.deepEqual(got, ["CONSULT IRN+USA", "CONSULT CHN+JPN"]);
});
