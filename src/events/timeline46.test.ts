// The forty-sixth round's readings of timeline items (docs/EVENTS.md, "Forty-sixth pass", branch
// timeline46). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const PAGE = "2019-06-20";

test("a year that heads a timeline item with a colon or a dash dates the item's acts", () => {
  // Before: a bare year was no date, and the item took the page's day.
  assert.deepEqual(datedLines("2009: زيارة وزير الخارجية الأردني إلى العراق لبحث ملف الحدود.", PAGE), [
    "CONSULT JOR>IRQ 2009",
  ]);
  assert.deepEqual(datedLines("2012 - فرضت كندا عقوبات على سوريا بسبب قمع المحتجين.", PAGE), [
    "SANCTION CAN>SYR 2012",
  ]);
  // A span of years is no one year: the item keeps the page's day, as before.
  assert.deepEqual(datedLines("2009 - 2012 فرضت كندا عقوبات على سوريا بسبب قمع المحتجين.", PAGE), [
    `SANCTION CAN>SYR ${PAGE}`,
  ]);
  // A year inside the line, not heading it, is a quantity without its word for year.
  assert.deepEqual(datedLines("وقال الوزير إن 2009 شخص غادروا. وفرضت كندا عقوبات على سوريا.", PAGE), [
    `SANCTION CAN>SYR ${PAGE}`,
  ]);
});

test("an item of a chronology that gives no years is not dated by the page", () => {
  const list = "وفي ما يلي تسلسل لأهم المحطات في تاريخ العلاقات بين البلدين:";
  // Before: each item took the page's day, though the list tells events of years it does not give.
  assert.deepEqual(
    datedLines(
      `${list}\nتوقيع اتفاقية بين تشيلي والأرجنتين لترسيم الحدود.\nالقوات الفرنسية تقصف ميناء الجزائر.`,
      PAGE,
    ),
    ["SUPPORT CHL>ARG null", "ASSAULT FRA>DZA null"],
  );
  // An item that names its own day keeps it; a report's day still dates what is reported.
  assert.deepEqual(datedLines(`${list}\nقالت الصين، الثلاثاء، إنها حذرت اليابان من التصعيد.`, PAGE), [
    "THREATEN CHN>JPN 2019-06-18",
  ]);
  // A line that ends with a colon but announces no chronology heads no list: the page's day, as before.
  assert.deepEqual(
    datedLines(
      "وقال الوزير في كلمته أمام البرلمان:\nتوقيع اتفاقية بين تشيلي والأرجنتين لترسيم الحدود.",
      PAGE,
    ),
    [`SUPPORT CHL>ARG ${PAGE}`],
  );
});

test("a lead that announces a chronology with فيما يلي heads it only as the page's first line", () => {
  const lead =
    "في مثل هذا اليوم انطلقت أول رحلة تجارية عبر القناة، وفيما يلي تسلسل لأحداث أخرى شهدها هذا اليوم.";
  const item = "البحرية البريطانية تقصف ميناء الإسكندرية المصري.";
  // Before: the item took the page's day.
  assert.deepEqual(datedLines(`${lead}\n${item}`, PAGE), ["ASSAULT GBR>EGY null"]);
  // The same lead after a paragraph of another story is the teaser of a list, not this page's list.
  assert.deepEqual(datedLines(`وقال الوزير إن الحوار مستمر بين الطرفين.\n${lead}\n${item}`, PAGE), [
    `ASSAULT GBR>EGY ${PAGE}`,
  ]);
});
