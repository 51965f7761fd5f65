// The sixty-fifth round's readings of meetings and visits (branch consult65). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a warship or a frigate that reaches a port is no visit between the two states", () => {
  assert.deepEqual(eventLines("وصلت سفينة حربية يونانية إلى ميناء الإسكندرية المصري أمس."), []);
  assert.deepEqual(eventLines("ووصلت الفرقاطة الإيطالية إلى ميناء طرابلس الليبي صباح الأحد."), []);
  assert.deepEqual(eventLines("وقد شهد الميناء وصول حاملة الطائرات الأمريكية إلى المياه الفيتنامية."), []);
});

test("a plane that reaches an airport is no visit either", () => {
  assert.deepEqual(eventLines("وصلت طائرة شحن كندية إلى مطار الخرطوم السوداني فجر الخميس."), []);
});

test("a leader or a minister who arrives still makes a visit", () => {
  assert.deepEqual(eventLines("وصل الرئيس البرازيلي إلى مدريد في زيارة رسمية تستمر يومين."), [
    "CONSULT BRA>ESP asserted",
  ]);
  assert.deepEqual(eventLines("ووصل وزير الخارجية الياباني إلى سول الأحد."), ["CONSULT JPN>KOR asserted"]);
});
