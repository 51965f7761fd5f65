// The forty-third pass's reactions told in a relative clause after a summing word (docs/EVENTS.md,
// "Forty-third pass, second wave", branch reltake43). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("أدانته right after a relative or a summing ما is the verb of condemnation, elsewhere no trigger", () => {
  // Before: the form was dropped as the noun `إدانته` (his conviction), and the sentence gave only the sanction.
  assert.deepEqual(coded("وقررت اليابان تجميد أصول شركات كورية شمالية، الأمر الذي أدانته بيونغ يانغ."), [
    "ACCUSE PRK>JPN asserted",
  ]);
  assert.deepEqual(coded("وأغلقت الهند حدودها مع باكستان، وهو ما أدانته إسلام آباد."), [
    "SANCTION IND>PAK asserted",
    "ACCUSE PAK>IND asserted",
  ]);
  // The noun with its pronoun, a person's conviction, stays no act: only the release is read.
  assert.deepEqual(coded("وأفرجت السلطات المصرية عن الصحفي الكندي بعد إدانته بنشر أخبار كاذبة."), [
    "RETREAT EGY>CAN asserted",
  ]);
});

test("an imperfect with its object pronoun after a summing word answers the clause summed up", () => {
  // Before: `ترفضه` was read only inside a relative clause whose antecedent is a party.
  assert.deepEqual(coded("وتطالب نيودلهي بتسليم المتهم لمحاكمته، وهو ما ترفضه إسلام آباد."), [
    "REJECT PAK>IND asserted",
  ]);
  // With no summing word before it, the imperfect with its pronoun is still no act (only the demand is read).
  assert.deepEqual(coded("وتطالب نيودلهي بتسليم المتهم لمحاكمته، وترفضه إسلام آباد."), [
    "REQUEST IND>PAK asserted",
  ]);
});

test("a welcome or backing of the clause summed up is for that clause's doer", () => {
  // Before: the welcome had no recipient (SUPPORT reads no implicit recipient).
  assert.deepEqual(coded("وأعلنت الأردن فتح معبر جابر أمام الشاحنات، وهي الخطوة التي رحبت بها سوريا."), [
    "SUPPORT SYR>JOR asserted",
  ]);
  assert.deepEqual(coded("واقترحت النرويج استضافة جولة جديدة من المحادثات، الأمر الذي أيدته السويد."), [
    "REQUEST NOR>SWE asserted",
    "SUPPORT SWE>NOR asserted",
  ]);
  // A clause summed up with no state as its doer gives the backing no recipient.
  assert.deepEqual(coded("ودار الحديث عن استضافة جولة جديدة من المحادثات، الأمر الذي أيدته السويد."), []);
});

test("the party after بناء على طلب من asked, and is never read as the one asked", () => {
  // The one who asks is after من; the sentence's subject of another state was asked.
  assert.deepEqual(coded("وأطلقت السلطات الأردنية سراح الصيادين بناء على طلب من الحكومة اللبنانية."), [
    "REQUEST LBN>JOR asserted",
  ]);
  // With no state as the sentence's subject, no state is read as the one asked.
  assert.deepEqual(coded("وعقدت الجولة الثانية من المحادثات بناء على طلب من الرئيس الكوري الجنوبي."), []);
});
