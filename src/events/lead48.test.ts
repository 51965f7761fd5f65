// The forty-eighth round's lead readings (docs/EVENTS.md, "Forty-eighth pass", branch lead48). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

// A chronology in the style of an outlet's timeline: each item a line, some headed by a date alone.
const TIMELINE = [
  "تعقد الدول الثلاث جولة جديدة من المفاوضات بشأن السد الأسبوع المقبل في العاصمة السودانية.",
  "",
  "وفي ما يلي التسلسل الزمني لأبرز محطات النزاع بين البلدين:",
  "",
  "مارس/ آذار 2014",
  "",
  "وقع وزيرا خارجية مصر والسودان على وثيقة لتقاسم بيانات الفيضان.",
  "",
  "وقع وزيرا خارجية مصر والسودان على مذكرة للربط الكهربائي.",
  "",
  "12 أكتوبر",
  "",
  "اتهمت إثيوبيا مصر بعرقلة المفاوضات.",
].join("\n");

test("a date alone on its line dates the acts of the next line, and only those", () => {
  // Before: the cleaner cut `مارس/ آذار 2014` as a related headline, and the signing under it was undated;
  // `12 أكتوبر` was kept but dated nothing, so the charge under it was an item of no date told.
  assert.deepEqual(datedLines(TIMELINE, "2018-11-20"), [
    "SUPPORT EGY+SDN> 2014-03",
    "SUPPORT EGY+SDN> null",
    "ACCUSE ETH>EGY 2018-10-12",
  ]);
});

test("a state in construct with an ally word that opens an apposition describes the party before it", () => {
  // Before: Syria, the state Iran is the ally of, became the target of Iran's criticism.
  assert.deepEqual(eventLines("وانتقدت إيران، حليفة سوريا، الضربات الأمريكية."), ["ACCUSE IRN>USA asserted"]);
  // Before: Damascus was the one Russia persuaded.
  assert.deepEqual(eventLines("وأقنعت روسيا، حليفة دمشق الرئيسية، المعارضة بالانسحاب من البلدة."), []);
  // With no comma before them, the allies are the party.
  assert.deepEqual(eventLines("وحث الرئيس الأمريكي حلفاء الناتو على زيادة الإنفاق العسكري."), [
    "REQUEST USA>IGO asserted",
  ]);
});

test("the backer of a state named with ل after an adjective is no side of its act", () => {
  // Before: `الداعم` was no backer word, and Syria became the one Russia asked.
  assert.deepEqual(eventLines("وطلبت روسيا، الداعم الرئيسي لسوريا، هدنة يومية في البلدة."), []);
});
