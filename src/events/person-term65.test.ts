// A person who held a world body's office and later a state's reads as the office of the article's time:
// the EU's chief negotiator in 2018 is the EU (IGO), not the French prime minister of 2024 (lexicons/persons.tsv;
// branch precision65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("the negotiator's demand is the union's in his term as negotiator", () => {
  assert.deepEqual(
    datedLines("وطالب ميشيل بارنييه بريطانيا بتقديم مقترحات واضحة بشأن الحدود.", "2018-06-01"),
    ["REQUEST IGO>GBR 2018-06-01"],
  );
});

test("the same name in his term as prime minister is France", () => {
  assert.deepEqual(
    datedLines("وطالب ميشيل بارنييه بريطانيا بتقديم مقترحات واضحة بشأن الحدود.", "2024-10-01"),
    ["REQUEST FRA>GBR 2024-10-01"],
  );
});
