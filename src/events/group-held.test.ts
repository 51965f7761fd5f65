// Fifty-eighth pass, precision (branch false58): a reaction whose clause names a group of states after
// its trigger is not given the other state of the event before it. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a refusal of dealings with pariah states takes no recipient from the sentence before", () => {
  const got = coded(
    "وفرضت الولايات المتحدة عقوبات جديدة على السودان. وأعلن السودان رفضه التعامل مع الدول المنبوذة في آسيا.",
  );
  assert.deepEqual(got, ["SANCTION USA>SDN asserted"]);
});

test("a warning to the European states takes no recipient from the sentence before", () => {
  const got = coded(
    "وفرضت الولايات المتحدة عقوبات جديدة على إيران. وحذر مسؤول إيراني الدول الأوروبية من التشكيك في الاتفاق.",
  );
  assert.ok(got.includes("SANCTION USA>IRN asserted"), JSON.stringify(got));
  assert.ok(!got.some((l) => l.startsWith("THREATEN IRN>USA")), JSON.stringify(got));
});

test("guard: a reaction with no group in its clause still answers the event before", () => {
  const got = coded("وفرضت الولايات المتحدة عقوبات جديدة على إيران. ونددت طهران بالخطوة.");
  assert.ok(got.includes("ACCUSE IRN>USA asserted"), JSON.stringify(got));
});
