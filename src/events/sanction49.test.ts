// The forty-ninth round's readings of coercion (docs/EVENTS.md, "Forty-ninth pass", branch sanction49). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("standing sanctions told as a noun phrase with their target after على are a sanction", () => {
  // Before: the definite noun needed `المفروضة` after it, so sanctions told in passing gave no event.
  assert.deepEqual(
    eventLines("وتراجعت صادرات النفط الفنزويلية بعد دخول العقوبات الأمريكية على فنزويلا حيز التنفيذ."),
    ["SANCTION USA>VEN asserted"],
  );
  assert.deepEqual(eventLines("وتضررت الشركات الألمانية من العقوبات البريطانية على روسيا."), [
    "SANCTION GBR>RUS asserted",
  ]);
  // A target after a comma and another clause is no target of the sanctions: only the clause's own act.
  assert.deepEqual(
    eventLines("وتتواصل العقوبات الأمريكية على قطاع الطاقة منذ سنوات، وتسعى الصين لتوقيع اتفاق مع فنزويلا."),
    ["AGREE CHN>VEN future"],
  );
  // With no word of place for a target (على المصارف), no sanction.
  assert.deepEqual(eventLines("وأعلنت الخارجية الفرنسية أن العقوبات على المصارف لن تؤثر على التجارة."), []);
});

test("fronted standing sanctions are a sanction; after a word of topic they are spoken of, and the verb's act keeps its day", () => {
  assert.deepEqual(
    eventLines("وبشأن العقوبات الأمريكية على كوبا، قالت وزارة الخارجية الإسبانية إنها تدرس الموقف."),
    [],
  );
  // The verb's act is dated by its Monday; the topic noun does not take its place with the page's day.
  assert.deepEqual(
    datedLines(
      "وحول العقوبات الأوروبية على بيلاروسيا، أعلنت الخارجية البريطانية الاثنين الماضي أن بلادها قررت فرض العقوبات على بيلاروسيا.",
      "2018-05-10",
    ),
    ["SANCTION GBR>BLR 2018-05-07"],
  );
  // Before: no event. Fronted sanctions with no topic word before them are a sanction of their own.
  assert.deepEqual(datedLines("وعادت العقوبات الأمريكية على كوبا بعد قرار الرئيس.", "2018-05-10"), [
    "SANCTION USA>CUB 2018-05-10",
  ]);
});
