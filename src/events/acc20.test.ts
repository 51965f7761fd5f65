// Nineteenth pass, ACCUSE and THREATEN recall (branch acc20, docs/EVENTS.md "Nineteenth pass: accusations
// with no accusing verb"). Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const states = (text: string) => eventLines(text, "states");

test("acc20: a state that concludes, insists or believes that another is behind an act accuses it", () => {
  assert.deepEqual(
    states(
      "وخلصت لجنة تحقيق تابعة للأمم المتحدة، في تقريرها الأخير، إلى أن الحكومة السورية مسؤولة عن قصف البلدة.",
    ),
    ["ACCUSE IGO>SYR"],
  );
  assert.deepEqual(states("وتصر اليابان على أن كوريا الشمالية تقف وراء سرقة العملات الرقمية."), [
    "ACCUSE JPN>PRK",
  ]);
  assert.deepEqual(states("ويعتقد مسؤولون كنديون أن الصين كانت وراء اختراق الشبكات الحكومية."), [
    "ACCUSE CAN>CHN",
  ]);
});

test("acc20 guard: a conclusion still to come, or one about no state, charges no one", () => {
  assert.deepEqual(
    states(
      "وقال الوزير إنه إذا لم يصل رد مقنع، فإن فرنسا ستخلص إلى أن هناك استخداما غير قانوني للقوة من قبل موسكو.",
    ),
    [],
  );
  assert.deepEqual(states("وتعتقد الشرطة الألمانية أن عصابة محلية تقف وراء سرقة المتحف."), []);
});

test("acc20: a threat told as a noun inside a charge is the accused's alleged act, not a threat of the accuser", () => {
  assert.deepEqual(states("واتهمت الصين الولايات المتحدة بالسعي إلى إخضاع بكين من خلال التهديد."), [
    "ACCUSE CHN>USA",
  ]);
});

test("acc20 guard: the threats a state condemns were made, and a threat verb after a charge is the accuser's", () => {
  assert.deepEqual(states("وأدانت إيران تحذيرات الولايات المتحدة بأنها ستحمل طهران مسؤولية أي هجوم."), [
    "ACCUSE IRN>USA",
    "THREATEN USA>IRN",
  ]);
  assert.deepEqual(
    states("واتهم وزير الخارجية الإيراني إسرائيل بدعم الإرهاب، وهدد بالرد على أي هجوم إسرائيلي."),
    ["ACCUSE IRN>ISR", "THREATEN IRN>ISR"],
  );
});

test("acc20: a threat to reimpose a measure names its target past the measure's own nisba", () => {
  assert.deepEqual(states("وهبط الريال الإيراني إثر تهديد واشنطن بإعادة فرض العقوبات الأمريكية ضد إيران."), [
    "THREATEN USA>IRN",
  ]);
});
