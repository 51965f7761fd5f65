// Twenty-third pass, false events (branch prec23, docs/EVENTS.md "Twenty-third pass: false events").
// Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "negation");
const types = (text: string) => lines(text).map((l) => l.split(" ")[0]);

test("prec23: an act that is the object of a denial is no event", () => {
  // The part in the act (تورط، مسؤولية) after the denial verb, the act after في or عن.
  assert.ok(
    !types("ونفى المندوب الصيني لدى المنظمة، وانغ لي، تورط بكين في الهجوم على السفينة الفيتنامية.").includes(
      "ASSAULT",
    ),
  );
  assert.ok(
    !types("وتنفي الحكومة الإثيوبية مسؤوليتها عن قصف القرى الإريترية قرب الحدود.").includes("ASSAULT"),
  );
  // The act's verbal noun as the denial's object, its subject between.
  assert.deepEqual(lines("لكن مسؤولين فرنسيين نفوا شن بلادهم غارات على مواقع في مالي أمس."), []);
  assert.deepEqual(lines("وتنفي الكويت طرد السفير الفلبيني من أراضيها."), []);
});

test("prec23 guard: an act told after the denial in a clause of its own stays", () => {
  assert.ok(types("ونفت الصين تورطها في الحادث، وطالبت اليابان بتقديم أدلة.").includes("REQUEST"));
  // The act after a preposition is the denial's occasion, not its object.
  assert.ok(types("ونفى الوزير الصيني خلال لقائه مع نظيره الياباني أي تورط في الحادث.").includes("CONSULT"));
  // No denial: the expulsion stands.
  assert.deepEqual(lines("وطردت الكويت السفير الفلبيني من أراضيها."), ["SANCTION KWT>PHL asserted"]);
});

test("prec23: refusing to point a charge is an accusation not made, not a refusal", () => {
  assert.deepEqual(lines("ورفضت الحكومة الألمانية توجيه أصابع الاتهام إلى بكين."), [
    "ACCUSE DEU>CHN asserted neg",
  ]);
  assert.deepEqual(lines("وامتنعت الحكومة الإيطالية عن إلقاء اللوم على فرنسا."), [
    "ACCUSE ITA>FRA asserted neg",
  ]);
  // Guard: a refusal to hand someone over is a refusal.
  assert.deepEqual(lines("ورفضت الحكومة الألمانية تسليم المشتبه به إلى روسيا."), ["REJECT DEU>RUS asserted"]);
});

test("prec23: a warning whose danger stands seven words into its complement threatens no one", () => {
  assert.deepEqual(
    lines("وانتقد وزير الخارجية الإيراني إسرائيل، وحذر أن الأوضاع في المنطقة قد تنزلق نحو أزمة خطيرة."),
    ["ACCUSE IRN>ISR asserted"],
  );
  // Guard: a warning of the speaker's own response is a threat.
  assert.deepEqual(lines("وانتقد وزير الخارجية الإيراني إسرائيل، وحذر أن بلاده سترد بقوة على أي هجوم."), [
    "ACCUSE IRN>ISR asserted",
    "THREATEN IRN>ISR asserted",
  ]);
});

test("prec23: the state right after a noun of force, with no target after it, is the one struck", () => {
  assert.deepEqual(lines("وخرج مئات الطلاب في باريس احتجاجا على قصف سوريا وانتقدوا روسيا."), []);
  // Guard: with a target after it, the genitive is the agent.
  assert.deepEqual(lines("وقال الوزير إن قصف إسرائيل لقطاع غزة مستمر منذ أيام."), [
    "ASSAULT ISR>PSE asserted",
  ]);
});

test("prec23: a release followed in its sentence by house arrest is no release", () => {
  assert.deepEqual(lines("وأخلت محكمة إيرانية سبيل الصحفي الكندي أمس، لكنها وضعته قيد الإقامة الجبرية."), []);
  // Guard: a release stands.
  assert.deepEqual(lines("وأفرجت محكمة إيرانية عن الصحفي الكندي بعد عامين من الاعتقال."), [
    "RETREAT IRN>CAN asserted",
  ]);
});

test("prec23: a charge written in the passive names no accuser", () => {
  assert.deepEqual(lines("ويُتهم الرئيس الفنزويلي بقمع المتظاهرين، وتقول كولومبيا إنها تملك أدلة."), []);
  // Guard: in the active voice the charge stands.
  assert.deepEqual(lines("واتَّهمت كولومبيا الرئيس الفنزويلي بقمع المتظاهرين."), ["ACCUSE COL>VEN asserted"]);
});

test("prec23: a nisba after a public figure who holds no office is a nationality", () => {
  assert.deepEqual(lines("ودعت الإعلامية البحرينية قطر إلى وقف حملتها."), []);
  // Guard: after an office the nisba is the state.
  assert.deepEqual(lines("ودعت الخارجية البحرينية قطر إلى وقف حملتها."), ["REQUEST BHR>QAT asserted"]);
});
