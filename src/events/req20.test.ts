// Nineteenth pass, requests and refusals (branch req20; docs/EVENTS.md "Nineteenth pass: requests and
// refusals"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("req20: a first-person demand in a quote is the speaker's, the party after it the one asked", () => {
  const got = eventLines(
    'وقالت المتحدثة باسم الخارجية الروسية "نأمل في حوار هادئ وندعو بريطانيا إلى تقديم كل ما لديها من أدلة".',
    "states",
  );
  assert.ok(got.includes("REQUEST RUS>GBR"), JSON.stringify(got));
  assert.ok(!got.some((l) => l.startsWith("REQUEST GBR")), JSON.stringify(got));
});

test("req20: a first-person demand with the speaker in the sentence before", () => {
  const got = eventLines(
    'وقال وزير الخارجية السعودي إن بلاده لن تغير موقفها. وأضاف: "نطالب قطر بوقف تمويل الجماعات المتطرفة".',
    "states",
  );
  assert.ok(got.includes("REQUEST SAU>QAT"), JSON.stringify(got));
});

test("req20: a first-person demand of a body that is no state is no event", () => {
  const got = eventLines(
    'وقالت منظمة العفو الدولية في بيان: "ندعو السلطات المصرية إلى الإفراج عن الصحفيين المعتقلين".',
    "states",
  );
  assert.ok(!got.some((l) => l.startsWith("REQUEST")), JSON.stringify(got));
});

test("req20: a denial of any part answers the last charge against the denier, sentences back", () => {
  const got = eventLines(
    "واتهمت الحكومة الهولندية روسيا رسميا بالمسؤولية عن إسقاط الطائرة. وقال وزير الخارجية الهولندي إن التحقيق استمر عامين. وأضاف أن فريق التحقيق جمع أدلة كثيرة من موقع الحادث. وتنفي موسكو أي ضلوع لها في إسقاط الطائرة.",
    "states",
  );
  assert.ok(got.includes("REJECT RUS>NLD"), JSON.stringify(got));
});

test("req20: a denial of a fact, with no part or charge denied, takes no accuser from far back", () => {
  const got = eventLines(
    "واتهمت الحكومة الهولندية روسيا رسميا بالمسؤولية عن إسقاط الطائرة. وقال وزير الخارجية الهولندي إن التحقيق استمر عامين. وأضاف أن فريق التحقيق جمع أدلة كثيرة من موقع الحادث. ونفت موسكو ذلك.",
    "states",
  );
  assert.ok(!got.some((l) => l.startsWith("REJECT")), JSON.stringify(got));
});
