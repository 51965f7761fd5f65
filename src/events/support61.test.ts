import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("solidarity told in a relative clause by a verb with مع and the antecedent's pronoun is SUPPORT by the clause's subject", () => {
  // التي تتضامن معها الخرطوم: the pronoun on مع stands for the antecedent, the party after it stands with it.
  assert.deepEqual(
    eventLines("وتقول إثيوبيا، التي يتضامن معها السودان في ملف السد، إن المفاوضات ستستأنف قريبا.", "states"),
    ["SUPPORT SDN>ETH"],
  );
  assert.deepEqual(
    eventLines("وأكدت قطر، التي تتضامن معها تركيا منذ بدء الأزمة، أنها لن تتراجع.", "states"),
    ["SUPPORT TUR>QAT"],
  );
});

test("the verb of solidarity with a pronoun and no relative clause, or with no state, gives no SUPPORT", () => {
  // A pronoun on مع with no antecedent named in a relative clause has no side to read.
  assert.deepEqual(eventLines("وقال الوزير إن بلاده تتضامن معها في أزمتها.", "states"), []);
  // Outside a relative clause the pronoun may stand for a group named before (a movement): no side read.
  assert.deepEqual(eventLines("فرفضت الجبهة المقترح وتضامنت معها الجزائر في موقفها.", "states"), []);
  // The subject of the clause is no state: a group is no side.
  assert.deepEqual(
    eventLines("وتقول إثيوبيا، التي يتضامن معها ناشطون كثيرون، إن السد لن يضر بأحد.", "states"),
    [],
  );
});

test("solidarity told by the noun تكاتف with مع is SUPPORT of the state after مع", () => {
  // عبر عن تكاتفه مع: a stance of standing together, as تضامنه مع.
  assert.deepEqual(
    eventLines("وعبر الرئيس الأمريكي دونالد ترامب عن تكاتفه مع الأردن في مواجهة الإرهاب.", "states"),
    ["SUPPORT USA>JOR"],
  );
  // التكاتف معه: a call to stand together with a person, no state after مع.
  assert.deepEqual(eventLines("وناشد رئيس الوزراء الباكستاني أحزاب المعارضة التكاتف معه.", "states"), []);
});
