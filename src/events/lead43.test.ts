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

test("a request or an offer right after the verb that answers it and its subject is its noun, not a verb", () => {
  // The refused request is Ghana's, not a request by the Nigerian authorities.
  assert.deepEqual(eventLines("ورفضت السلطات النيجيرية طلب تسليمه إلى غانا."), ["REJECT NGA>GHA asserted"]);
  // The offer's own doer named right after it still makes it an act of its own.
  assert.deepEqual(eventLines("وقبلت نيجيريا عرض غانا للوساطة."), [
    "AGREE NGA>GHA asserted",
    "REQUEST GHA>NGA asserted",
  ]);
  // A request verb joined by و after the answer's clause stays a verb, with its own object.
  assert.deepEqual(eventLines("وانتقدت نيجيريا غانا وطلبت منها تسليم المتهمين."), [
    "ACCUSE NGA>GHA asserted",
    "REQUEST NGA>GHA asserted",
  ]);
});

test("an act in the clause a denial verb governs, its denier between, is denied", () => {
  assert.deepEqual(
    eventLines("ونفى المتحدث باسم الحكومة الكينية أن تكون بلاده قد زودت جنوب السودان بالأسلحة."),
    ["AID KEN>SSD asserted neg"],
  );
  // A denial itself negated leaves the act as told.
  assert.deepEqual(
    eventLines("ولم ينف المتحدث باسم الحكومة الكينية أن تكون بلاده قد زودت جنوب السودان بالأسلحة."),
    ["AID KEN>SSD asserted"],
  );
  // A meeting named deep in the denied clause was held: only the verb of the clause is denied.
  assert.deepEqual(
    eventLines("ونفى الوزير أن يكون الاستياء من لقاء الرئيس الكيني مع نظيره الأوغندي قد دفعه للاستقالة."),
    ["CONSULT KEN>UGA asserted"],
  );
});
