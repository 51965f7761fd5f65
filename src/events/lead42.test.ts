// The forty-second round's lead readings (docs/EVENTS.md, "Forty-second pass: the lead's …", branch lead42).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a verb after ثم is the next act of the clause before and keeps its subject", () => {
  assert.deepEqual(eventLines("والتقى وفد ياباني الرئيس الصيني في بكين، ثم سافر إلى سيول."), [
    "CONSULT JPN>CHN asserted",
    "CONSULT JPN>KOR asserted",
  ]);
  // A verb after ثم with its own subject after it keeps that subject.
  assert.deepEqual(eventLines("والتقى وفد ياباني الرئيس الصيني في بكين، ثم زار رئيس الوزراء الهندي سيول."), [
    "CONSULT JPN>CHN asserted",
    "CONSULT IND>KOR asserted",
  ]);
});
