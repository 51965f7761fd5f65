// Parties lost: trigger hits whose act and one side were read but whose other side was not (docs/EVENTS.md,
// "Eighteenth pass: parties lost"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a noun's relative clause names the act's target after its agent by the verb's preposition", () => {
  assert.deepEqual(coded("وقال المتحدث إن الاتهامات التي وجهتها فرنسا إلى إيران لا أساس لها."), [
    "ACCUSE FRA>IRN asserted",
  ]);
  assert.deepEqual(coded("ووصف السفير الانتقادات التي وجهتها ألمانيا لروسيا بأنها مبالغ فيها."), [
    "ACCUSE DEU>RUS asserted",
  ]);
  // Guards: a companion phrase after the agent names its partners, not the target; a place after the
  // agent is no target.
  assert.deepEqual(coded("وقال المحلل إن الانتقادات التي وجهتها فرنسا إلى جانب بريطانيا كانت حادة."), []);
  assert.deepEqual(coded("وقال المحلل إن الانتقادات التي وجهتها فرنسا في باريس كانت حادة."), []);
});

test("a delegation or team sent by a body or state acts for it", () => {
  assert.deepEqual(coded("وزار وفد من وزارة الخارجية اليابانية الصين يوم الأحد."), [
    "CONSULT JPN>CHN asserted",
  ]);
  assert.deepEqual(coded("وكان آخر وفد من السويد زار إيران في العام الماضي."), ["CONSULT SWE>IRN asserted"]);
  // Guard: a delegation of no state (a team of doctors) is no party; the host alone makes no event.
  assert.deepEqual(coded("وزار فريق من الأطباء المتطوعين العراق الشهر الماضي."), []);
});

test("a noun of a state's standing carries the frame's ب for the state after it", () => {
  assert.deepEqual(coded("وفي عام 1991 اعترفت ألمانيا باستقلال سلوفينيا."), ["SUPPORT DEU>SVN asserted"]);
  assert.deepEqual(coded("ولا تعترف إسبانيا باستقلال كوسوفو."), ["SUPPORT ESP>XKX asserted neg"]);
  // Guard: a noun of no standing after the ب (`بصعوبة`) does not reach a state farther on.
  assert.deepEqual(coded("واعترفت ألمانيا بصعوبة الأوضاع الاقتصادية في سلوفينيا."), []);
});
