// The lead's batch of the twenty-first pass (docs/EVENTS.md, "Lead's batch of the twenty-first pass"):
// the state where a struck target stands is the attack's recipient when the attack names none, and a
// state right after a definite title and its nisba is the verb's object, not part of the title.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an attack on targets in a state, with no owner named, strikes that state", () => {
  assert.deepEqual(coded("وقالت دمشق إن الضربة التي وجهها الجيش الإسرائيلي ضد أهداف في سوريا فشلت."), [
    "ASSAULT ISR>SYR asserted",
  ]);
  assert.deepEqual(
    coded("وأكد البنتاغون أن الضربات التي نفذتها الولايات المتحدة ضد منشآت داخل سوريا نجحت."),
    ["ASSAULT USA>SYR asserted"],
  );
  // Guard: a target whose owner is named between it and the place belongs to that owner.
  assert.deepEqual(
    coded("وقالت تل أبيب إن الضربة التي وجهها الجيش الإسرائيلي ضد مواقع إيرانية في سوريا نجحت."),
    ["ASSAULT ISR>IRN asserted"],
  );
  assert.deepEqual(
    coded("وقالت أنقرة إن الضربة التي وجهتها طائرات تركية ضد مواقع تابعة للمسلحين في العراق نجحت."),
    [],
  );
  // Guard: a criticism of repression still takes the place of the repression (repression_act).
  assert.deepEqual(coded("وأعربت كندا عن قلقها من اعتقال ناشطات في السعودية."), ["ACCUSE CAN>SAU asserted"]);
});

test("a state right after a definite title and its nisba is the verb's object", () => {
  // The president named before: `الرئيس الفرنسي` refers back to him, and روسيا (also the accusative of
  // the nisba روسي) is no adjective of the title.
  assert.deepEqual(coded("والتقى ماكرون ميركل في برلين. واتهم الرئيس الفرنسي روسيا بالتدخل في الانتخابات."), [
    "CONSULT FRA>DEU asserted",
    "ACCUSE FRA>RUS asserted",
  ]);
  assert.deepEqual(coded("واستقبل بوتين أردوغان في سوتشي. وحث الرئيس الروسي تركيا على مواصلة التعاون."), [
    "CONSULT TUR>RUS asserted", // the guest is the actor of a reception (project convention)
    "REQUEST RUS>TUR asserted",
  ]);
  assert.deepEqual(coded("وتحدث ترامب إلى الصحفيين. واتهم الرئيس الأمريكي الصين بسرقة التكنولوجيا."), [
    "ACCUSE USA>CHN asserted",
  ]);
  // Guard: a nisba of two words after the title stays the title's (`الرئيس الكوري الجنوبي`).
  assert.deepEqual(coded("والتقى مون جاي إن كيم جونغ أون. وانتقد الرئيس الكوري الجنوبي اليابان."), [
    "CONSULT KOR>PRK asserted",
    "ACCUSE KOR>JPN asserted",
  ]);
});
