// The thirty-eighth round's readings of the cooperative side (branch agree38): a state acting "with the
// backing of" another, told by the adverbial noun بدعم / بمساندة (backing.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the adverbial noun of backing makes each backer support the clause's subject", () => {
  // Before: no event (the noun of backing was no trigger).
  assert.deepEqual(coded("وتتأهب أنقرة، بدعم من حليفتيها باكستان وأذربيجان، لتنظيم مناورات في بحر قزوين."), [
    "SUPPORT PAK>TUR asserted",
    "SUPPORT AZE>TUR asserted",
  ]);
  // The backer told by its nisba right after the noun.
  assert.deepEqual(coded("واستعادت القوات الحكومية العراقية بدعم أمريكي قرى عدة قرب الحدود الشمالية."), [
    "SUPPORT USA>IRQ asserted",
  ]);
});

test("the backing of a movement, or of an act in a clause of its own, is no support of a state", () => {
  // A movement is backed, not the state named in the clause before it.
  assert.deepEqual(coded("وتدخلت الهند في النزاع بعد تقدم المتمردين نحو العاصمة بدعم من الصين."), []);
  // A relative clause between the state and the noun: the backing is another clause's.
  assert.deepEqual(
    coded("وتواجه الفصائل التي تدعمها فرنسا، والمقاتلون المحليون بدعم أمريكي، صعوبات كبيرة."),
    [],
  );
});

test("the noun of backing between a light verb and its act leaves the act to its subject", () => {
  assert.deepEqual(coded("وقامت فرنسا، بدعم من حلفائها، بقصف مواقع عسكرية في ليبيا."), [
    "ASSAULT FRA>LBY asserted",
  ]);
});
