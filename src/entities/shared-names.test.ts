import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** The country of every mention that ends in عمان (سلطنة عمان, وعمان), in text order. */
function readings(text: string): Array<string | null> {
  const a = analyzeText(text);
  const out: Array<[number, string | null]> = [];
  for (const e of a.entities)
    for (const m of e.mentions)
      if (/(^|[\s\u0648\u0628\u0644])عمان$/u.test(m.text)) out.push([m.start, e.country]);
  return out.sort((x, y) => x[0] - y[0]).map(([, c]) => c);
}

test("shared names: the words right before عمان decide it", () => {
  assert.deepEqual(readings("ووصل وزير الخارجية الأمريكي إلى العاصمة الأردنية عمان مساء الأحد."), ["JOR"]);
  assert.deepEqual(readings("وأعلنت سلطنة عمان ترحيبها باستئناف المحادثات."), ["OMN"]);
});

test("shared names: with nothing before it, the article's other words decide", () => {
  assert.deepEqual(
    readings(
      "استقبل العاهل الأردني الملك عبد الله الثاني في عمان وزير الخارجية الفرنسي، وبحثا الوضع في الأردن.",
    ),
    ["JOR"],
  );
  assert.deepEqual(readings("وصل الوفد الإيراني إلى مسقط، وقال مسؤول عماني إن عمان ستواصل وساطتها."), [
    "OMN",
  ]);
});

test("shared names: one article may mean both, and a tie keeps the state's name", () => {
  assert.deepEqual(readings("وغادر الوزير العاصمة الأردنية عمان متوجها إلى سلطنة عمان في جولة خليجية."), [
    "JOR",
    "OMN",
  ]);
  assert.deepEqual(readings("وقالت مصادر إن عمان تدرس المقترح."), ["OMN"]);
});

/** Type and country of each mention of سانتياغو (alone or in a longer name), in text order. */
function santiago(text: string): string[] {
  const a = analyzeText(text);
  const out: Array<[number, string]> = [];
  for (const e of a.entities)
    for (const m of e.mentions)
      if (m.text.includes("سانتياغو")) out.push([m.start, `${e.type} ${e.country}`]);
  return out.sort((x, y) => x[0] - y[0]).map(([, c]) => c);
}

test("shared names: Santiago is Chile's capital unless the article is about Cuba, where it is a city", () => {
  assert.deepEqual(santiago("ووصل الرئيس الأرجنتيني إلى سانتياغو لإجراء محادثات مع نظيره التشيلي."), [
    "GPE CHL",
  ]);
  assert.deepEqual(
    santiago("وقصفت طائرات أمريكية مطارات قرب هافانا وفي سانتياغو، قبل أيام من محاولة الإنزال في كوبا."),
    ["LOC CUB"],
  );
  assert.deepEqual(santiago("وزار البابا مدينة سانتياغو دي كوبا في جنوب الجزيرة."), ["LOC CUB"]);
});
