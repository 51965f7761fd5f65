// Round 61 (consult61): two calls told by the dual of the call noun.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("the dual مكالمتين is a call like مكالمة: its partners follow مع", () => {
  assert.deepEqual(
    eventLines(
      "وبحث رئيس الوزراء الهندي في مكالمتين هاتفيتين مع الرئيس الفرنسي والمستشارة الألمانية الأزمة.",
    ),
    ["CONSULT IND>DEU+FRA asserted"],
  );
});

test("a dual call noun with no state on the other side is no event", () => {
  assert.deepEqual(eventLines("وأجرى الوزير الهندي مكالمتين مع عائلتي الضحيتين."), []);
});
