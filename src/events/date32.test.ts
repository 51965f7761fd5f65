// The thirty-second pass's date rules (docs/EVENTS.md, "Thirty-second pass: true acts given the wrong
// date"): the time an act's own sentence tells is read for that act, and no other. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines as dated } from "../../test/helpers.ts";

test("an act told as a noun after a word of the wake (في أعقاب، على خلفية، ردا على) is background, undated", () => {
  assert.deepEqual(
    dated(
      "وتراجعت الليرة التركية بشدة في أعقاب مضاعفة واشنطن الرسوم الجمركية على الصلب التركي.",
      "2018-08-20",
    ),
    ["SANCTION USA>TUR null"],
  );
  assert.deepEqual(dated("وأجرت إيران مناورات عسكرية ردا على تهديدات إسرائيل لطهران.", "2018-06-14"), [
    "MOBILIZE IRN>ISR 2018-06-14",
    "THREATEN ISR>IRN null",
  ]);
  // Guard: a charge the news follows is most often the stance it carries out, told again in the same days.
  assert.deepEqual(
    dated("وقاطعت الحكومة البريطانية البطولة على خلفية اتهامها لروسيا بتسميم العميل السابق.", "2018-06-14"),
    ["ACCUSE GBR>RUS 2018-06-14"],
  );
  // Guard: a meeting the news follows is its occasion, the same day; the act of the clause keeps its day.
  assert.deepEqual(
    dated(
      "وقال الرئيس الروسي الثلاثاء عقب اجتماع له مع المستشار النمساوي في فيينا إن بلاده لن تتراجع.",
      "2018-06-06",
    ),
    ["CONSULT RUS>AUT 2018-06-05"],
  );
  assert.deepEqual(dated("وطردت روسيا دبلوماسيين بريطانيين السبت.", "2018-03-18"), [
    "SANCTION RUS>GBR 2018-03-17",
  ]);
});
