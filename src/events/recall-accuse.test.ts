// Accusations of the sixth pass (issue 6, docs/EVENTS.md "Sixth pass: accusations"): blame laid with
// `ألقى/أنحى باللائمة على`, and charges told in a reported clause with no accusing verb (`قال … إن X
// مسؤول عن`، `يتحمل المسؤولية`، `تقف وراء`، `تتدخل في الشؤون`). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventSides } from "../../test/helpers.ts";

const cases: Array<[string, string, string]> = [
  ["وألقت الحكومة الباكستانية باللائمة على الهند في الهجوم الأخير.", "PAK", "IND"],
  ["وأنحت كندا باللائمة على السعودية في تدهور العلاقات.", "CAN", "SAU"],
  ["وألقى الرئيس الفنزويلي باللوم على الولايات المتحدة في الأزمة.", "VEN", "USA"],
  ["وقالت الحكومة الأسترالية إن أزمة الصادرات تفاقمت، منحية باللائمة على الصين.", "AUS", "CHN"],
  ["وقالت رئيسة الوزراء البريطانية إن روسيا مسؤولة عن الهجوم على الجاسوس السابق.", "GBR", "RUS"],
  ["وقال الرئيس الأمريكي إن بوتين يتحمل المسؤولية عن قصف المدينة.", "USA", "RUS"],
  ["وقال وزير الخارجية الأوكراني إن موسكو تقف وراء الهجوم الإلكتروني.", "UKR", "RUS"],
  ["وقال المتحدث باسم الخارجية الصينية إن واشنطن تتدخل في الشؤون الداخلية للصين.", "CHN", "USA"],
  // The Egyptian spelling مسئول (with ئ) of مسؤول.
  ["وقالت الخارجية البريطانية إن روسيا مسئولة عن الهجوم.", "GBR", "RUS"],
  ["وحمل الرئيس الأفغاني باكستان المسئولية عن الهجمات.", "AFG", "PAK"],
  // An act judged unlawful or unacceptable, or a state said to violate a treaty or a law.
  ["واعتبرت الخارجية الروسية أن العقوبات الأمريكية غير قانونية.", "RUS", "USA"],
  ["وقال الكرملين إن العقوبات الأمريكية عمل غير ودي.", "RUS", "USA"],
  ["وقالت وزارة الخارجية الصينية إن الولايات المتحدة تنتهك القانون الدولي.", "CHN", "USA"],
  ["واعتبرت الخارجية المصرية أن التصريحات التركية تمثل تدخلا غير مقبول.", "EGY", "TUR"],
  // The seat of the actor's post is not the accused.
  ["واتهم السفير الإسرائيلي في الأمم المتحدة إيران بنشر الفوضى في المنطقة.", "ISR", "IRN"],
  ["وأبدى الرئيس الروسي فلاديمير بوتين امتعاضه من العقوبات الأمريكية.", "RUS", "USA"],
  // إياها after a participle is its object, told before.
  ["وشنت إيران هجوما لاذعا على السعودية متهمة إياها بدعم الإرهاب.", "IRN", "SAU"],
  // A sharp or verbal attack (هجوما لاذعا/حادا/كلاميا) is words, not a strike.
  ["وشن أردوغان هجوما لاذعا على الرئيس الفرنسي إيمانويل ماكرون بسبب عرضه الوساطة.", "TUR", "FRA"],
  // هاجم of a leader, a counterpart or statements is a verbal attack, not a strike.
  ["وهاجم الرئيس البرازيلي ميشيل تامر نظيره الفنزويلي نيكولاس مادورو في كلمته أمام القمة.", "BRA", "VEN"],
  ["وهاجمت اليابان تصريحات المسؤولين الكوريين الجنوبيين بشأن الجزر المتنازع عليها.", "JPN", "KOR"],
  ["واعتبرت الحكومة التركية أن الولايات المتحدة مسؤولة عن تدهور الليرة.", "TUR", "USA"],
];

for (const [text, actor, recipient] of cases) {
  test(`accusation: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === "ACCUSE" && g.actor === actor && g.recipient === recipient),
      `want ACCUSE ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

const none: Array<[string, string]> = [
  ["blame laid on no state", "وألقت الشركة باللائمة على سوء الأحوال الجوية في تأخر الرحلات."],
  ["a state that blames itself", "وقال الرئيس الفرنسي إن فرنسا مسؤولة عن حماية مواطنيها."],
  ["an official in charge, not a charge", "والتقى الوزير الألماني المسؤول عن ملف الهجرة بنظيره الإيطالي."],
  ["a situation judged, no state's act", "وقال الرئيس الفرنسي إن الوضع الإنساني في اليمن غير مقبول."],
  ["the burden of a duty, not blame", "وقالت المستشارة الألمانية إن روسيا تتحمل مسؤولية خاصة في حل الأزمة."],
];

for (const [what, text] of none) {
  test(`no accusation: ${what}`, () => {
    const got = eventSides(text).filter((e) => e.type === "ACCUSE");
    assert.deepEqual(got, [], JSON.stringify(got));
  });
}

test("هاجم of forces striking a base stays an assault", () => {
  const got = eventSides("وهاجمت القوات الروسية قاعدة أوكرانية في شرق البلاد.");
  assert.ok(
    got.some((e) => e.type === "ASSAULT" && e.actor === "RUS" && e.recipient === "UKR"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((e) => e.type === "ACCUSE"), JSON.stringify(got));
});

test("the speaker's own state, read as the old actor, is not also a recipient", () => {
  const text =
    "وعن العقوبات الأمريكية الجديدة على روسيا، ذكرت المتحدثة باسم الخارجية الأمريكية أن بلادها ستفرض العقوبات على روسيا، متهمة إياها بخرق الأعراف الدولية.";
  const accuse = eventSides(text).filter((e) => e.type === "ACCUSE");
  assert.deepEqual(accuse, [{ type: "ACCUSE", actor: "USA", recipient: "RUS" }]);
});

test("an accusation said on a weekday is dated by the speech clause, not the publication date", () => {
  const text = "وقال الرئيس الأمريكي يوم الأحد إن بوتين يتحمل المسؤولية عن قصف المدينة.";
  const e = analyzeText(text, { published: "2018-04-13" }).events.find((x) => x.type === "ACCUSE");
  assert.equal(e?.date, "2018-04-08");
});
