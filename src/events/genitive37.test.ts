// The thirty-seventh round's readings of who acts on whom around a charge (docs/EVENTS.md, "Thirty-seventh
// pass: the genitive of a verbal noun", branch genitive37). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the pronoun of a charge noun before its charge is the accused, never the accuser", () => {
  // Before: ACCUSE SYR>USA, the regime the pronoun stands for read as the accuser.
  assert.deepEqual(
    coded(
      "وتصاعدت تهديدات الرئيس الأمريكي بضربة جوية للنظام السوري عقب اتهامه بشن هجوم كيماوي على المدنيين.",
    ),
    ["THREATEN USA>SYR asserted"],
  );
  // A party right after the pronoun is the accused; the pronoun stays the accuser.
  assert.deepEqual(coded("وقطعت البحرين علاقاتها مع قطر لاتهامها الدوحة بتمويل جماعات متطرفة."), [
    "SANCTION BHR>QAT asserted",
    "ACCUSE BHR>QAT asserted",
  ]);
});

test("a verb of blame with one party before the responsibility has that party as the one blamed", () => {
  assert.deepEqual(
    coded("وأصدرت الخارجية الإيرانية بيانا عن الحادث. وحمّلت الولايات المتحدة مسؤولية التصعيد في المنطقة."),
    ["ACCUSE IRN>USA asserted"],
  );
  // Subject and object both after the verb: unchanged.
  assert.deepEqual(coded("وحملت مصر إثيوبيا مسؤولية تعثر المفاوضات حول السد."), ["ACCUSE EGY>ETH asserted"]);
});

test("a relative verb with its own subject and object after it does not take the antecedent as subject", () => {
  // Before: ACCUSE SYR>RUS, the Syrian base the relative pronoun stands for read as the subject.
  assert.deepEqual(
    coded("تحدث المسؤول عن الغارة على مطار عسكري في حمص السورية، والذي حملت موسكو إسرائيل مسؤوليته."),
    ["ACCUSE RUS>ISR asserted"],
  );
});

test("a charge called groundless is the speaker's REJECT of the state that made it", () => {
  assert.deepEqual(coded("وقال وزير الخارجية القطري إن مزاعم الرياض بشأن تمويل المتطرفين لا أساس لها."), [
    "REJECT QAT>SAU asserted",
  ]);
  // The charge's maker told by its nisba, the charged state after ل; the charge itself stays an ACCUSE.
  assert.deepEqual(
    coded("واعتبر السفير الكوبي في مؤتمر صحفي أن الاتهامات الأمريكية لبلاده بالتجسس عارية عن الصحة."),
    ["ACCUSE USA>CUB asserted", "REJECT CUB>USA asserted"],
  );
  // No maker named: no act.
  assert.deepEqual(coded("وقال المتحدث الإيراني إن التقارير عن إغلاق السفارة لا أساس لها."), []);
});

test("a demand with no addressee to act on a state does not ask that state", () => {
  // Before: REQUEST GBR>RUS, the state to be punished read as the one asked.
  assert.deepEqual(coded("وتطالب الحكومة البريطانية بمحاسبة روسيا على الهجمات الإلكترونية."), []);
  // An addressee before the complement is the one asked.
  assert.deepEqual(coded("وطالبت هولندا الاتحاد الأوروبي بمعاقبة روسيا على إسقاط الطائرة."), [
    "REQUEST NLD>IGO asserted",
  ]);
  // The doer of the act asked for is asked (`بانسحاب إسرائيل`).
  assert.deepEqual(coded("وطالبت الأردن بانسحاب إسرائيل من الأراضي التي احتلتها."), [
    "REQUEST JOR>ISR asserted",
  ]);
});

test("a party inside the charge after an accusing verb is not the accused", () => {
  // Before: ACCUSE DEU>LBN, the Lebanese premier inside the charge read as the accused.
  assert.deepEqual(coded("وكان الوزير الألماني قد اتهم الحكومة باحتجاز رئيس الوزراء اللبناني عدة أيام."), []);
  // The accused named before the charge stays.
  assert.deepEqual(coded("واتهم الوزير الألماني الحكومة السعودية باحتجاز رئيس الوزراء اللبناني عدة أيام."), [
    "ACCUSE DEU>SAU asserted",
  ]);
  // An adverb with ب right after the verb is no charge.
  assert.deepEqual(
    coded("وما زالت الولايات المتحدة تتهم باستمرار كوريا الشمالية بتدبير الهجمات الإلكترونية."),
    ["ACCUSE USA>PRK asserted"],
  );
});
