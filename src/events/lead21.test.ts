// The lead's batch of the twentieth pass (docs/EVENTS.md, "Lead's batch of the twentieth pass"): a
// compound speaker (`قالت ألمانيا وفرنسا إنهما …`) is the whole actor of the act its reported clause
// tells. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a compound speaker acts as one side with all its states", () => {
  assert.deepEqual(coded("وقالت ألمانيا وفرنسا إنهما ستطردان دبلوماسيين روسا."), [
    "SANCTION DEU+FRA>RUS future",
  ]);
  assert.deepEqual(coded("وأعلنت كل من هولندا وبلجيكا وإيطاليا أنها ستطرد دبلوماسيين روسا."), [
    "SANCTION BEL+ITA+NLD>RUS future",
  ]);
  assert.deepEqual(coded("وأعلنت كندا والمكسيك أنهما سترفعان الرسوم الجمركية على البضائع الأمريكية."), [
    "SANCTION CAN+MEX>USA future",
  ]);
  // A duty laid by a compound speaker (`إن على إسرائيل`) is both speakers' demand.
  assert.deepEqual(coded("وقال وزيرا خارجية مصر والأردن إن على إسرائيل وقف الاستيطان."), [
    "REQUEST EGY+JOR>ISR asserted",
  ]);
  // Guard: a single speaker stays the only actor, and the state after the verb its recipient.
  assert.deepEqual(coded("وقالت ألمانيا إنها ستطرد دبلوماسيين روسا."), ["SANCTION DEU>RUS future"]);
  // Guard: a state told after the speaker with no و between is no part of the speaker.
  assert.deepEqual(coded("وقالت بريطانيا، في رسالة إلى روسيا، إنها ستطرد دبلوماسيين روسا."), [
    "SANCTION GBR>RUS future",
  ]);
});

test("an act a party failed at or was unable to do is negated, not asserted", () => {
  assert.deepEqual(coded("وفشلت مصر وإثيوبيا في التوصل إلى اتفاق بشأن السد."), [
    "AGREE EGY+ETH> asserted neg",
  ]);
  assert.deepEqual(coded("ولم تتمكن روسيا وتركيا من التوصل إلى هدنة."), ["AGREE RUS+TUR> asserted neg"]);
  assert.deepEqual(coded("ولم تستطع اليابان وكوريا الجنوبية التوصل إلى اتفاق."), [
    "AGREE JPN+KOR> asserted neg",
  ]);
  // Guard: an ability told with no negation is no failure; a hope to be able is no agreement made.
  assert.deepEqual(coded("وتمكنت مصر وإثيوبيا من التوصل إلى اتفاق."), ["AGREE EGY+ETH> asserted"]);
  // Guard: talks that failed were held (no في on the act).
  assert.deepEqual(coded("وفشلت المحادثات بين مصر وإثيوبيا."), ["CONSULT EGY>ETH asserted"]);
  // Guard: failing to convince tells the attempt: the request was made.
  assert.deepEqual(coded("ولم تستطع الحكومة العراقية إقناع إيران باستئناف الإمدادات."), [
    "REQUEST IRQ>IRN asserted",
  ]);
});
