// A deal told with its partner after مع and the participle of its signing with a year (signed-partner.ts,
// the participle's row in lexicons/triggers.tsv): the background signing is SUPPORT, dated by that year
// (branch agree66). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const dated = (text: string) => datedLines(text, "2018-07-30");

test("a deal with a partner signed in a year told in background is SUPPORT of that year", () => {
  assert.deepEqual(dated("وأعلنت كندا انسحابها من الاتفاق التجاري مع المكسيك الموقع عام 2012."), [
    "SANCTION CAN>MEX 2018-07-30",
    "SUPPORT CAN>MEX 2012",
  ]);
});

test("a signed deal with no partner named, or a participle with no year, gives no signing", () => {
  assert.deepEqual(dated("ووصفت المستشارة الألمانية الاتفاق الدولي الموقع عام 2015 بأنه خطوة أولى."), []);
  assert.deepEqual(dated("وأعلنت كندا انسحابها من الاتفاق التجاري مع المكسيك الموقع سابقا."), [
    "SANCTION CAN>MEX 2018-07-30",
  ]);
});
