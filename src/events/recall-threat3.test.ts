// Seventh pass (issue 6, docs/EVENTS.md "Seventh pass: accusations, rejections, threats"): a threat
// whose content clause is the actor's own act is aimed at the other state that clause names
// (event-types.tsv `content_target`), a denial told by `وهو ما` answers the claimant of its sentence
// (cue `claim_backref`), and an accusative nisba after a verb is no subject. Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const has = (text: string, type: string, actor: string, recipient: string) => {
  const got = eventSides(text);
  assert.ok(
    got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
    `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
  );
};

const threats: Array<[string, string, string]> = [
  // A pronoun complementizer: the actor threatens its own act; the target is in the clause.
  ["وحذرت كوريا الشمالية من أنها سترد بقوة على أي مناورات أمريكية قرب حدودها.", "PRK", "USA"],
  // The actor's state as the clause's subject, the target in a condition.
  [
    "وحذر وزير الخارجية الباكستاني من أن إسلام آباد ستعيد النظر في علاقاتها إذا واصلت الهند التصعيد.",
    "PAK",
    "IND",
  ],
  // The subject after the clause's verb (من أن تبحث أنقرة …).
  ["وحذر الرئيس التركي من أن تبحث أنقرة عن شركاء آخرين إن استمرت واشنطن في فرض الرسوم.", "TUR", "USA"],
  // بلاده as the clause's subject.
  ["وهدد الرئيس الفنزويلي بأن بلاده ستطرد الدبلوماسيين الكولومبيين خلال أيام.", "VEN", "COL"],
  // ب + the threatener's own act (cue own_act_noun), the target further on.
  [
    "وهددت كوريا الشمالية بإلغاء المحادثات إذا واصلت الولايات المتحدة مناوراتها مع جارتها الجنوبية.",
    "PRK",
    "USA",
  ],
  [
    "وكان الرئيس الأمريكي قد هدد الشهر الماضي بقطع المساعدات المقدمة إلى غواتيمالا بسبب تدفق المهاجرين نحو الحدود.",
    "USA",
    "GTM",
  ],
];

for (const [text, actor, recipient] of threats)
  test(`threat of one's own act: ${text}`, () => has(text, "THREATEN", actor, recipient));

test("a warning about a third state's act names no target by this rule", () => {
  const got = eventSides("وحذر وزير الخارجية الألماني من أن الوضع في المنطقة قد يتدهور إذا استمر القتال.");
  assert.deepEqual(
    got.filter((e) => e.type === "THREATEN"),
    [],
    JSON.stringify(got),
  );
});

test("a warning whose clause is about another state's act is not aimed at a state named later", () => {
  const got = eventSides("وحذرت الأمم المتحدة من أن المجاعة قد تضرب اليمن خلال أشهر.");
  assert.ok(!got.some((e) => e.type === "THREATEN"), JSON.stringify(got));
});

const denials: Array<[string, string, string]> = [
  // The claim is a reported clause with no accusing verb; the denial answers its speaker.
  ["وتقول أستراليا إن الصين تتدخل في سياستها الداخلية، وهو ما تنفيه بكين.", "CHN", "AUS"],
  ["وتعتقد الحكومة الأوكرانية أن موسكو تسلح الانفصاليين في الشرق، وهو ما تنفيه روسيا.", "RUS", "UKR"],
  // A call rejected, answered by its caller.
  ["ودعت ألمانيا إلى فتح تحقيق دولي في الحادث، وهو ما رفضته روسيا.", "RUS", "DEU"],
];

for (const [text, actor, recipient] of denials)
  test(`denial by وهو ما: ${text}`, () => has(text, "REJECT", actor, recipient));

test("a denial by وهو ما does not answer a state a preposition governs", () => {
  const got = eventSides("وتشير تقارير إلى أن طائرات حربية قصفت مواقع في سوريا، وهو ما تنفيه روسيا.");
  assert.ok(!got.some((e) => e.type === "REJECT" && e.recipient === "SYR"), JSON.stringify(got));
});

test("an accusative nisba after a verb is the object's adjective, not the subject", () => {
  const text = "وحذرت اليابان مجددا من أنها لن تقبل وجودا صينيا دائما قرب سواحلها.";
  const got = eventSides(text);
  assert.ok(!got.some((e) => e.actor === "CHN"), JSON.stringify(got));
  has(text, "THREATEN", "JPN", "CHN");
});

test("the state after a charge noun with its charge is the accused, the subject before it the accuser", () => {
  has("وانتقد محللون تسرع كندا في اتهام الصين بالتجسس على شركاتها.", "ACCUSE", "CAN", "CHN");
});

test("a charge noun's state genitive with its charge is never read as the accuser", () => {
  const got = eventSides(
    "وطردت أستراليا دبلوماسيين صينيين الأسبوع الماضي. وتدهورت العلاقات بعد اتهام بكين بالتدخل في الانتخابات الأسترالية.",
  );
  assert.ok(!got.some((e) => e.type === "ACCUSE" && e.actor === "CHN"), JSON.stringify(got));
});

test("a nisba after a charge noun is its agent", () => {
  has("ونفت إيران الاتهامات السعودية بتهريب الأسلحة إلى اليمن.", "REJECT", "IRN", "SAU");
});
