// The forty-fifth round's readings of acts Rasd had no trigger for (docs/EVENTS.md, "Forty-fifth
// pass", branch trig45). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a prisoner or a suspect moved to a state (نقل، ترحيل … إلى) is judicial cooperation", () => {
  // Before: نقل and ترحيل had no row, and the transfer gave no event.
  assert.deepEqual(coded("وأعلنت الحكومة الإيطالية نقل السجين التونسي إلى تونس لقضاء باقي محكوميته."), [
    "COOPERATE ITA>TUN asserted",
  ]);
  assert.deepEqual(coded("وقررت السلطات الكندية ترحيل المتهم إلى المغرب بعد انتهاء التحقيق."), [
    "COOPERATE CAN>MAR asserted",
  ]);
  // Moving anything else is no act: نقل of a news report, of an embassy's staff, of goods.
  assert.deepEqual(coded("ونقلت وكالة الأنباء الأردنية عن المتهم قوله إنه بريء."), []);
  assert.deepEqual(coded("وقررت الحكومة الإيطالية نقل الشحنة إلى تونس الأسبوع المقبل."), []);
});

test("a state that receives a suspect from another (تسلم … من) cooperates with it", () => {
  // Before: تسلم read only arms (COOPERATE) or aid (AID); a suspect gave no event.
  assert.deepEqual(coded("وتسلمت الجزائر المطلوب من إسبانيا بموجب مذكرة توقيف دولية."), [
    "COOPERATE DZA>ESP asserted",
  ]);
  // Receiving a letter is still no act.
  assert.deepEqual(coded("وتسلمت الجزائر رسالة من إسبانيا بشأن الحدود."), []);
});

test("a state that jails (سجن) or detains (أوقف) another state's national coerces that state", () => {
  // Before: سجن had no row, and أوقف read only as a suspension (SANCTION).
  assert.deepEqual(coded("وسجنت السلطات الفنزويلية مواطنا كولومبيا بتهمة التهريب."), [
    "COERCE VEN>COL asserted",
  ]);
  assert.deepEqual(coded("وأوقفت الشرطة اليونانية الصحفي التركي في مطار أثينا."), [
    "COERCE GRC>TUR asserted",
  ]);
  // أوقف of talks or aid is still a suspension, and سجن as a noun (the prison) is no act.
  assert.deepEqual(coded("وأوقفت اليونان المحادثات مع تركيا بشأن الجزر."), ["SANCTION GRC>TUR asserted"]);
  assert.deepEqual(coded("وزار السفير الكولومبي سجن المدينة في فنزويلا."), []);
});

test("a detained national handed over to his state (سلم … إلى) is a release (RETREAT)", () => {
  // Before: سلم read only suspects (COOPERATE) and remains (RETREAT); a national handed back gave no event.
  assert.deepEqual(coded("وسلمت السلطات الليبية الصحفي الإيطالي إلى روما بعد شهرين من احتجازه."), [
    "RETREAT LBY>ITA asserted",
  ]);
  // A refusal to hand him over is the refusal alone, and a letter handed over is no act.
  assert.deepEqual(coded("ورفضت طرابلس تسليم الصحفي الإيطالي."), ["REJECT LBY>ITA asserted"]);
  assert.deepEqual(coded("وسلم الوزير الليبي الصحفي الإيطالي نسخة من البيان."), []);
});
