// Recall of events found but folded into another (docs/EVENTS.md, "Sixteenth pass: events found but
// folded, and why the rest are missed"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("sanctions of different modes told in one sentence are different measures (modes_apart)", () => {
  // withdraw (recalling an envoy) beside economic sanctions
  assert.deepEqual(coded("واستدعت الحكومة الهولندية سفيرها في موسكو للتشاور بعد أن فرضت عقوبات على روسيا."), [
    "SANCTION NLD>RUS asserted",
    "SANCTION NLD>RUS asserted",
  ]);
  // expel beside discontinue (closing an embassy)
  assert.deepEqual(
    coded("وطردت الحكومة الكندية السفير الإيراني في أوتاوا، وأغلقت السفارة الإيرانية يوم الخميس."),
    ["SANCTION CAN>IRN asserted", "SANCTION CAN>IRN asserted"],
  );
  // discontinue (cutting relations) beside expel
  assert.deepEqual(coded("وقطعت المغرب علاقاتها مع إيران وطردت السفير الإيراني في الرباط."), [
    "SANCTION MAR>IRN asserted",
    "SANCTION MAR>IRN asserted",
  ]);
  // Guards: one measure told by two words of the same mode stays one; a type whose modes are not apart
  // (a visit and the talks held on it) stays one act.
  assert.deepEqual(coded("وطردت أستراليا الدبلوماسيين الروس وطردت السفير الروسي من كانبرا."), [
    "SANCTION AUS>RUS asserted",
  ]);
  assert.deepEqual(
    coded("ووصل وزير الخارجية الأمريكي إلى بكين يوم الثلاثاء وأجرى محادثات مع نظيره الصيني."),
    ["CONSULT USA>CHN asserted"],
  );
});
