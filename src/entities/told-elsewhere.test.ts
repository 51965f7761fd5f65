// Parties told elsewhere in the article (issue 6, docs/EVENTS.md "Seventh pass: parties told
// elsewhere"): a bare title that refers back to the person named before with that post (`وأكد
// الوزير`، `وتابع المتحدث`), and a person read after a title with no nisba who takes the state the
// article gives that title elsewhere (`وزير الدفاع الكيني` … `وزير الدفاع رافائيل موانغي`).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventSides } from "../../test/helpers.ts";

function has(text: string, type: string, actor: string, recipient: string): void {
  const got = eventSides(text);
  assert.ok(
    got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
    `want ${type} ${actor}>${recipient} in ${JSON.stringify(got)}`,
  );
}

test("told elsewhere: a bare title after a verb is the person named before with that post", () => {
  has(
    "استقبل وزير الخارجية الإيراني محمد جواد ظريف نظيره التركي في طهران. وانتقد الوزير الولايات المتحدة بشدة.",
    "ACCUSE",
    "IRN",
    "USA",
  );
  has(
    "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده تدعم لبنان. وحذر الرئيس إيران من أي تصعيد في المنطقة.",
    "THREATEN",
    "FRA",
    "IRN",
  );
  has(
    "وقال المتحدث باسم وزارة الخارجية الصينية لين جيان إن بكين قلقة. واتهم المتحدث اليابان بتأجيج التوتر.",
    "ACCUSE",
    "CHN",
    "JPN",
  );
});

test("told elsewhere: the bare title is a PERSON mention of that person, its offsets on the title", () => {
  const text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن بلاده تدعم لبنان. وحذر الرئيس إيران من أي تصعيد.";
  const a = analyzeText(text);
  const macron = a.entities.find((e) => e.name === "إيمانويل ماكرون");
  assert.ok(macron, JSON.stringify(a.entities));
  const back = macron.mentions.find((m) => m.start > text.indexOf("وحذر"));
  assert.ok(back, JSON.stringify(macron.mentions));
  assert.equal(text.slice(back.start, back.end), "الرئيس");
});

test("told elsewhere: no back-reference when two states' holders of the post were named", () => {
  const got = eventSides(
    "التقى الرئيس الأمريكي دونالد ترامب الرئيس الروسي فلاديمير بوتين في هلسنكي. وانتقد الرئيس إيران.",
  );
  assert.ok(!got.some((g) => g.type === "ACCUSE" && g.recipient === "IRN"), JSON.stringify(got));
});

test("told elsewhere: `الرئيس` does not stand for a prime minister, nor a title for a person named too long ago", () => {
  const pm = eventSides("وقال رئيس الوزراء الهندي ناريندرا مودي إن بلاده مستعدة. وانتقد الرئيس باكستان.");
  assert.ok(!pm.some((g) => g.actor === "IND" && g.recipient === "PAK"), JSON.stringify(pm));
  const far = eventSides(
    [
      "وقال وزير الخارجية الكيني رافائيل توجو إن بلاده تريد السلام.",
      "وشهدت العاصمة أمطارا غزيرة.",
      "وأغلقت المدارس أبوابها.",
      "وتأخرت الرحلات الجوية.",
      "وتوقفت حركة القطارات.",
      "وانتقد الوزير إثيوبيا.",
    ].join(" "),
  );
  assert.ok(!far.some((g) => g.recipient === "ETH" && g.actor === "KEN"), JSON.stringify(far));
});

test("told elsewhere: a bare spokesman title reads no name after it", () => {
  const a = analyzeText("وقال المتحدث باسمها لين جيان إن بكين سترد.");
  assert.ok(!a.entities.some((e) => e.name.includes("باسمها")), JSON.stringify(a.entities));
});

test("told elsewhere: a person after a title with no nisba takes the state the article gives that title", () => {
  const text =
    "أعلن وزير الدفاع الكيني أن قوات بلاده ستبقى في الصومال. وقال وزير الدفاع رافائيل موانغي إن نيروبي لن تتراجع. واتهم موانغي الصومال بخرق الاتفاق.";
  const a = analyzeText(text);
  assert.equal(a.entities.find((e) => e.name === "رافائيل موانغي")?.country, "KEN");
  has(text, "ACCUSE", "KEN", "SOM");
});

test("told elsewhere: the title's state is no clue when the article names that state's holder of it", () => {
  const a = analyzeText(
    "وقال الرئيس الأمريكي دونالد ترامب إن القمة مهمة. وأكد الرئيس الأمريكي أنه سيحضر. والتقى الرئيس مون جاي إن وفدا تجاريا.",
  );
  assert.notEqual(a.entities.find((e) => e.name.startsWith("مون"))?.country, "USA");
});

test("told elsewhere: a name set off by a title with its nisba is a person of that state", () => {
  const text = "وأعربت لويزا فرنانديث، وزيرة الخارجية التشيلية، عن قلقها. وانتقدت فرنانديث فنزويلا.";
  const a = analyzeText(text);
  const person = a.entities.find((e) => e.name === "لويزا فرنانديث");
  assert.equal(person?.country, "CHL", JSON.stringify(a.entities));
  assert.equal(person?.mentions.length, 2);
  has(text, "ACCUSE", "CHL", "VEN");
});

test("told elsewhere: the nisba of a title set off after a person is no party of its own", () => {
  has("وندد ماهر الفرا، كبير المفاوضين الفلسطينيين، بتصريحات نتنياهو الأخيرة.", "ACCUSE", "PSE", "ISR");
  // A nisba further on, after words that are no title, is still a party.
  has(
    "وهبطت الليرة إثر إعلان الرئيس الأمريكي دونالد ترامب، مضاعفة رسوم الواردات من الحديد والنحاس التركي.",
    "SANCTION",
    "USA",
    "TUR",
  );
});

test("told elsewhere: a minister of a portfolio other than foreign affairs or defence is a person of the nisba's state", () => {
  const a = analyzeText(
    "ووقعت وزيرة الثقافة الفرنسية فرانسواز نيسين اتفاقا مع نظيرها المغربي. وقالت نيسين إن باريس سعيدة.",
  );
  const person = a.entities.find((e) => e.name === "فرانسواز نيسين");
  assert.equal(person?.country, "FRA", JSON.stringify(a.entities));
  assert.equal(person?.role, "وزيرة الثقافة");
  assert.equal(person?.mentions.length, 2);
});

test("told elsewhere: `المسؤول الروسي` is the Russian office holder named before, not an unnamed official", () => {
  const named = analyzeText(
    "اتهم وزير الخارجية الروسي سيرغي لافروف واشنطن بالتصعيد. وقال المسؤول الروسي إن موسكو سترد.",
  );
  const lavrov = named.entities.find((e) => e.name === "سيرغي لافروف");
  assert.equal(lavrov?.mentions.length, 2, JSON.stringify(named.entities));
  const unnamed = analyzeText(
    "اتهم وزير الخارجية الروسي سيرغي لافروف واشنطن بالتصعيد. وقال مسؤول روسي إن موسكو سترد. وأضاف المسؤول الروسي أن الرد قريب.",
  );
  assert.equal(unnamed.entities.find((e) => e.name === "سيرغي لافروف")?.mentions.length, 1);
});
