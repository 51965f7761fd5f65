// The sixty-fifth round's readings of calls and demands (branch request65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a call for pressure or measures on a state, with no one asked, does not make that state the one asked", () => {
  // Before: the state after على in what is asked was read as the recipient (REQUEST BEL>IRN and the like).
  assert.deepEqual(eventLines("ودعت بلجيكا إلى ممارسة ضغوط حقيقية على إيران لوقف تجاربها الصاروخية."), []);
  assert.deepEqual(eventLines("وطالبت الكويت بفرض عقوبات دولية جديدة على إسرائيل."), []);
  assert.deepEqual(eventLines("ودعت الجزائر للتحرك ضد إسرائيل في المحافل الدولية."), []);
});

test("a call for pressure on a state keeps the addressee named before the complement", () => {
  assert.deepEqual(eventLines("ودعت اليابان الصين إلى الضغط على كوريا الشمالية لوقف تجاربها."), [
    "REQUEST JPN>CHN asserted",
  ]);
  assert.deepEqual(eventLines("وحث الرئيس الأوكراني ألمانيا على فرض عقوبات أشد على روسيا."), [
    "REQUEST UKR>DEU asserted",
  ]);
  // A call whose content is the named state's own act still asks that state.
  assert.deepEqual(eventLines("ودعت فرنسا إيران إلى وقف تجاربها الصاروخية."), ["REQUEST FRA>IRN asserted"]);
});

test("the same holds for a call told by a participle or a noun", () => {
  // Before: REQUEST QAT>SAU and REQUEST FRA>SYR, the state to be pressed read as the one asked.
  assert.deepEqual(eventLines("وانتقد وزير الخارجية القطري الحصار، داعيا إلى الضغط على السعودية."), [
    "ACCUSE QAT>SAU asserted",
  ]);
  assert.deepEqual(eventLines("وجددت هولندا دعوتها إلى فرض عقوبات على سوريا."), []);
});
