// A name read after a title never starts with a preposition written as a proclitic before a word of
// a shape no name takes (lexicons/word-shapes.tsv); names of those letters are kept.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** Each person mention as `text COUNTRY`. */
function persons(text: string): string[] {
  const a = analyzeText(text);
  return a.entities
    .filter((e) => e.type === "PERSON")
    .flatMap((e) => e.mentions.map((m) => `${m.text} ${e.country ?? "-"}`));
}

test("a verbal noun after a title and its nisba is no name: the counterpart keeps its title", () => {
  const text = "وقال المتحدث إن الجيش الصيني مستعد للعمل مع نظيره الأمريكي لتعزيز الثقة بين الجيشين.";
  assert.ok(!persons(text).some((p) => p.startsWith("لتعزيز")), persons(text).join(", "));
  const e = analyzeText(text).events[0];
  assert.ok(e, "the readiness to work together is an event");
  assert.deepEqual(
    e.recipient.map((p) => `${p.text} ${p.country}`),
    ["نظيره الأمريكي USA"],
  );
});

test("an adverb, a preposition with its pronoun or a noun in م after a title is no name", () => {
  for (const text of [
    "وأدان وزير الخارجية الأمريكي بشدة الهجوم على السفارة.",
    "وقال المتحدث إن الرئيس له صلاحية فرض الرسوم.",
    "وطالب الرئيس الأمريكي بإدخال تعديلات على الاتفاق.",
    "ووافقت الحكومة على تزويد الرئيس بمزيد من المعلومات.",
  ])
    assert.deepEqual(
      persons(text).filter((p) => /^(بشدة|له|بإدخال|بمزيد)/u.test(p)),
      [],
      text,
    );
});

test("names of those letters stay names: a surname after a given name, a two-word name", () => {
  assert.deepEqual(persons("وقال وزير الخارجية المغربي ناصر بوريطة إن بلاده قطعت علاقاتها مع إيران."), [
    "ناصر بوريطة MAR",
  ]);
  assert.deepEqual(persons("وخدم تحت إمرة الجنرال الأمريكي ديفيد بتريوس في العراق."), ["ديفيد بتريوس USA"]);
  assert.deepEqual(persons("وقالت المتحدثة باسم الخارجية القطرية لولوة راشد إن الدوحة ترحب بالقرار."), [
    "لولوة راشد QAT",
  ]);
});

test("the nisba of a currency names no party", () => {
  const states = (text: string) =>
    analyzeText(text).events.map((e) => [...e.actor, ...e.recipient].map((p) => p.country).join(">"));
  // No state receives the aid: the dollar's nisba is not one.
  assert.deepEqual(states("وقدمت اليابان مساعدات بقيمة 20 مليون دولار أمريكي."), []);
  assert.deepEqual(states("وقدمت ألمانيا للأردن مساعدات بقيمة 20 مليون دولار أمريكي."), ["DEU>JOR"]);
});
