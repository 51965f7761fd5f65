// The forty-first round's reading of denials whose charge is told after them (docs/EVENTS.md, "Forty-first
// pass", branch reject41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a denial of a part with no charge before answers the first charge against the denier told after it", () => {
  const opening = "تعطلت شبكة الكهرباء في اليابان ساعات بعد هجوم إلكتروني، في أسبوع زار فيه وفد تجاري الصين.";
  const denial = `${opening} وتنفي الصين أي تورط في الهجوم الإلكتروني على الشبكة.`;
  const charge = "وقال وزير الداخلية الياباني إن الصين مسؤولة عن الهجوم الإلكتروني على شبكة الكهرباء.";
  // Before: the charge came after the denial, and the denial was left with no accuser.
  assert.deepEqual(coded(`${denial} ${charge}`), ["REJECT CHN>JPN asserted", "ACCUSE JPN>CHN asserted"]);
  // A denial of a fact ("that"), no part or charge named, still answers nothing told after it.
  assert.deepEqual(coded(`${opening} ونفت الصين ذلك في بيان. ${charge}`), ["ACCUSE JPN>CHN asserted"]);
});
