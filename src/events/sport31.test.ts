// Words of a competition mark a sentence about a match (lexicons/cues.tsv, sport_word): a "meeting"
// between two states' teams is no consultation. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "states");

test("a meeting counted among the competitions of two teams is no consultation", () => {
  assert.deepEqual(coded("ويعد هذا اللقاء الخامس بين المغرب والجزائر في المنافسات الرسمية."), []);
  assert.deepEqual(coded("وسبق أن التقت تونس ومصر مرتين في الدوري الأفريقي للأندية."), []);
});

test("the same wordings without a word of competition are meetings", () => {
  assert.deepEqual(
    coded("والتقى وزير الخارجية المغربي نظيره الجزائري في الرباط، في اللقاء الخامس بينهما منذ بداية العام."),
    ["CONSULT MAR>DZA"],
  );
  assert.deepEqual(coded("وسبق أن التقت تونس ومصر مرتين في العاصمة الجزائرية."), ["CONSULT EGY+TUN>"]);
});
