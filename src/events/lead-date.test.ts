// A page with no publication date takes its lead's date for acts of no date of their own (lead-date.ts,
// branch dates59). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

function undatedPage(text: string, published?: string): string[] {
  return analyzeText(text, published ? { published } : {}).events.map(
    (e) =>
      `${e.type} ${e.actor.map((p) => p.country).join("+")}>${e.recipient.map((p) => p.country).join("+")} ${e.date}`,
  );
}

const lead =
  "استقبل الرئيس الفرنسي نظيره المصري في باريس، في 12 مارس 2026، لبحث الأوضاع في المنطقة.\n\n" +
  "ودعت القاهرة باريس إلى دعم جهود التهدئة.";

test("an undated page: an act told as done with no date of its own takes the lead's date", () => {
  assert.deepEqual(undatedPage(lead), ["CONSULT FRA>EGY 2026-03-12", "REQUEST EGY>FRA 2026-03-12"]);
});

test("a page with a publication date keeps it; an opening sentence that fixes no date leaves acts undated", () => {
  assert.deepEqual(undatedPage(lead, "2026-03-13"), [
    "CONSULT FRA>EGY 2026-03-12",
    "REQUEST EGY>FRA 2026-03-13",
  ]);
  const noLead =
    "استقبل الرئيس الفرنسي نظيره المصري في باريس لبحث الأوضاع في المنطقة.\n\n" +
    "ودعت القاهرة باريس إلى دعم جهود التهدئة.";
  assert.deepEqual(undatedPage(noLead), ["CONSULT FRA>EGY null", "REQUEST EGY>FRA null"]);
});

test("a starting point after منذ in the lead is no date of the news; a future act stays undated", () => {
  const since =
    "أجرى وزير الخارجية الفرنسي اتصالا بنظيره المصري، هو الأول منذ يناير 2024.\n\n" +
    "ودعت القاهرة باريس إلى دعم جهود التهدئة.";
  assert.deepEqual(undatedPage(since), ["CONSULT FRA>EGY null", "REQUEST EGY>FRA null"]);
  const future = lead.replace("ودعت القاهرة باريس", "وسيزور الرئيس المصري باريس");
  assert.ok(undatedPage(future).some((l) => l.endsWith(" null")));
});
