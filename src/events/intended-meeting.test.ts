// A meeting or visit noun after a word of intent (intended-meeting.ts, branch future59). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a visit or meeting intended: the verb's subject meets or visits the noun's genitive", () => {
  // Before: the place visited was read as the actor, and no event was made.
  assert.deepEqual(eventLines("ويعتزم رئيس الوزراء الإيطالي زيارة تونس في الأيام المقبلة.", "modality"), [
    "AGREE ITA>TUN future",
  ]);
  assert.deepEqual(eventLines("وتعتزم المستشارة الألمانية أنغيلا ميركل زيارة الهند.", "modality"), [
    "AGREE DEU>IND future",
  ]);
  assert.deepEqual(
    eventLines("وأعلن البيت الأبيض أن الرئيس ترامب يعتزم لقاء الرئيس الروسي بوتين.", "modality"),
    ["AGREE USA>RUS future"],
  );
});

test("a noun of intent and في before the visit", () => {
  assert.deepEqual(eventLines("وأعلن الرئيس الروسي عن نيته في زيارة اليابان.", "modality"), [
    "AGREE RUS>JPN future",
  ]);
});

test("an intent told by ينوي is future, as one told by يعتزم", () => {
  // Before: CONSULT asserted, a visit told as made.
  assert.deepEqual(eventLines("وقال رئيس الوزراء الياباني إنه ينوي زيارة الصين.", "modality"), [
    "AGREE JPN>CHN future",
  ]);
});

test("a visit noun after no word of intent keeps its reading", () => {
  assert.deepEqual(eventLines("وأجرى رئيس الوزراء الإيطالي زيارة تونس الأسبوع الماضي.", "modality"), []);
});
