// The fifty-first round's readings of force and help (docs/EVENTS.md, "Fifty-first pass", branch assault51).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an indefinite backing participle away from its subject backs the clause's subject", () => {
  // Before: the participle backed only a body right before it; here the subject stands a phrase away.
  assert.deepEqual(
    eventLines("ويواصل الجيش السوري تقدمه نحو الأحياء الشرقية للمدينة، مدعوما بالطيران الروسي."),
    ["AID RUS>SYR asserted"],
  );
  // Right after its body the participle was read before, and still is.
  assert.deepEqual(eventLines("وتقدم الجيش السوري، مدعوما بالطيران الروسي، نحو الأحياء الشرقية."), [
    "AID RUS>SYR asserted",
  ]);
  // A definite participle is an adjective of the noun before it, not the subject's circumstance.
  assert.deepEqual(eventLines("ويواصل الجيش السوري تقدمه نحو مواقع الفصائل المدعومة بالطيران الروسي."), []);
});

test("a death in clashes with a state's forces names its killer after مع", () => {
  // Before: only a fire word (برصاص، بنيران، على يد) named the killer of the dead told before it.
  assert.deepEqual(
    eventLines("قتل جنديان أرمينيان في اشتباكات مع القوات الأذربيجانية على الحدود الثلاثاء."),
    ["ASSAULT AZE>ARM asserted"],
  );
  assert.deepEqual(eventLines("أعلن الجيش مقتل جنديين أرمينيين الثلاثاء."), []);
  // A clash with no state after مع, or the sides after بين, names no killer.
  assert.deepEqual(
    eventLines("قتل جنديان أرمينيان في اشتباكات بين القوات الأذربيجانية والمسلحين الثلاثاء."),
    [],
  );
  assert.deepEqual(eventLines("قتل جنديان أرمينيان في اشتباكات مع مسلحين على الحدود الثلاثاء."), []);
});

test("backing told by a noun of backing after the participle's ب is military aid", () => {
  // Before: only forces, aircraft and strikes after ب named the backers of a backing participle.
  assert.deepEqual(eventLines("تقدمت القوات السورية نحو الضفة الشرقية للنهر، مدعومة بالدعم الجوي الروسي."), [
    "AID RUS>SYR asserted",
  ]);
  // A backing whose backer comes after من is not read from the ب phrase.
  assert.deepEqual(eventLines("تقدمت القوات السورية، مدعومة بدعم من المسلحين، نحو الضفة الشرقية للنهر."), []);
});

test("a force noun with ل after its launching noun and agent is the act launched, with its partners", () => {
  // Before: the ل read as purpose (a strike meant, not done): no event.
  assert.deepEqual(
    eventLines(
      "أعلنت وزارة الدفاع الأمريكية عن شن الولايات المتحدة إلى جانب كل من كندا وأستراليا لغارات على مواقع في العراق.",
    ),
    ["ASSAULT AUS+CAN+USA>IRQ asserted"],
  );
  // Before: the partners after إلى جانب took the subject's place as the strike's actor.
  assert.deepEqual(eventLines("شنت الولايات المتحدة إلى جانب كندا وأستراليا غارات على العراق."), [
    "ASSAULT AUS+CAN+USA>IRQ asserted",
  ]);
  // Standing by a state is no joint act (it is backing: the standing verb with its subject before إلى جانب,
  // support66), and a strike after ل with no launching word before it is still meant.
  assert.deepEqual(eventLines("وقفت تركيا إلى جانب قطر في الأزمة."), ["SUPPORT TUR>QAT asserted"]);
  assert.deepEqual(eventLines("وتستعد تركيا لغارات على مواقع في العراق."), []);
});
