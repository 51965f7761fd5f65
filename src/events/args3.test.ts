// Actor and recipient on unseen text, issue 6 eighth pass (docs/EVENTS.md "Eighth pass: actor and
// recipient"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventSides } from "../../test/helpers.ts";

const gpe = (text: string) =>
  analyzeText(text, {})
    .entities.filter((e) => e.type === "GPE")
    .flatMap((e) => e.mentions.map((m) => `${m.text}:${e.country}`));

test("a common noun for a state is a mention of the state the article names most", () => {
  const text =
    "استقبلت السعودية وفدا كنديا في الرياض. وقالت السعودية إن المملكة لن تتراجع. وأكدت المملكة موقفها.";
  const got = gpe(text);
  assert.ok(got.includes("المملكة:SAU"), JSON.stringify(got));
  assert.equal(got.filter((g) => g === "المملكة:SAU").length, 2);
  // Offsets slice back to the noun.
  const a = analyzeText(text, {});
  for (const e of a.entities)
    for (const m of e.mentions) assert.equal(a.document.text.slice(m.start, m.end), m.text);
  assert.ok(
    gpe("وأدانت إيران الغارة. وقالت الجمهورية الإسلامية إنها سترد.").includes("الجمهورية الإسلامية:IRN"),
  );
});

test("a common noun for a state stays no mention when the article names none of its states, or two equally", () => {
  assert.deepEqual(
    gpe("وقال وزير الخارجية الفرنسي إن المملكة ستشارك في المؤتمر.").filter((g) => g.startsWith("المملكة")),
    [],
  );
  assert.deepEqual(
    gpe("زار ملك الأردن السعودية، ثم عاد إلى الأردن من السعودية. وقالت المملكة إن الزيارة ناجحة.").filter(
      (g) => g.startsWith("المملكة"),
    ),
    [],
  );
  // A longer lexicon name keeps its own state.
  assert.ok(gpe("وقالت السعودية إن المملكة المتحدة شريك مهم.").includes("المملكة المتحدة:GBR"));
});

test("a common noun for a state is an event party only after a proclitic preposition or right before a named state", () => {
  const object = eventSides("وقالت السعودية إن المحادثات مستمرة. ووجهت كندا انتقادات حادة للمملكة.");
  assert.ok(
    object.some((s) => s.actor === "CAN" && s.recipient === "SAU"),
    JSON.stringify(object),
  );
  // As a subject with no named state right after it (pair25 reads `واتهمت المملكة كندا` as subject and
  // object: src/events/state-noun-subject.ts).
  const sides = eventSides(
    "وقالت السعودية إن المحادثات مستمرة. واتهمت المملكة في بيان كندا بالتدخل في شؤونها.",
  );
  assert.ok(!sides.some((s) => s.actor === "SAU" && s.recipient === "CAN"), JSON.stringify(sides));
  // The same sentence with the state's name is coded.
  const named = eventSides("وقالت السعودية إن المحادثات مستمرة. واتهمت السعودية كندا بالتدخل في شؤونها.");
  assert.ok(
    named.some((s) => s.actor === "SAU" && s.recipient === "CAN"),
    JSON.stringify(named),
  );
});

test("a verbal noun's named agent right after it is not replaced by the speaker of a pronoun clause", () => {
  for (const text of [
    "وقالت طهران إن المحادثات ضرورية للبلدين، وإنها تأتي في أعقاب انسحاب واشنطن من الاتفاق النووي مع إيران.",
    "وذكر مسؤول في الحكومة الإيرانية أن بلاده أعدت برنامجا لمواجهة آثار انسحاب واشنطن من الاتفاق النووي مع إيران.",
  ]) {
    const sides = eventSides(text);
    assert.ok(
      sides.some((s) => s.type === "SANCTION" && s.actor === "USA" && s.recipient === "IRN"),
      JSON.stringify(sides),
    );
    assert.ok(!sides.some((s) => s.type === "SANCTION" && s.actor === "IRN"), JSON.stringify(sides));
  }
  // The speaker still acts when the noun has no agent of its own after it.
  const own = eventSides("وأعلنت روسيا أنها ستفرض عقوبات على أوكرانيا.");
  assert.ok(
    own.some((s) => s.type === "SANCTION" && s.actor === "RUS" && s.recipient === "UKR"),
    JSON.stringify(own),
  );
});

test("an accusing verb's one state right before the charge is the accused, not the accuser", () => {
  const relative = eventSides(
    "وقال محللون إن التصريح يمثل تحولا في موقف الرئيس الأمريكي، الذي طالما اتهم الصين بسرقة الوظائف.",
  );
  assert.ok(
    relative.some((s) => s.type === "ACCUSE" && s.actor === "USA" && s.recipient === "CHN"),
    JSON.stringify(relative),
  );
  assert.ok(!relative.some((s) => s.type === "ACCUSE" && s.actor === "CHN"), JSON.stringify(relative));
  const continued = eventSides(
    "وأكد وزير الخارجية التركي أن العلاقات مع روسيا ليست بديلا، واتهم الولايات المتحدة بالسعي إلى السيطرة.",
  );
  assert.ok(
    continued.some((s) => s.type === "ACCUSE" && s.actor === "TUR" && s.recipient === "USA"),
    JSON.stringify(continued),
  );
  // With no accuser in its sentence the accused is still no accuser.
  const alone = eventSides("واتهم إيران بدعم الجماعات المسلحة في اليمن.");
  assert.ok(!alone.some((s) => s.type === "ACCUSE" && s.actor === "IRN"), JSON.stringify(alone));
  // A subject and an object after the verb keep their roles, and a state whose name opens with ب is no charge.
  const both = eventSides("واتهمت روسيا بريطانيا بعرقلة التحقيق الدولي في الحادث.");
  assert.ok(
    both.some((s) => s.type === "ACCUSE" && s.actor === "RUS" && s.recipient === "GBR"),
    JSON.stringify(both),
  );
  const pair = eventSides("وتتهم طهران باكستان بتوفير ملاذ آمن لمسلحين.");
  assert.ok(
    pair.some((s) => s.type === "ACCUSE" && s.actor === "IRN" && s.recipient === "PAK"),
    JSON.stringify(pair),
  );
});

test("an accusing verb opening its sentence with its accused read takes the previous sentence's subject", () => {
  const next = eventSides("وقالت قطر إن حسابات رسمية لها اختُرقت مساء الأحد. واتهمت الإمارات بتدبير الهجوم.");
  assert.ok(
    next.some((s) => s.type === "ACCUSE" && s.actor === "QAT" && s.recipient === "ARE"),
    JSON.stringify(next),
  );
  // Not the accused's own state.
  const own = eventSides("وقالت إيران إن الوضع خطير. واتهم إيران بالضلوع في أعمال العنف.");
  assert.ok(!own.some((s) => s.type === "ACCUSE"), JSON.stringify(own));
});
