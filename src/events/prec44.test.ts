// The forty-fourth round's readings against false events (docs/EVENTS.md, "Forty-fourth pass", branch
// prec44). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a meeting of states named bare in a cup's sentence (كأس، نصف النهائي) is a match", () => {
  // Before: the teams' meeting was a CONSULT between their states.
  assert.deepEqual(coded("وتلتقي المغرب إسبانيا والبرتغال في الدور الأول من كأس العالم."), []);
  assert.deepEqual(coded("ويلتقي فريقا الأهلي المصري والوداد المغربي في لقاء نصف النهائي الأحد."), []);
  // The leaders' meeting on the cup's sidelines has parties with a sector, and stays.
  assert.deepEqual(coded("والتقى الرئيس الفرنسي نظيره الروسي على هامش نهائي كأس العالم في موسكو."), [
    "CONSULT FRA>RUS asserted",
  ]);
  // A boycott of the cup is no meeting, and a cup word does not remove it.
  assert.deepEqual(coded("وأعلنت الدنمارك مقاطعة كأس العالم التي تستضيفها روسيا احتجاجا على سياستها."), [
    "SANCTION DNK>RUS asserted",
  ]);
});

test("the state an ally stands by (الحليف الرئيسي لـ) is no side of the ally's act", () => {
  // Before: Syria, the state Russia is an ally of, was taken for the backing's recipient.
  assert.deepEqual(coded("وأيدت روسيا، الحليف الرئيسي لحكومة دمشق، مشروع القرار بعد تعديله."), []);
  assert.deepEqual(coded("ودعمت إيران، الحليف الأبرز للحكومة السورية، المبادرة الجديدة."), []);
  // Past the ally phrase the verb's own object is its recipient.
  assert.deepEqual(coded("وانتقدت فرنسا، الحليف الأقرب لواشنطن، تركيا بسبب عمليتها العسكرية."), [
    "ACCUSE FRA>TUR asserted",
  ]);
  // A state right after the backing verb is still the one backed.
  assert.deepEqual(coded("ودعمت إيران الحكومة السورية في حربها."), ["SUPPORT IRN>SYR asserted"]);
});

test("examining a state's request (ستبحث طلب روسيا) is no planned meeting with it", () => {
  // Before: بحث with the request as its object made an AGREE (future) with Russia.
  assert.deepEqual(coded("وقالت الحكومة البريطانية إنها ستبحث طلب موسكو وفق القانون."), [
    "REQUEST RUS>GBR asserted",
  ]);
  // Talks with a partner told by مع are still a meeting.
  assert.deepEqual(coded("وقالت أنقرة إنها ستبحث مع موسكو ملف إدلب الأسبوع المقبل."), [
    "AGREE TUR>RUS future",
  ]);
});

test("rallying support (حشد الدعم) is no forces massed", () => {
  // Before: a military word a few words on met حشد's needs, and the leaders named were read as its side.
  assert.deepEqual(coded("وسافر الرئيس الأمريكي لحشد دعم زعماء ألمانيا وإيطاليا لعملية عسكرية محتملة."), []);
  // Troops massed are still a mobilization.
  assert.deepEqual(coded("وحشدت تركيا قوات على حدودها مع سوريا."), ["MOBILIZE TUR>SYR asserted"]);
});
