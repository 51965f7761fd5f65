// Force and coercion, eighteenth pass (docs/EVENTS.md, "Eighteenth pass: force and coercion").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");
const assaults = (text: string) => coded(text).filter((e) => e.startsWith("ASSAULT"));

test("an attack only expected, prepared, feared or imagined is no attack (done_only)", () => {
  assert.deepEqual(assaults("وارتفعت أسعار النفط وسط توقعات بأن تشن إسرائيل ضربة جوية على لبنان."), []);
  assert.deepEqual(assaults("وقال الخبير إنه لو قصفت روسيا مقر الحكومة الأوكرانية لكان ذلك إعلان حرب."), []);
  assert.deepEqual(assaults("وأبدى الوزير قلق بلاده من استعدادات أمريكية لشن ضربات جوية على سوريا."), []);
  // Guard: a state's own threat of force is still its threat.
  assert.deepEqual(coded("وتوعد الرئيس الأمريكي بإطلاق صواريخ على سوريا."), ["THREATEN USA>SYR asserted"]);
  // Guard: a suspected or alleged attack was done; only its doer is in doubt.
  assert.deepEqual(assaults("وقتل عشرة جنود فيما يشتبه بأنه قصف إسرائيلي على قاعدة في سوريا."), [
    "ASSAULT ISR>SYR conditional",
  ]);
  // Guard: an attack told as done stays.
  assert.deepEqual(assaults("وشنت الولايات المتحدة ضربات جوية على مواقع في سوريا فجر السبت."), [
    "ASSAULT USA>SYR asserted",
  ]);
});

test("an attack noun whose genitive is a civilian person, or with an insulting adjective, is told in words", () => {
  assert.deepEqual(coded("وعقب هجوم ترامب الشديد على كيم جونغ أون، رفعت بيونغ يانغ نبرة خطابها."), [
    "ACCUSE USA>PRK asserted",
  ]);
  assert.deepEqual(coded("وعاد الرئيس الفلبيني إلى الهجوم المهين على المفوضية السامية لحقوق الإنسان."), [
    "ACCUSE PHL>IGO asserted",
  ]);
  // Guard: an army's attack is force.
  assert.deepEqual(coded("وقتل عشرات في هجوم الجيش الإسرائيلي على مواقع في سوريا."), [
    "ASSAULT ISR>SYR asserted",
  ]);
});

test("a state named as the neighbour of the place told (على الحدود مع) is not the target", () => {
  assert.deepEqual(assaults("واستهدفت الضربة الأمريكية تجمعا في مصنع في قرية سورية على الحدود مع العراق."), [
    "ASSAULT USA>SYR asserted",
  ]);
  // The striking aircraft's nisba names the actor (thirtieth pass); the place's state is the target, as
  // above, and Pakistan, the neighbour, is not.
  assert.deepEqual(
    assaults("وشنت الطائرات الأمريكية غارة في ولاية بكتيكا شرقي أفغانستان على مقربة من الحدود مع باكستان."),
    ["ASSAULT USA>AFG asserted"],
  );
  // Guard: a crossing on the border with a state (the adjective الحدودي) is shared with it.
  assert.deepEqual(coded("وأغلقت السعودية منفذها الحدودي مع قطر في ديسمبر الماضي."), [
    "SANCTION SAU>QAT asserted",
  ]);
  // Guard: a strike on a state named plainly stays.
  assert.deepEqual(assaults("وشنت الولايات المتحدة غارات على مواقع في العراق."), [
    "ASSAULT USA>IRQ asserted",
  ]);
});
