// The thirty-second pass's precision rules (docs/EVENTS.md, "Thirty-second pass: false events"): acts only
// feared or warned against. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an act feared or warned against is not done", () => {
  assert.deepEqual(coded("وقال الرئيس الفرنسي إنه يخشى من انسحاب الولايات المتحدة من الاتفاق مع إيران."), []);
  assert.deepEqual(
    coded("وارتفعت أسعار النفط وسط مخاوف من احتمال فرض الولايات المتحدة عقوبات على إيران."),
    [],
  );
  assert.deepEqual(coded("وتخشى إسرائيل من أن تسحب الولايات المتحدة قواتها من سوريا."), []);
  // The warning is an act; what it warns against is not.
  assert.deepEqual(coded("وحذرت روسيا الولايات المتحدة من مغبة فرض عقوبات جديدة على إيران."), [
    "THREATEN RUS>USA asserted",
  ]);
});

test("guards: an act told beside a fear, a concern about an act done", () => {
  // An act in its own clause after the fear.
  assert.deepEqual(coded("وعبرت اليابان عن مخاوفها، وفرضت الولايات المتحدة عقوبات على إيران."), [
    "SANCTION USA>IRN asserted",
  ]);
  // A من of time after a warning; a condition after the warned consequences (its act is listed).
  assert.deepEqual(
    coded("وجاء التحذير الأمريكي بعد يومين من لقاء وزير الخارجية الأمريكي مع السفير التركي في واشنطن."),
    ["CONSULT USA>TUR asserted"],
  );
  assert.deepEqual(
    coded("وحذر الرئيس الإيراني من عواقب وخيمة إذا انسحبت الولايات المتحدة من الاتفاق مع إيران."),
    ["SANCTION USA>IRN conditional"],
  );
  // A concern is no fear: what it is about was done.
  assert.deepEqual(coded("وعبرت فرنسا عن قلقها من قصف إسرائيل لسوريا."), [
    "ACCUSE FRA>ISR asserted",
    "ASSAULT ISR>SYR asserted",
  ]);
});

test("a strike on an armed group takes no target from the place it fell in", () => {
  assert.deepEqual(coded("وقتل قائد في حركة طالبان في غارة جوية أمريكية في أفغانستان."), []);
  assert.deepEqual(coded("وأسفرت الغارات الجوية السعودية عن قتلى في اليمن دون أن تزحزح الحوثيين."), []);
  // Guards: a strike on a state's targets; a blockade told with the militants it aims at.
  assert.deepEqual(coded("وشنت إسرائيل غارات جوية على أهداف في سوريا فجر الأحد."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(coded("وقصفت الطائرات الإسرائيلية مواقع للجيش السوري قرب دمشق ردا على هجوم المسلحين."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(coded("وتفرض إسرائيل حصارا على غزة لمنع هجمات المسلحين."), ["COERCE ISR>PSE asserted"]);
});

test("a meeting the future copula says will be is still to come", () => {
  assert.deepEqual(coded("وستكون هذه ثالث قمة تجمع الكوريتين خلال عام واحد."), ["AGREE KOR+PRK> future"]);
  // Guard: a copula after the act says what the act was, not when (`فرض العقوبات … ستكون ضربة`).
  assert.deepEqual(coded("وعقدت الكوريتان قمة في بانمونجوم ستكون لها آثار كبيرة."), [
    "CONSULT KOR+PRK> asserted",
  ]);
});
