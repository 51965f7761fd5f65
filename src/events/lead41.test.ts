// The forty-first round's lead readings (docs/EVENTS.md, "Forty-first pass: the lead's …", branch lead41).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("a statement that reached a news site is no visit", () => {
  assert.deepEqual(
    eventLines(
      'وذكرت الخارجية البريطانية في بيان وصل لموقع الصحيفة: "يعمل الضابطان لصالح الاستخبارات الروسية."',
    ),
    [],
  );
  // A minister who reaches a state still visits it.
  assert.deepEqual(eventLines("ووصل وزير الخارجية البريطاني إلى موسكو في زيارة تستغرق يومين."), [
    "CONSULT GBR>RUS asserted",
  ]);
});

test("a state right after a verbal noun is its agent, not the agent of a relative clause on a later noun", () => {
  assert.deepEqual(
    eventLines("جاء القرار عقب انتقاد ألمانيا للحملة التي تشنها تركيا على الصحفيين المعارضين."),
    ["ACCUSE DEU>TUR asserted"],
  );
  // With no state after the noun, the relative clause's agent carried out the act the noun names.
  assert.deepEqual(eventLines("وتواصلت الضربات التي وجهتها فرنسا إلى مالي منذ الشهر الماضي."), [
    "ASSAULT FRA>MLI asserted",
  ]);
});

test("the trigger's word said again owns the partner named after it", () => {
  assert.deepEqual(
    eventLines("وقال الوزير إن قمة مجموعة السبع ستكون أهم من قمة الأسبوع المقبل مع الرئيس الصيني."),
    [],
  );
  assert.deepEqual(eventLines("وأكد الوزير أن قمة الاتحاد الأوروبي مع الرئيس الصيني ستعقد الأسبوع المقبل."), [
    "CONSULT IGO>CHN asserted",
  ]);
});

test("states given as examples of the issues a deal covers are no parties of it", () => {
  assert.deepEqual(eventLines("وقال الوزير إن الاتفاق يشمل ملفات مثل ليبيا والسودان."), []);
  // After a noun of states, the states listed are still the ones acted on.
  assert.deepEqual(eventLines("وفرضت واشنطن عقوبات جديدة على دول مثل إيران وفنزويلا."), [
    "SANCTION USA>IRN+VEN asserted",
  ]);
});

test("an act told as one of the scenarios ahead is possible, not done", () => {
  assert.deepEqual(eventLines("وقال الوزير إن السيناريو الآخر هو أن تلغي كندا اتفاقها مع فنزويلا."), [
    "REJECT CAN>VEN conditional",
  ]);
  assert.deepEqual(eventLines("وقال الوزير إن كندا قد تلغي اتفاقها مع فنزويلا."), [
    "REJECT CAN>VEN conditional",
  ]);
  assert.deepEqual(eventLines("وقال الوزير إن كندا ألغت اتفاقها مع فنزويلا."), ["REJECT CAN>VEN asserted"]);
});

test("a state that urges its own companies asks no state", () => {
  assert.deepEqual(eventLines("وحثت ألمانيا شركاتها على عدم الانسحاب من إيران."), []);
  assert.deepEqual(eventLines("وحثت ألمانيا إيران على عدم الانسحاب من الاتفاق."), [
    "REQUEST DEU>IRN asserted",
  ]);
});

test("an act a speaker hopes for is wanted, not done", () => {
  assert.deepEqual(eventLines("وقال الوزير إنه يرجو أن تطلق إيران سراح البحارة البريطانيين."), [
    "RETREAT IRN>GBR proposed",
  ]);
  assert.deepEqual(eventLines("وقال الوزير إن إيران أطلقت سراح البحارة البريطانيين."), [
    "RETREAT IRN>GBR asserted",
  ]);
});

test("a bombing told after a noun of operation is a verbal noun, not a verb with the state before it as subject", () => {
  assert.deepEqual(eventLines("ونفت موسكو تقارير عن خسائر تركية في عملية قصف روسية قرب إدلب."), []);
  assert.deepEqual(eventLines("وقال الجيش إن تركيا قصفت مواقع روسية قرب إدلب."), [
    "ASSAULT TUR>RUS asserted",
  ]);
});

test("the states after بين are no subject of a verb after them", () => {
  assert.deepEqual(
    eventLines("ويخشى مراقبون اندلاع مواجهة بين الهند وباكستان في حال ألغت الصين اتفاقها مع إسلام آباد."),
    ["REJECT CHN>PAK conditional"],
  );
  // A subject before the verb with no بين still acts.
  assert.deepEqual(eventLines("ويخشى مراقبون أن الصين ألغت اتفاقها مع باكستان."), [
    "REJECT CHN>PAK asserted",
  ]);
});

test("a meeting's relative clause dates it past a long list of its sides and place", () => {
  assert.deepEqual(
    datedLines(
      "وخلال القمة التاريخية التي انعقدت بين الرئيسين الياباني والكوري الجنوبي في مدينة أوساكا اليابانية الشهر الماضي، وقع الزعيمان اتفاقا للتعاون.",
      "2018-07-20",
    ),
    ["CONSULT JPN+KOR> 2018-06", "SUPPORT JPN+KOR> 2018-06"],
  );
});

test("reaching a degree (وصل إلى درجة) is no visit", () => {
  assert.deepEqual(eventLines("وكان رد السعودية قويا وصل إلى درجة تجميد التجارة مع السويد."), []);
  assert.deepEqual(eventLines("ووصل الرئيس المصري إلى السودان في زيارة رسمية."), [
    "CONSULT EGY>SDN asserted",
  ]);
});

test("a state on ل after a noun of backing (دعما ل) is the side backed, not the one struck", () => {
  assert.deepEqual(eventLines("وتملك إيران قاعدة عسكرية في سوريا تشن منها هجمات دعما للجيش السوري."), []);
  assert.deepEqual(eventLines("وتملك إيران قاعدة عسكرية تشن منها هجمات على الجيش العراقي."), [
    "ASSAULT IRN>IRQ asserted",
  ]);
});
