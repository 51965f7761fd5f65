// The forty-seventh round's readings of deal nouns that name no deal made (docs/EVENTS.md, "Forty-seventh
// pass", branch deal47). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a deal kept or committed to (للحفاظ على الاتفاق، الالتزام بالاتفاق) is no deal made", () => {
  // Before: the states that keep the deal were read as making it (AGREE AUS+CAN+JPN, AGREE IND+JPN).
  assert.deepEqual(
    coded("وفي الأثناء، تسعى اليابان وأستراليا وكندا للحفاظ على الاتفاق، بينما تلوح الصين بالخروج منه."),
    [],
  );
  assert.deepEqual(coded("وأكدت اليابان والهند التزامهما بالاتفاق في بيان مشترك."), []);
  // A deal reached is still one.
  assert.deepEqual(coded("وتوصلت إيطاليا إلى اتفاق مع إسبانيا بشأن الصيد."), ["AGREE ITA>ESP asserted"]);
});

test("a deal left or judged (سحب … من الاتفاق، موقف … من الاتفاق) is no deal made", () => {
  // Before: AGREE CAN>MEX from the deal the withdrawal leaves.
  assert.deepEqual(coded("وقرر الرئيس الكندي سحب كندا من الاتفاق مع المكسيك."), []);
  assert.deepEqual(coded("ويختلف موقف اليابان من الاتفاق مع موقف الهند."), []);
  // The deal between two states, told with no such word before it, is still their deal.
  assert.deepEqual(coded("وحدد الاتفاق بين اليابان والهند حصص الصيد في المنطقة."), [
    "AGREE JPN>IND asserted",
  ]);
});

test("a deal told as made right after its noun keeps its making, whatever governs it", () => {
  // A commitment to a deal the sentence tells was signed keeps the signing's AGREE.
  assert.deepEqual(coded("وشدد الوزير على التزام اليابان بالاتفاق المبرم مع الهند."), [
    "AGREE JPN>IND asserted",
  ]);
});

test("a definite deal noun right after a complementizer is a claim's topic, unless its sides follow it", () => {
  // Before: AGREE JPN>IND from the deal a leader describes.
  assert.deepEqual(coded("وقال رئيس الوزراء الياباني إن الاتفاق سيساعد اليابان في تجارتها مع الهند."), []);
  // With its sides right after it, the deal is still named as made between them.
  assert.deepEqual(coded("وأوضح الوزير أن الاتفاق بين اليابان والهند نص على خفض الرسوم."), [
    "AGREE JPN>IND asserted",
  ]);
});

test("a signing sought after a noun of effort (جهودا لتوقيع اتفاق) is no deal, a readiness to sign still is", () => {
  // Before: AGREE JPN>IND future from the efforts Japan makes towards a deal.
  assert.deepEqual(coded("وتبذل اليابان جهودا لتوقيع اتفاق تجاري مع الهند."), []);
  // Conditions set for a deal are a demand of the other side (request47's conditioned_as), no deal either.
  assert.deepEqual(coded("وحددت اليابان شروطها لتوقيع اتفاق تجاري مع الهند."), ["REQUEST JPN>IND asserted"]);
  // Readiness to sign is a promise, as before.
  assert.deepEqual(coded("وأبدت اليابان استعدادها لتوقيع اتفاق تجاري مع الهند."), ["AGREE JPN>IND asserted"]);
});
