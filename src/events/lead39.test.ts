// Thirty-ninth pass (the lead's branch lead39): a date does not reach across a background clause opened by
// `، وكان` (background-break.ts); the downing noun reads its genitive as its agent; office holders of 2018
// added to persons.tsv; `عصر` (afternoon) is no name after a title. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, datedLines, eventLines } from "../../test/helpers.ts";

const PAGE = "2018-07-20";

test("a date before `، وكانت` does not date the older act the background clause tells", () => {
  // Before: the annexation took the month of the call told before the comma.
  assert.deepEqual(
    datedLines(
      "ودعا ترامب الشهر الماضي إلى عودة روسيا إلى مجموعة الثماني، وكانت عضوية روسيا علقت إثر ضمها لشبه جزيرة القرم.",
      PAGE,
    ).filter((l) => l.startsWith("COERCE")),
    ["COERCE RUS>UKR null"],
  );
  // Near form: with no background clause between them, the date of the clause dates its act.
  assert.deepEqual(
    datedLines("وضمت روسيا شبه جزيرة القرم من أوكرانيا في مارس 2014 بعد استفتاء لم يعترف به الغرب.", PAGE),
    ["COERCE RUS>UKR 2014-03"],
  );
});

test("the meeting a background clause tells after `، وكان` is an older one, not the news's retold", () => {
  // Before: one CONSULT dated March 2016, the day's meeting folded into the one of two years before.
  assert.deepEqual(
    datedLines(
      "واستقبل العاهل الأردني وزير الخارجية الفرنسي في عمان، وكان آخر لقاء بين الجانبين في مارس 2016.",
      PAGE,
    ),
    ["CONSULT JOR>FRA 2018-07-20", "CONSULT FRA+JOR> 2016-03"],
  );
  // Near form: a date of its own told with no background clause between dates the meeting told again.
  assert.deepEqual(
    datedLines("واستقبل العاهل الأردني وزير الخارجية الفرنسي عندما التقيا في عمان في مارس 2016.", PAGE),
    ["CONSULT JOR>FRA 2016-03"],
  );
});

test("the downing noun reads the state right after it as its agent, the aircraft's state as its target", () => {
  // Before: the minister named before the noun was read as its agent and Israel as its target.
  assert.deepEqual(
    eventLines("وجاءت تصريحات وزير الخارجية الروسي بعد إسقاط إسرائيل لطائرة سورية فوق الجولان.", "states"),
    ["ASSAULT ISR>SYR"],
  );
  // Near forms: the verb keeps its subject before it; the noun with the aircraft right after it names no agent.
  assert.deepEqual(eventLines("وقالت إسرائيل إن دفاعاتها أسقطت طائرة سورية فوق الجولان.", "states"), [
    "ASSAULT ISR>SYR",
  ]);
  assert.deepEqual(eventLines("وأدانت دمشق إسقاط طائرة سورية فوق الجولان.", "states"), []);
});

test("office holders of 2018 are read with their state", () => {
  const parties = (text: string) =>
    analyzeText(text, { published: "2018-06-01" })
      .entities.filter((e) => e.type === "PERSON")
      .map((e) => `${e.name} ${e.country ?? "-"}`);
  assert.deepEqual(
    parties("وأكد بهرام قاسمي، في مؤتمره الصحفي الأسبوعي، أن طهران لن تتفاوض على برنامجها الصاروخي."),
    ["بهرام قاسمي IRN"],
  );
  assert.deepEqual(parties("وقالت هيذر نويرت للصحفيين إن واشنطن تتابع الوضع."), ["هيذر نويرت USA"]);
  // A short form that is also an ordinary word is read only after the full name (ولايتي: "my state").
  assert.deepEqual(parties("وقال إن ولايتي الثانية ستكون الأخيرة."), []);
});

test("`عصر` after a title is the time of day, not a name", () => {
  assert.deepEqual(
    analyzeText("التقى رئيس الوزراء الإسرائيلي عصر الأحد وزير الخارجية الأمريكي في القدس.").entities.filter(
      (e) => e.type === "PERSON",
    ),
    [],
  );
});

test("a charge called groundless after `لا أساس ل` was made: it is not a charge denied", () => {
  // Before: a third event, the charge negated, beside the charge and the denial.
  assert.deepEqual(
    eventLines(
      "اتهم الرئيس الفنزويلي نيكولاس مادورو كولومبيا بتدبير محاولة اغتياله. ونفت بوغوتا أي دور لها، وقالت إنه لا أساس لاتهامات مادورو.",
    ),
    ["ACCUSE VEN>COL asserted", "REJECT COL>VEN asserted"],
  );
  // Near form: a negation right before the charge noun denies it.
  assert.deepEqual(eventLines("ولم توجه كولومبيا اتهامات لفنزويلا بتدبير الهجوم."), [
    "ACCUSE COL>VEN asserted neg",
  ]);
});
