// Recall rules of issue 6 (docs/EVENTS.md, "Recall on a random corpus sample"): evaluations
// without an accusing verb, trade measures, praise and appreciation, an agreement concluded, an
// ambassador's posting as the recipient, withdrawing from a summit, a phone call by `اتصل ب`.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventParties } from "../../test/helpers.ts";

function eventsOf(text: string) {
  return eventParties(text).map(({ type, mode, parties }) => ({ type, mode, parties }));
}

const cases: Array<[string, string, string[]]> = [
  ["واعتبرت وزارة الخارجية الأردنية القرار الإسرائيلي خرقا للقانون الدولي.", "ACCUSE", ["ISR", "JOR"]],
  ["واعتبرت أنقرة المناورات اليونانية تصعيدا لا مبرر له.", "ACCUSE", ["GRC", "TUR"]],
  ["وضاعفت الهند الرسوم الجمركية على الواردات الصينية من الألواح الشمسية.", "SANCTION", ["CHN", "IND"]],
  ["ورفعت المكسيك الرسوم الجمركية على الواردات الأمريكية.", "SANCTION", ["MEX", "USA"]],
  ["وامتدح الرئيس الفرنسي الدور المغربي في مكافحة الإرهاب.", "SUPPORT", ["FRA", "MAR"]],
  ["وأعربت الحكومة الكينية عن تقديرها لإثيوبيا على استضافة المحادثات.", "SUPPORT", ["ETH", "KEN"]],
  ["وأكدت الجزائر تضامنها مع تونس في مواجهة الأزمة.", "SUPPORT", ["DZA", "TUN"]],
  ["وأبرمت فيتنام والفلبين اتفاقا للتعاون في مجال خفر السواحل.", "SUPPORT", ["PHL", "VNM"]],
  ["وسحبت هولندا سفيرها في طهران للتشاور.", "SANCTION", ["IRN", "NLD"]],
  ["وقررت الحكومة الإيطالية طرد القنصل الروسي في ميلانو.", "SANCTION", ["ITA", "RUS"]],
  ["وانسحب الوفد الإثيوبي من المحادثات مع مصر في القاهرة.", "REJECT", ["EGY", "ETH"]],
  ["واتصل الرئيس البرازيلي بنظيره الأرجنتيني.", "CONSULT", ["ARG", "BRA"]],
];

for (const [text, type, parties] of cases) {
  test(`recall: ${text}`, () => {
    const got = eventsOf(text);
    assert.ok(
      got.some((g) => g.type === type && g.parties.join() === parties.join()),
      `want ${type} ${parties} in ${JSON.stringify(got)}`,
    );
  });
}

const noEvents: Array<[string, string]> = [
  [
    "an evaluation word outside the list (a plain opinion)",
    "واعتبرت الحكومة الأردنية الزيارة التركية خطوة مهمة.",
  ],
  ["raising a flag is no trade measure", "ورفعت البعثة الكويتية العلم في مقر الأمم المتحدة."],
  // Thanks by a state's agent are SUPPORT since rec15 (docs/EVENTS.md, "Fourteenth pass: occasions, thanks and
  // drills"); a private person's thanks stay uncoded.
  ["thanks are a private person's", "وشكرت الكاتبة المصرية إيطاليا على الدعوة."],
  [
    "appreciation of support is the word `دعم`, too broad, not a trigger",
    "وأكد الوزير الفرنسي دعم بلاده لخطة الإصلاح.",
  ],
];

for (const [why, text] of noEvents) {
  test(`recall: no event when ${why}`, () => {
    assert.deepEqual(eventsOf(text), []);
  });
}

test("recall: lifting sanctions is no trade measure", () => {
  const got = eventsOf("وقررت الولايات المتحدة رفع العقوبات عن فنزويلا.");
  assert.ok(!got.some((g) => g.type === "SANCTION"), JSON.stringify(got));
});

test("recall: an expelled ambassador's own state is the recipient, his posting the actor's", () => {
  const got = eventsOf("وطردت ليتوانيا السفير البيلاروسي في فيلنيوس.");
  assert.ok(
    got.some((g) => g.type === "SANCTION" && g.parties.join() === "BLR,LTU"),
    JSON.stringify(got),
  );
});

test("recall: a complement does not run past a speech verb", () => {
  const got = eventsOf('وأضاف: "أعرب الرئيس ماكرون عن تقديره للمبادرة، وقال إنه سيجتمع مع بوتين في الخريف".');
  assert.ok(
    got.some((g) => g.type === "AGREE" && g.parties.join() === "FRA,RUS"),
    JSON.stringify(got),
  );
});
