// Recall of the cooperative side (docs/EVENTS.md, "Fourteenth pass: occasions, thanks and drills").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a meeting told as the occasion of an act before it is a meeting of its own", () => {
  // The visit after خلال or لدى is when the invitation was made, not what the guest was invited to.
  assert.deepEqual(
    coded("ووجهت الوزيرة الدعوة لبوتين لحضور حفل الافتتاح خلال زيارة أجراها إلى النمسا في الربيع الماضي."),
    ["CONSULT RUS>AUT asserted"],
  );
  assert.deepEqual(coded("ووجهت الوزيرة الدعوة لبوتين لحضور الحفل لدى زيارة أجراها إلى النمسا مطلع العام."), [
    "CONSULT RUS>AUT asserted",
  ]);
  // Guards: a visit one is invited to is no visit; a meeting agreed on stays the agreement's complement.
  assert.deepEqual(
    coded("ووجهت الوزيرة الدعوة لبوتين لحضور الحفل، فيما تلقى دعوة لزيارة النمسا في وقت سابق هذا العام."),
    [],
  );
  assert.deepEqual(coded("واتفقت روسيا وتركيا على عقد اجتماع في موسكو الشهر المقبل."), [
    "AGREE RUS+TUR> asserted",
  ]);
});

test("thanking a state or its leader is praise (SUPPORT), unless the thanks are a private person's", () => {
  assert.deepEqual(coded("وشكر رئيس الوزراء الأسترالي اليابان على موقفها من الرسوم الصينية."), [
    "SUPPORT AUS>JPN asserted",
  ]);
  assert.deepEqual(
    coded("وذكر البيان أن ولي العهد السعودي وجه الشكر إلى الإدارة الأمريكية على مساعدتها في مكافحة الإرهاب."),
    ["SUPPORT SAU>USA asserted"],
  );
  // Guards: an activist's thanks are no state's act; a thank-you letter (the noun before إلى) is not the verb.
  assert.deepEqual(coded("وشكرت الناشطة السعودية، سارة العتيبي، كندا على تضامنها."), []);
  assert.deepEqual(
    coded("وبعثت ميلانيا، قرينة الرئيس الأمريكي، رسالة شكر إلى العاهل الأردني على حسن الضيافة."),
    [],
  );
});

test("taking part in drills or exercises with another state's forces is military cooperation", () => {
  assert.deepEqual(coded("وتشارك قوات أمريكية في التدريبات مع الجيش الأردني."), [
    "COOPERATE USA>JOR asserted",
  ]);
  assert.deepEqual(coded("وشارك جنود بريطانيون في تدريبات عسكرية تجريها القوات الأوكرانية."), [
    "COOPERATE GBR>UKR asserted",
  ]);
  // Guard: taking part in a match is no cooperation between states.
  assert.deepEqual(coded("وشارك المنتخب السعودي في مباراة ودية مع مصر."), []);
});
