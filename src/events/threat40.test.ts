// The fortieth round's readings of the parties of threats (docs/EVENTS.md, "Fortieth pass", branch
// threat40). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a threat's recipient is not sought in its cause clause (بسبب، بعد أن)", () => {
  // Before: the state after مع in the cause was taken for the one threatened.
  assert.deepEqual(
    coded("وهدد الرئيس الفرنسي باستخدام حق النقض ضد الميزانية بسبب خلاف على حصة الدعم الزراعي مع إسبانيا."),
    [],
  );
  // A recipient named before the cause stays the one threatened.
  assert.deepEqual(coded("وهدد الرئيس الفرنسي إسبانيا باستخدام حق النقض بسبب خلاف على حصة الدعم الزراعي."), [
    "THREATEN FRA>ESP asserted",
  ]);
  // Before: the partners of the talks after بعد أن were the ones threatened.
  assert.deepEqual(coded("وتوعدت باريس بالرد عليه بعد أن عقدت مشاورات مع ألمانيا وإيطاليا."), []);
  assert.deepEqual(coded("وتوعدت باريس بالرد على مالي بعد أن عقدت مشاورات مع ألمانيا وإيطاليا."), [
    "THREATEN FRA>MLI asserted",
  ]);
});

test("a و-act in a condition's answer keeps the subject named after فإن", () => {
  // Before: the threat borrowed the actor of the act in the condition (اليابان).
  assert.deepEqual(
    coded('وأضاف: "إذا تجاهلت اليابان معارضة الصين فإن الصين ستدافع عن مصالحها وسترد بالتأكيد".'),
    ["REJECT JPN>CHN conditional", "THREATEN CHN>JPN asserted"],
  );
  // The act of the condition itself keeps its own actor.
  assert.deepEqual(coded('وأضاف: "إذا تجاهلت اليابان معارضة الصين فإن الصين ستدافع عن مصالحها".'), [
    "REJECT JPN>CHN conditional",
  ]);
});

test("a state right after a relative verb, with the antecedent's pronoun after it, is the verb's subject", () => {
  // Before: the antecedent's state (Syria) was read as the one threatening Turkey.
  assert.deepEqual(coded("ونددت أثينا بالحشود في مدينة إدلب السورية، التي تهدد أنقرة بمهاجمتها منذ أشهر."), [
    "ACCUSE GRC>SYR asserted",
  ]);
  // With no pronoun of the antecedent after it, the state is the verb's object, as before.
  assert.deepEqual(coded("ونددت أثينا بتصريحات الحكومة السورية، التي تدعم أنقرة في المفاوضات."), [
    "ACCUSE GRC>SYR asserted",
    "SUPPORT SYR>TUR asserted",
  ]);
});
