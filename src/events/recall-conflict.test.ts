// Recall rules of issue 6 for the conflict side (docs/EVENTS.md, "Fifth pass: recall, the conflict
// side"): denials, voiced concern, urging, persona non grata, trade bans, seized ships, cyber attacks,
// embassy protests, threats without a threatening verb's usual form, the alert raised. Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventParties } from "../../test/helpers.ts";

function eventsOf(text: string) {
  return eventParties(text).map(({ type, mode, parties }) => ({ type, mode, parties }));
}

const cases: Array<[string, string, string[]]> = [
  ["ونفت الحكومة الفنزويلية الاتهامات الكولومبية بدعم المتمردين.", "REJECT", ["COL", "VEN"]],
  ["وعبرت وزارة الخارجية اليابانية عن قلقها من التدريبات الصينية قرب الجزر.", "ACCUSE", ["CHN", "JPN"]],
  ["وحضت ألمانيا صربيا على تطبيع علاقاتها مع جيرانها.", "REQUEST", ["DEU", "SRB"]],
  ["واعتبرت الحكومة البيروفية السفير المكسيكي شخصا غير مرغوب فيه.", "SANCTION", ["MEX", "PER"]],
  ["وحظرت الصين استيراد المأكولات البحرية اليابانية.", "SANCTION", ["CHN", "JPN"]],
  ["واحتجزت السلطات الإندونيسية سفينة صيد فيتنامية قرب جزر ناتونا.", "COERCE", ["IDN", "VNM"]],
  ["واتهمت كندا الصين بشن هجمات إلكترونية على شبكاتها الحكومية.", "ACCUSE", ["CAN", "CHN"]],
  ["وتظاهر مئات الطلاب الأرمينيين أمام السفارة الأذربيجانية في موسكو.", "PROTEST", ["ARM", "AZE"]],
  [
    "وقالت الحكومة البرازيلية إنها لن تقف مكتوفة الأيدي أمام التهديدات الفنزويلية.",
    "THREATEN",
    ["BRA", "VEN"],
  ],
  ["وتعهدت كوريا الشمالية بالرد على المناورات الأمريكية.", "THREATEN", ["PRK", "USA"]],
  ["وأعادت الولايات المتحدة فرض العقوبات على كوبا.", "SANCTION", ["CUB", "USA"]],
  ["واستدعت الخارجية البنغلاديشية المفوض السامي الهندي لدى دكا.", "ACCUSE", ["BGD", "IND"]],
  ["وقالت الحكومة الكوبية إنها لن تخضع لضغوط الولايات المتحدة.", "REJECT", ["CUB", "USA"]],
];

for (const [text, type, parties] of cases) {
  test(`conflict recall: ${text}`, () => {
    const got = eventsOf(text);
    assert.ok(
      got.some((g) => g.type === type && g.parties.join() === parties.join()),
      `want ${type} ${parties} in ${JSON.stringify(got)}`,
    );
  });
}

test("conflict recall: a cyber attack is COERCE, not ASSAULT", () => {
  const got = eventsOf("وشنت روسيا هجوما إلكترونيا على وزارة الدفاع الأوكرانية.");
  assert.ok(
    got.some((g) => g.type === "COERCE" && g.parties.join() === "RUS,UKR"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "ASSAULT"), JSON.stringify(got));
});

const noEvents: Array<[string, string]> = [
  ["`عبر` is the preposition 'via'", "وأعلنت الحكومة الهندية عبر حسابها الرسمي غضب الشارع من الأسعار."],
  ["a pledge to repay is no threat", "وتعهدت الشركة اليابانية برد أموال العملاء."],
  [
    "a demonstration with no embassy is no interstate protest",
    "وتظاهر آلاف الفرنسيين في باريس ضد قانون التقاعد.",
  ],
  ["seizing drugs is no coercion of a state", "واحتجزت الشرطة الإسبانية شحنة مخدرات في ميناء فالنسيا."],
  [
    "'is not subject to' is no refusal",
    "وقالت الحكومة المصرية إن هذه السلع لا تخضع للرسوم الجمركية الأوروبية.",
  ],
];

for (const [why, text] of noEvents) {
  test(`conflict recall: no event when ${why}`, () => {
    assert.deepEqual(eventsOf(text), []);
  });
}

test("conflict recall: a ceasefire asked for is the request's complement, not a sanction", () => {
  const got = eventsOf("ودعت الصين الهند وباكستان إلى وقف إطلاق النار والعودة إلى الحوار.");
  assert.ok(
    got.some((g) => g.type === "REQUEST"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "SANCTION"), JSON.stringify(got));
});
