// The forty-first round's readings of charges told with no word of charge (docs/EVENTS.md, "Forty-first
// pass", branch accuse41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a hostile deed told of the subject of a state speaker's reported clause is the speaker's charge", () => {
  // Arming a militia, told as plain fact by a minister of another state.
  assert.deepEqual(
    coded("وقال وزير الخارجية البحريني في مؤتمر صحفي إن إيران تسلح الميليشيات في المنطقة منذ سنوات."),
    ["ACCUSE BHR>IRN asserted"],
  );
  // Occupying, told by the head of the state whose land it is: the act (COERCE) and now the charge.
  assert.deepEqual(coded("وقال الرئيس اللبناني إن إسرائيل تحتل أراضي لبنانية في الجنوب."), [
    "COERCE ISR>LBN asserted",
    "ACCUSE LBN>ISR asserted",
  ]);
  // Near case: the state is no subject of the clause but a partner after a preposition: the talks only.
  assert.deepEqual(coded("وقال الرئيس اللبناني إن بلاده ناقشت مع فرنسا خطة تسليح الجيش."), [
    "CONSULT LBN>FRA asserted",
  ]);
  // Near case: the speaker's own state doing it is no charge.
  assert.deepEqual(coded("وقال وزير الدفاع الأمريكي إن الولايات المتحدة تدرب القوات العراقية."), []);
});

test("the deed must follow its subject closely, with no party between", () => {
  assert.deepEqual(coded("وقال المتحدث باسم الخارجية الكويتية إن سوريا تحاول عرقلة الحل السياسي."), [
    "ACCUSE KWT>SYR asserted",
  ]);
  // Near case: a state deep in the clause, after another party, is not the doer of the deed.
  assert.deepEqual(
    coded(
      "وقال المتحدث باسم الخارجية الكويتية إن الاجتماع الذي عقده الوزراء في عمان بحث مع تركيا سبل مكافحة تهريب الأسلحة.",
    ),
    [],
  );
});

test("a judging or speech verb in the pluperfect takes its subject from between كان and قد", () => {
  assert.deepEqual(coded("وكان رئيس الوزراء الياباني قد وصف رئيس كوريا الشمالية بالمتهور."), [
    "ACCUSE JPN>PRK asserted",
  ]);
  assert.deepEqual(coded("وكانت أستراليا قد قالت إن الصين تقف وراء الاختراق."), ["ACCUSE AUS>CHN asserted"]);
  // Near case: a description that is no charge stays none.
  assert.deepEqual(coded("وكان رئيس الوزراء الياباني قد وصف الاقتصاد الصيني بالقوي."), []);
});
