// The date of an act told in a clause of time that a date stands right before (src/events/when-date.ts;
// docs/EVENTS.md, "Twenty-ninth pass: the date before a clause of time"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const dated = (text: string) =>
  analyzeText(text, { published: "2018-04-11" }).events.map((e) => `${e.type} ${e.date ?? "-"}`);

test("a date right before عندما / حين / حينما dates the act of the clause it opens", () => {
  assert.deepEqual(dated("واستمر النزاع حتى عام 1975 عندما وقعت إيران والعراق اتفاق مصالحة."), [
    "SUPPORT 1975",
  ]);
  assert.deepEqual(
    dated(
      "وتصاعد الصراع في مارس/آذار 2015، عندما شن التحالف بقيادة السعودية حملة عسكرية تدعم الرئيس اليمني.",
    ),
    ["SUPPORT 2015-03"],
  );
  assert.deepEqual(dated("ويرجع الأمر إلى عام 2010، حينما وقعت الجزائر عقدا مع روسيا لشراء طائرات مقاتلة."), [
    "SUPPORT 2010",
  ]);
  // A date the publication fixes: `الخميس الماضي` before the Wednesday of publication.
  assert.deepEqual(dated("وتعثرت المحادثات يوم الخميس الماضي، عندما رفضت فرنسا الخطة البريطانية."), [
    "REJECT 2018-04-05",
  ]);
});

test("no date borrowed across whereas, or from a date that does not end right before the conjunction", () => {
  // `في حين` is whereas: the meeting is the publication day's report.
  assert.deepEqual(dated("وزار الوزير الصين في مارس، في حين التقى الرئيس الروسي نظيره التركي."), [
    "CONSULT 2018-04-11",
  ]);
  // A phrase stands between the year and حين: the year dates the change, not the act after it.
  assert.deepEqual(
    dated("وشهدت العلاقات انفراجا عام 2015، في عهد الإدارة السابقة، حين توصلت واشنطن وطهران إلى اتفاق."),
    ["AGREE 2018-04-11"],
  );
});
