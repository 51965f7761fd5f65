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

// The football confederations' names begin with an IGO's (lexicons/organizations.tsv): the confederation
// is no party to an act between states, the union named alone still is.
test("a football confederation named like an IGO is no party; the IGO named alone is", () => {
  assert.deepEqual(coded("وأعلن الاتحاد الأفريقي لكرة القدم دعمه ترشح المغرب لاستضافة كأس العالم."), []);
  assert.deepEqual(coded("وفرض الاتحاد الأوروبي لكرة القدم غرامة على الاتحاد الروسي بعد المباراة."), []);
  assert.deepEqual(coded("ودعا الاتحاد الأفريقي إثيوبيا وإريتريا إلى استئناف الحوار."), [
    "REQUEST IGO>ERI+ETH",
  ]);
  assert.deepEqual(coded("وفرض الاتحاد الأوروبي عقوبات جديدة على روسيا."), ["SANCTION IGO>RUS"]);
});
