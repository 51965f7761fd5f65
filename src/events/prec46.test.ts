// The forty-sixth round's precision readings (docs/EVENTS.md, "Forty-sixth pass", branch prec46): a firm's
// nationality is no party, and the necessary measures are a threat only against someone. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a nisba right after شركة is the firm's nationality, not a state's act", () => {
  // Before: AGREE DEU>IND, two firms' joint project read as an accord of their states.
  assert.deepEqual(
    coded("وأعلنت وزارة الاقتصاد أن شركة ألمانية ستتعاون مع شركة هندية في بناء محطة للطاقة الشمسية."),
    [],
  );
  // The states themselves named as the sides stay an act between them.
  assert.deepEqual(coded("وقالت الحكومة إن الصين ستتعاون مع الهند في بناء محطة للطاقة الشمسية."), [
    "AGREE CHN>IND future",
  ]);
});

test("a measure on a firm (على شركة روسية، على 7 شركة صينية) still falls on the firm's state", () => {
  assert.deepEqual(
    coded("وفرضت وزارة الخزانة الأمريكية عقوبات على شركة روسية تتهمها بمساعدة كوريا الشمالية."),
    ["SANCTION USA>RUS asserted"],
  );
  // A count between the preposition and the firm does not hide the measure's target.
  assert.deepEqual(coded("وفرضت واشنطن الأسبوع الماضي عقوبات على 7 شركة صينية بتهمة نقل تقنيات حساسة."), [
    "SANCTION USA>CHN asserted",
  ]);
});

test("الإجراءات اللازمة with a party after مع are arrangements made with it, no threat", () => {
  // Before: THREATEN IGO>LBY, the arrangements for a convoy read as a warning to Libya.
  assert.deepEqual(
    coded("وأوضح البيان أن البعثة الأممية اتخذت الإجراءات اللازمة مع السلطات الليبية لتأمين طريق القافلة."),
    [],
  );
  // With an answer after them (للرد على) they stay a threat.
  assert.deepEqual(coded("وقال المتحدث إن أنقرة ستتخذ الإجراءات اللازمة للرد على العقوبات الأمريكية."), [
    "THREATEN TUR>USA asserted",
  ]);
});
