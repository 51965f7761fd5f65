// The twentieth pass on recipients lost (docs/EVENTS.md, "Twentieth pass: recipients lost"). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("recognising a city as a state's capital is SUPPORT of the state after عاصمة لـ", () => {
  // The verbal noun with its agent in the genitive, a two-word name set off by commas, and بمدينة.
  assert.deepEqual(
    coded("وخرجت مظاهرات غاضبة عقب اعتراف وزير الخارجية الأمريكي، مايك بومبيو، بمدينة القدس عاصمة لإسرائيل."),
    ["SUPPORT USA>ISR asserted"],
  );
  // The verb with a post-verbal subject of four words.
  assert.deepEqual(coded("وتصاعد الغضب منذ أن اعترف السفير الأمريكي ديفيد فريدمان بالقدس عاصمة لإسرائيل."), [
    "SUPPORT USA>ISR asserted",
  ]);
  // The verbal noun as the object of a decision, and كعاصمة.
  assert.deepEqual(coded("وقررت واشنطن الاعتراف بالقدس عاصمة لإسرائيل وإغلاق قنصليتها هناك."), [
    "SUPPORT USA>ISR asserted",
  ]);
  assert.deepEqual(coded("وقالت البرازيل إنها تدرس الاعتراف بالقدس كعاصمة لإسرائيل."), [
    "SUPPORT BRA>ISR proposed",
  ]);
  assert.deepEqual(coded("وأعلنت غواتيمالا اعترافها بالقدس عاصمة لدولة إسرائيل."), [
    "SUPPORT GTM>ISR asserted",
  ]);
});

test("a recognition with no recognising state, or not of a capital, gives no event", () => {
  // Guard: the recognition's agent is not named; the speaker is no party to it.
  assert.deepEqual(coded("وقال الوزير إن الاعتراف بالقدس عاصمة لإسرائيل كان خطأ."), []);
  // Guard: اعترف as "admit" names no state recognised.
  assert.deepEqual(coded("واعترفت فرنسا بأنها أخطأت في تقدير موقف إسرائيل."), []);
});

test("an act noun after مسألة is the question at issue, not an act done", () => {
  assert.deepEqual(coded("وقالت كندا إن حكومتها منفتحة في مسألة الاعتراف بالقدس عاصمة لإسرائيل."), [
    "SUPPORT CAN>ISR proposed",
  ]);
});

test("the state where a judged act of repression took place is the target of a criticism or a call", () => {
  assert.deepEqual(
    coded("أعربت الأمم المتحدة عن انزعاجها من أنباء عن الاحتجاز التعسفي لآلاف من الأويغور في الصين."),
    ["ACCUSE IGO>CHN asserted"],
  );
  assert.deepEqual(coded("وكانت كندا قد دعت إلى إطلاق سراح نشطاء حقوقيين في السعودية."), [
    "REQUEST CAN>SAU asserted",
  ]);
  assert.deepEqual(coded("وانتقدت الخارجية الألمانية اعتقال صحفيين في تركيا خلال الأسابيع الماضية."), [
    "ACCUSE DEU>TUR asserted",
  ]);
  assert.deepEqual(coded("وأعربت فرنسا عن قلقها إزاء أوضاع حقوق الإنسان في إيران."), [
    "ACCUSE FRA>IRN asserted",
  ]);
});

test("the place of a deed is no target of a charge, of an act not of repression, or of a call to another", () => {
  // Guard: a charge names its accused; the place of the deed charged is not it.
  assert.deepEqual(coded("واتهم وزير الداخلية السعودي بعض المعتقلين بالتواصل مع جهات في قطر."), []);
  // Guard: an attack is no act of repression the state of its place is judged for.
  assert.deepEqual(coded("وانتقدت الخارجية الألمانية الهجوم على المتظاهرين في تركيا."), []);
  // Guard: the state's own arrests at home are no interstate act.
  assert.deepEqual(coded("وانتقدت مصر اعتقال مواطنيها في مصر."), []);
  // Guard: a party named between the call and the deed (here the partner of the meeting) keeps the
  // place from being the target.
  const told = coded("ودعت بريطانيا خلال لقاء مع ولي العهد السعودي إلى وقف الاعتقالات في مصر.");
  assert.ok(
    told.every((e) => !e.includes(">EGY")),
    told.join("; "),
  );
});
