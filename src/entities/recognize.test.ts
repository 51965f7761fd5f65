import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

function mentions(text: string): Array<[string, string, string | null]> {
  const a = analyzeText(text);
  const out: Array<[string, string, string | null, number]> = [];
  for (const e of a.entities) for (const m of e.mentions) out.push([e.type, m.text, e.country, m.start]);
  return out.sort((x, y) => x[3] - y[3]).map(([t, m, c]) => [t, m, c]);
}

const cases: Array<[string, Array<[string, string, string | null]>]> = [
  // A channel no lexicon row knows, read from its head and qualifiers; a description is not one.
  [
    "وعقدت اللجنة العسكرية المشتركة لإجراءات بناء الثقة اجتماعها بعد تعليق المحادثات العسكرية.",
    [["MECHANISM", "اللجنة العسكرية المشتركة لإجراءات بناء الثقة", null]],
  ],
  ["وأعلن البلدان استئناف الحوار الاستراتيجي.", [["MECHANISM", "الحوار الاستراتيجي", null]]],
  // إلهام is a name, not the article; a word after a title is not a name.
  ["قال الرئيس الأذربيجاني إلهام علييف إن الرئيس الفرنسي حينها لم يرد.", [["PERSON", "إلهام علييف", "AZE"]]],
  // Names of family-first states run to three syllables, even when one is also an Arabic word (تشن).
  ["تحدث الجنرال الصيني ليو تشن لي مع نظيره.", [["PERSON", "ليو تشن لي", "CHN"]]],
  [
    "التقى الرئيس الأمريكي جو بايدن نظيره الصيني شي جين بينغ في سان فرانسيسكو.",
    [
      ["PERSON", "جو بايدن", "USA"],
      ["PERSON", "شي جين بينغ", "CHN"],
      ["LOC", "سان فرانسيسكو", "USA"],
    ],
  ],
  [
    "وقالت وزارة الدفاع الصينية إن بكين وواشنطن تتواصلان.",
    [
      ["ORG", "وزارة الدفاع الصينية", "CHN"],
      ["GPE", "بكين", "CHN"],
      ["GPE", "واشنطن", "USA"],
    ],
  ],
  [
    "وقال المتحدث باسم وزارة الدفاع الصينية، العقيد تشانغ شياو قانغ، إن الجيش مستعد. وأضاف تشانغ أن الحوار مهم.",
    [
      ["ORG", "وزارة الدفاع الصينية", "CHN"],
      ["PERSON", "تشانغ شياو قانغ", "CHN"],
      ["PERSON", "تشانغ", "CHN"],
    ],
  ],
  [
    "ذكرت وكالة رويترز أن البنتاجون أرسل وفدا إلى تايبيه.",
    [
      ["MEDIA", "رويترز", "GBR"],
      ["ORG", "البنتاجون", "USA"],
      ["GPE", "تايبيه", "TWN"],
    ],
  ],
  [
    "أعلن حلف شمال الأطلسي أن الاتحاد الأوروبي سيشارك.",
    [
      ["ORG", "حلف شمال الأطلسي", "IGO"],
      ["ORG", "الاتحاد الأوروبي", "IGO"],
    ],
  ],
];

for (const [text, expected] of cases) {
  test(`recognize.ts: ${text}`, () => {
    const got = mentions(text);
    for (const e of expected)
      assert.ok(
        got.some((g) => g[0] === e[0] && g[1] === e[1] && g[2] === e[2]),
        `missing ${e.join(" ")} in ${JSON.stringify(got)}`,
      );
  });
}

test("recognize.ts: a surname alone joins the full name said before it", () => {
  const a = analyzeText(
    "قال وزير الدفاع الروسي أندريه بيلوسوف إن المحادثات مثمرة. وأضاف بيلوسوف أن التعاون سيتوسع.",
  );
  const p = a.entities.find((e) => e.name_en === "Andrei Belousov");
  assert.ok(p, "Belousov found");
  assert.equal(p.mentions.length, 2);
  assert.equal(p.country, "RUS");
});

test("recognize.ts: mention offsets slice the text, clitics left outside", () => {
  const a = analyzeText("اتفقت بكين وواشنطن وللصين مصالح في آسيا.");
  for (const e of a.entities)
    for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  const texts = a.entities.flatMap((e) => e.mentions.map((m) => m.text));
  assert.ok(texts.includes("واشنطن"));
  assert.ok(!texts.includes("وواشنطن"));
});

test("recognize.ts: a role-only back-reference and an ordinal join the person named before", () => {
  const a = analyzeText(
    "لقاء في بكين\n\nالتقى وزير الدفاع الأمريكي لويد أوستن نظيره الروسي أندريه بيلوسوف. وقال الوزير الروسي إن اللقاء مفيد. وأضاف الأول أن الحوار مستمر.",
  );
  const byName = (n: string) => a.entities.find((e) => e.name === n)?.mentions.map((m) => m.text);
  assert.deepEqual(byName("أندريه بيلوسوف"), ["أندريه بيلوسوف", "الوزير الروسي"]);
  assert.deepEqual(byName("لويد أوستن"), ["لويد أوستن", "الأول"]);
});

test("recognize.ts: a role-only phrase with no person of that state before is no mention", () => {
  const a = analyzeText("لقاء\n\nوقال الوزير الروسي إن اللقاء مفيد.");
  assert.deepEqual(
    a.entities.filter((e) => e.type === "PERSON"),
    [],
  );
});

test("recognize.ts: a credit line names a journalist (JRN) who is never an event party", () => {
  const a = analyzeText("لقاء\n\nكتب: سامر حداد\n\nالتقى بلينكن وانغ يي في بكين.");
  const journalist = a.entities.find((e) => e.name === "سامر حداد");
  assert.equal(journalist?.type, "PERSON");
  assert.equal(journalist?.sector, "JRN");
  for (const e of a.events)
    assert.ok(![...e.actor, ...e.recipient].some((p) => p.entity === journalist?.id), JSON.stringify(e));
});

test("recognize.ts: a known person after كتب is no journalist", () => {
  const a = analyzeText("منشور\n\nكتب ترامب على منصته أن الصين ستدفع الثمن.");
  assert.ok(!a.entities.some((e) => e.sector === "JRN"));
});

// [sentence, person, role, sector]: the role as the text gives it, the sector it implies.
const roles: Array<[string, string, string | null, string | null]> = [
  // A title that names no post by itself runs through the institution after it.
  [
    "وقال المتحدث باسم وزارة الخارجية البرازيلية ماركوس فيليو إن الحوار ممكن.",
    "ماركوس فيليو",
    "المتحدث باسم وزارة الخارجية البرازيلية",
    "DIP",
  ],
  [
    "ودعا الأمين العام لحلف الناتو ينس ستولتنبرغ الطرفين إلى الهدوء.",
    "ينس ستولتنبرغ",
    "الأمين العام لحلف الناتو",
    "GOV",
  ],
  // A title that names a post stops before the nisba and what follows.
  ["قال وزير الدفاع الأمريكي لويد أوستن إن القنوات مفتوحة.", "لويد أوستن", "وزير الدفاع", "GOV"],
  [
    "التقى وزير الشؤون الخارجية الهندي سوبراهمانيام جايشانكار الوفد.",
    "سوبراهمانيام جايشانكار",
    "وزير الشؤون الخارجية",
    "GOV",
  ],
  // `الوزارة` after `باسم` names the institution said before it.
  [
    "وقالت وزارة الدفاع الإندونيسية إن الاجتماع مثمر. وقال المتحدث باسم الوزارة، العقيد برامونو سوسيلو، إن جاكرتا مستعدة.",
    "برامونو سوسيلو",
    "المتحدث باسم وزارة الدفاع الإندونيسية",
    "MIL",
  ],
  // The role is written without its proclitics.
  ["وأشاد الوفد بوزير الدفاع الأرجنتيني لويس بيتري في كلمته.", "لويس بيتري", "وزير الدفاع", "GOV"],
  ["وبعث الوفد رسالة لوزير الخارجية الأرجنتيني دييغو سيرفو.", "دييغو سيرفو", "وزير الخارجية", "GOV"],
  // A counterpart holds the post and the sector of the person before.
  [
    "استقبل وزير الخارجية البيروفي خافيير غونزاليس نظيره التشيلي ألبرتو كلافيرين في ليما.",
    "ألبرتو كلافيرين",
    "وزير الخارجية",
    "GOV",
  ],
];

for (const [text, name, role, sector] of roles) {
  test(`recognize.ts role and sector: ${name} in ${text}`, () => {
    const p = analyzeText(text).entities.find((e) => e.mentions.some((m) => m.text === name));
    assert.ok(p, `${name} not found`);
    assert.deepEqual([p.role, p.sector], [role, sector]);
  });
}

// [sentence, the persons read after its speech verb]: names that are no words, never a generic subject.
const speakers: Array<[string, string[]]> = [
  ["وقال ماركوس فيليو إن الحوار ممكن. وأضاف فيليو أن الوفد سيصل غدا.", ["ماركوس فيليو", "فيليو"]],
  ["وأكدت ماريا لويزا أن الاتفاق صامد، وأضافت لويزا أن الطرفين ملتزمان.", ["ماريا لويزا", "لويزا"]],
  ["وأضاف خوسيه رامون غارسيا: الحوار ممكن. وختم غارسيا حديثه بالتفاؤل.", ["خوسيه رامون غارسيا", "غارسيا"]],
  // Generic subjects, titles, nisbas, bodies and outlets.
  ["وقال مصدر دبلوماسي إن الحوار ممكن. وأضاف المصدر أن الوفد سيصل.", []],
  ["وقال متحدث إن الحوار ممكن، وقال مسؤول أمريكي إن الوفد سيصل.", []],
  ["وقال دبلوماسي غربي إن الحوار ممكن. وقال بيان صادر عن الوزارة إن الوفد سيصل.", []],
  ["وقال الوزير إن الحوار ممكن. وأضاف الوزير أن الوفد سيصل.", []],
  ["وقال خبير روسي إن الحوار ممكن. وأضاف الخبير أن الوفد سيصل.", []],
  ["وقالت شركة فيسبوك إن الخلل أصلح. وأضافت فيسبوك أن البيانات آمنة.", []],
  ["وقالت صحيفة واشنطن بوست إن الوفد سيصل. وأضافت واشنطن بوست أن الموعد لم يحدد.", []],
  ["وقال شهود عيان إن القصف استمر. وأضاف شهود أن السكان نزحوا.", []],
  // Two subjects joined by و, a name said only once, a bare ان, a name not before what was said.
  ["وقال نشطاء ومسعفون إن القصف استمر. وأضاف مسعفون أن السكان نزحوا.", []],
  ["وقال ماركوس فيليو إن الحوار ممكن.", []],
  ["ونقلت عنها ماركوس فيليو أن الحوار ممكن. وأضاف فيليو أن الوفد سيصل.", []],
  ["وقال ماركوس فيليو ان الحوار ممكن. وأضاف فيليو أن الوفد سيصل.", []],
  ["وقال ماركوس فيليو في مؤتمر صحفي إن الحوار ممكن. وأضاف فيليو أن الوفد سيصل.", []],
];

for (const [text, expected] of speakers) {
  test(`recognize.ts speaker: ${text}`, () => {
    const got = analyzeText(text)
      .entities.filter((e) => e.type === "PERSON")
      .flatMap((e) => e.mentions.map((m) => m.text));
    assert.deepEqual(got, expected);
  });
}

test("recognize.ts: a state's name after a known given name is the person's surname, then the person", () => {
  const a = analyzeText(
    "استقبل رئيس الوزراء البرتغالي لويس مونتينيغرو نظيره الإسباني في لشبونة. وقال مونتينيغرو إن العلاقات ممتازة.",
  );
  const persons = a.entities.filter((e) => e.type === "PERSON").flatMap((e) => e.mentions.map((m) => m.text));
  assert.deepEqual(persons, ["لويس مونتينيغرو", "مونتينيغرو"]);
  assert.ok(!a.entities.some((e) => e.country === "MNE"), JSON.stringify(a.entities.map((e) => e.name)));
});

test("recognize.ts: a state's name after a title's unknown first word stays the state", () => {
  const a = analyzeText("التقى رئيس الجبل الأسود ياكوف ميلاتوفيتش في بودغوريتسا.");
  assert.ok(a.entities.some((e) => e.country === "MNE" && e.type === "GPE"));
});
