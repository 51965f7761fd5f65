// The forty-first round's precision readings: states named in a concessive phrase, a nisba of the
// object a verb takes, a force of nature as a verb's subject (branch prec41). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a body named in a concessive phrase after the act (رغم قرار مجلس الأمن) is no side of it", () => {
  // Before: the Council was read as the target of the strikes.
  assert.deepEqual(coded("وقصفت الطائرات الإسرائيلية أهدافا في غزة رغم قرار مجلس الأمن."), [
    "ASSAULT ISR>PSE asserted",
  ]);
  assert.deepEqual(
    coded("وشنت المدفعية التركية هجمات على مواقع في سوريا على الرغم من دعوات الأمم المتحدة."),
    ["ASSAULT TUR>SYR asserted"],
  );
  // A state the act's own preposition governs is still its target.
  assert.deepEqual(coded("وقصفت الطائرات الإسرائيلية مواقع في سوريا رغم التحذيرات."), [
    "ASSAULT ISR>SYR asserted",
  ]);
});

test("a nisba of the object after a resumptive فيه is the object's owner, not the subject", () => {
  // Before: the nisba of the stance criticised was taken for the critic.
  assert.deepEqual(coded("وذلك في مقال ينتقد فيه الموقف الأمريكي من إيران."), []);
  // A body right after فيه is the verb's subject, and the nisba after the object still its owner.
  assert.deepEqual(coded("وذلك في بيان انتقدت فيه الخارجية الروسية الموقف الأمريكي."), [
    "ACCUSE RUS>USA asserted",
  ]);
  // A draft's nisba right after the verb of its actor names the sponsor.
  assert.deepEqual(coded("ورفضت روسيا مشروع قرار أمريكي بشأن سوريا."), ["REJECT RUS>USA asserted"]);
});

test("a force of nature right after the verb is its subject: no state's act", () => {
  // Before: the speakers' state swept Seoul (سيول, floods).
  assert.deepEqual(
    coded(
      "وأكد مسؤولون كنديون أن 12 شخصا على الأقل فقدوا، بعد أن اجتاح الإعصار هارفي ولاية تكساس الجمعة، متسببا بسيول عارمة.",
    ),
    [],
  );
  // Troops in the same place are a state's force.
  assert.deepEqual(
    coded(
      "وأكد مسؤولون يابانيون أن 9 أشخاص على الأقل قتلوا، بعد أن اجتاحت القوات الروسية جزيرة أوكيناوا الأحد، متسببة بدمار كبير.",
    ),
    ["ASSAULT RUS>JPN asserted"],
  );
});
