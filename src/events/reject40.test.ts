// The fortieth round's readings of denials (branch reject40). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a denial of any role after a contrast answers the charge told before it in its sentence", () => {
  // Before: no REJECT (`دور` was no denied part).
  assert.deepEqual(
    coded("ورأى وزراء الاتحاد الأفريقي أن كينيا تقف على الأرجح وراء الغارة، غير أن نيروبي تنفي أي دور لها."),
    ["REJECT KEN>IGO asserted"],
  );
  // A denial of a charge after a contrast, with the accuser in the clause before, stays as it was.
  assert.deepEqual(coded("وتتهم أثينا أنقرة بإرسال المهاجرين، لكن أنقرة تنفي أي تورط في ذلك."), [
    "ACCUSE GRC>TUR asserted",
    "REJECT TUR>GRC asserted",
  ]);
});

test("two deniers in the dual answer the charge just told", () => {
  // Before: only the charge (`ينفيان ذلك` was no trigger form).
  assert.deepEqual(coded("وتتهم كولومبيا فنزويلا وكوبا بدعم المتمردين، لكن فنزويلا وكوبا تنفيان ذلك."), [
    "ACCUSE COL>CUB+VEN asserted",
    "REJECT CUB+VEN>COL asserted",
  ]);
});

test("a denial after a contrast whose own clause names no state as accuser answers no earlier state", () => {
  // Before: no event (`ينفون ذلك` was no trigger form); with the form, the guard keeps the state of the
  // event told before from being read as the accuser.
  assert.deepEqual(
    coded(
      "والتقى وزير الخارجية الهندي نظيره الروسي في موسكو. ويرى محللون أن طائرات باكستانية شاركت في الهجوم، لكن الباكستانيين ينفون ذلك.",
    ),
    ["CONSULT IND>RUS asserted"],
  );
  // A denial opening its sentence with the contrast still answers the charge told before (unchanged).
  assert.deepEqual(coded("واتهمت الهند باكستان بإيواء المسلحين. لكن إسلام آباد تنفي تلك الاتهامات."), [
    "ACCUSE IND>PAK asserted",
    "REJECT PAK>IND asserted",
  ]);
});
