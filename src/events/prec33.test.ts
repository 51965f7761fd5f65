// The thirty-third pass's precision rules (false events): a standing tie named by a relation noun.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a cooperation or agreement noun after a relation noun names a standing tie", () => {
  assert.deepEqual(coded("وتتمتع الكويت بعلاقات صداقة وتعاون وثيق مع إيران منذ عقود."), []);
  assert.deepEqual(coded("وتحدث الوزيران عن علاقات التعاون الوثيق بين الصين وروسيا."), []);
  assert.deepEqual(coded("وأبدت إيطاليا وإسبانيا، الشركاء في عقد اتفاق عام 2016 مع تركيا، قلقهما."), []);
});

test("guards: an act after a relation noun in its own clause, a signed cooperation agreement", () => {
  assert.deepEqual(coded("ووقعت الكويت اتفاقية تعاون مع إيران."), ["SUPPORT KWT>IRN asserted"]);
  assert.deepEqual(coded("وبعد تحسن العلاقات وقعت الكويت اتفاقية مع إيران."), ["SUPPORT KWT>IRN asserted"]);
  assert.deepEqual(coded("وبعد تحسن العلاقات ووقعت الكويت اتفاقية مع إيران."), ["SUPPORT KWT>IRN asserted"]);
});
