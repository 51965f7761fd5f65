// The thirty-third pass's precision rules (false events): a standing tie named by a relation noun.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a cooperation or agreement noun after a relation noun names a standing tie", () => {
  assert.deepEqual(coded("وتتمتع الكويت بعلاقات صداقة وتعاون وثيق مع إيران منذ عقود."), []);
  assert.deepEqual(coded("وتحدث الوزيران عن علاقات التعاون الوثيق بين الصين وروسيا."), []);
  assert.deepEqual(coded("وأبدت إيطاليا وإسبانيا، الشركاء في عقد اتفاق عام 2016 مع تركيا، قلقهما."), []);
});

test("guards: an act after a relation noun in its own clause, a signed cooperation agreement", () => {
  assert.deepEqual(coded("ووقعت الكويت اتفاقية تعاون مع إيران."), ["SUPPORT KWT>IRN asserted"]);
  assert.deepEqual(coded("وبعد تحسن العلاقات وقعت الكويت اتفاقية مع إيران."), ["SUPPORT KWT>IRN asserted"]);
  assert.deepEqual(coded("وبعد تحسن العلاقات ووقعت الكويت اتفاقية مع إيران."), ["SUPPORT KWT>IRN asserted"]);
});

test("backing an armed group or a rebel side backs no state", () => {
  assert.deepEqual(coded("وضمت روسيا شبه الجزيرة عام 2014، ودعمت متمردين موالين لها في شرق أوكرانيا."), []);
  assert.deepEqual(coded("بينما تدعم الولايات المتحدة وتركيا وقطر المتمردين."), []);
  // The cooperation told beside the backing stays; the place the factions fight in is no recipient.
  assert.deepEqual(
    coded("وتنسق أنقرة، التي تدعم بعض فصائل المعارضة في شمال سوريا، مع موسكو وطهران منذ عام."),
    ["COOPERATE TUR>IRN+RUS asserted"],
  );
});

test("guards: a charge of backing a group, backing a government against rebels", () => {
  assert.deepEqual(coded("واتهم بومبيو طهران بدعم جماعات مسلحة في اليمن."), ["ACCUSE USA>IRN asserted"]);
  assert.deepEqual(coded("وتدعم السعودية الحكومة اليمنية ضد المتمردين."), ["SUPPORT SAU>YEM asserted"]);
  assert.deepEqual(coded("وروسيا تدعم الحكومة السورية في حربها على المعارضة."), ["SUPPORT RUS>SYR asserted"]);
});

test("a seat, an embassy or a base hosted is no meeting", () => {
  assert.deepEqual(coded("وتستضيف ألمانيا قاعدة عسكرية للولايات المتحدة منذ عقود."), []);
  assert.deepEqual(coded("وتستضيف النمسا سفارتين لإيران في فيينا."), []);
  assert.deepEqual(coded("واستضافت ألمانيا الرئيس الأمريكي في برلين."), ["CONSULT DEU>USA asserted"]);
});
