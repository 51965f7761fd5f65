// Recall of the cooperative side, second part (issue 6, sixth pass; docs/EVENTS.md, "Sixth pass: the
// cooperative side on unseen text", "Second part"): a verbal noun carried by a verb of beginning,
// continuing or ending; an obligation in reported speech as a demand. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventReadings } from "../../test/helpers.ts";

const read = eventReadings;

const cases: Array<[string, string, string, string, string, boolean]> = [
  // text, type, actor, recipient, modality, negated
  ["وبدأت القوات الأمريكية انسحابها من سوريا.", "RETREAT", "USA", "SYR", "asserted", false],
  ["وأنهت القوات الروسية انسحابها من سوريا الشهر الماضي.", "RETREAT", "RUS", "SYR", "asserted", false],
  ["وواصلت الصين دعمها لباكستان في مجلس الأمن.", "SUPPORT", "CHN", "PAK", "asserted", false],
  ["ولم تواصل فرنسا دعمها لمالي.", "SUPPORT", "FRA", "MLI", "asserted", true],
  ["وستبدأ اليابان فرض عقوبات جديدة على كوريا الشمالية.", "SANCTION", "JPN", "PRK", "future", false],
  // An obligation a state's speaker lays on another state is a demand (`يتعين على`، `يجب على`).
  [
    "وقال عادل الجبير إنه يتعين على قطر وقف دعمها للجماعات المسلحة.",
    "REQUEST",
    "SAU",
    "QAT",
    "asserted",
    false,
  ],
  [
    'وقال الرئيس الأمريكي: "يجب على إيران أن تسحب قواتها من اليمن".',
    "REQUEST",
    "USA",
    "IRN",
    "asserted",
    false,
  ],
  // `لا يجب على` asks the other side not to act: a demand, not a negated one.
  ['وقال ترامب: "لا يجب على الرئيس السوري مهاجمة إدلب".', "REQUEST", "USA", "SYR", "asserted", false],
];

for (const [text, type, actor, recipient, modality, negated] of cases) {
  test(`cooperative recall, second part: ${text}`, () => {
    const got = read(text);
    assert.ok(
      got.some(
        (g) =>
          g.type === type &&
          g.actor === actor &&
          g.recipient === recipient &&
          g.modality === modality &&
          g.negated === negated,
      ),
      `want ${type} ${actor} → ${recipient} ${modality}${negated ? " negated" : ""} in ${JSON.stringify(got)}`,
    );
  });
}

const noEvents: Array<[string, string]> = [
  [
    "the withdrawal of troops only spoken of, with no aspectual verb",
    "وتحدث التقرير عن انسحاب القوات الأمريكية من سوريا.",
  ],
  ["a possessed `دعم` with no aspectual verb before it", "وأكد الوزير الصيني أن دعمها لباكستان معروف."],
  ["`بدا` (seemed) is not `بدأ` (began)", "وبدا أن دعمه للحكومة الباكستانية تراجع."],
  [
    "an obligation a treaty lays, with no speaker",
    "وبحسب الاتفاق، يتعين على إيران تقليص عدد أجهزة الطرد المركزي لديها.",
  ],
  ["an obligation on `us` (`يجب علينا`)", "وقال الوزير الإيراني إنه يجب علينا حماية حدودنا مع العراق."],
];

for (const [why, text] of noEvents) {
  test(`cooperative recall, second part: no event when ${why}`, () => {
    assert.deepEqual(read(text), []);
  });
}
