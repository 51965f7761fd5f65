// The forty-third round's lead readings (docs/EVENTS.md, "Forty-third pass: the lead's …", branch lead43).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a speaker named by title alone acts in the clause his pronoun opens", () => {
  assert.deepEqual(eventLines("وقال وزير الخارجية الهندي إنه التقى نظيره الباكستاني في نيويورك."), [
    "CONSULT IND>PAK asserted",
  ]);
  assert.deepEqual(eventLines("وقالت وزيرة الدفاع الأسترالية إنها انتقدت إندونيسيا خلال الاجتماع."), [
    "ACCUSE AUS>IDN asserted",
  ]);
  // A pronoun that does not agree with the speech verb is another's: no speaker is taken.
  assert.deepEqual(eventLines("وقال وزير الخارجية الهندي إنها انتقدت إندونيسيا خلال الاجتماع."), []);
  // Further on, the pronoun may be another's (a denial answers the speaker): the speaker does not act.
  assert.deepEqual(eventLines("وقال وزير الخارجية الهندي إنه ربما سافر إلى هناك، وهو ما تنفيه باكستان."), [
    "REJECT PAK>IND asserted",
  ]);
});

test("a title right after another title's nisba, with a state of its own, is another state's person", () => {
  assert.deepEqual(eventLines("والتقى وزير الدفاع الياباني الرئيس الفلبيني رودريغو دوتيرتي في مانيلا."), [
    "CONSULT JPN>PHL asserted",
  ]);
  // A title of the same state, or of none, goes on naming the same person.
  assert.deepEqual(
    eventLines("واستقبل ولي العهد السعودي الأمير محمد بن سلمان وزير الدفاع الياباني في الرياض."),
    ["CONSULT SAU>JPN asserted"],
  );
});

test("brandishing a measure that stops or closes something is a threat", () => {
  assert.deepEqual(eventLines("ولوحت الهند بتعليق المحادثات التجارية مع باكستان."), [
    "THREATEN IND>PAK asserted",
  ]);
  // With no measure after it, لوح is no threat (a wave of the hand).
  assert.deepEqual(eventLines("ولوح الرئيس الهندي بيده لمستقبليه في مطار كراتشي الباكستانية."), []);
});
