// The fiftieth round's lead readings (docs/EVENTS.md, "Fiftieth pass", branch lead50). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a party past a coordinated act after a comma is that act's, not the first act's target", () => {
  // Before: the condemnation was aimed at the capital that received a delegation in the next clause.
  assert.deepEqual(eventLines("أدانت اليونان التفجير، واستقبلت أنقرة الوفد البرلماني مساء الثلاثاء."), [
    "CONSULT GRC>TUR asserted",
  ]);
  // Before: backing a plan was backing the state a delegation reached in the next clause.
  assert.deepEqual(eventLines("أكدت النرويج دعمها للمبادرة، ووصل الوفد المفاوض إلى كابول."), [
    "CONSULT NOR>AFG asserted",
  ]);
  // With no second act the object after the comma-free phrase is still the target.
  assert.deepEqual(eventLines("أدانت اليونان التفجير الذي نفذته تركيا في الجزيرة."), [
    "ACCUSE GRC>TUR asserted",
  ]);
  assert.deepEqual(eventLines("أدانت اليونان بشدة، في بيان مساء الثلاثاء، تركيا."), [
    "ACCUSE GRC>TUR asserted",
  ]);
});

test("a man's title right after a و-verb of the feminine form is the verb's object", () => {
  // Before: the ambassador asked to leave stood as the asker's object only while an earlier act held him;
  // past the coordinated act he became the one asking, of his own state's capital: no event.
  assert.deepEqual(
    eventLines(
      "انتقدت الحكومة التركية تصرفات إسرائيل في غزة وسحبت سفيرها منها، وطلبت السفير الإسرائيلي مغادرة أنقرة فورا.",
    ),
    // An envoy asked to leave is expelled: SANCTION since accuse51 (expelled-envoy.ts).
    ["ACCUSE TUR>ISR asserted", "SANCTION TUR>ISR asserted", "SANCTION TUR>ISR asserted"],
  );
  // A verb of the masculine form agrees with the title after it, its subject.
  assert.deepEqual(
    eventLines("استدعت الحكومة الهولندية سفيرها في موسكو للتشاور، وطالب الرئيس الروسي هولندا بتفسير القرار."),
    ["SANCTION NLD>RUS asserted", "REQUEST RUS>NLD asserted"],
  );
});

test("a word of quantity and من right after a verb open its own subject", () => {
  // Before: a visit by "many European leaders" took the states of the clause before as its visitors.
  assert.deepEqual(
    eventLines(
      "وأبدت ألمانيا تأييدها للاتفاق، وزار العديد من رجال الأعمال الأوروبيين العاصمة الألبانية الشهر الماضي.",
    ),
    [],
  );
  // Before: the French ministers who visited were the visit's host, and the visit was dropped as of one state.
  assert.deepEqual(
    eventLines("وأبدت ألمانيا تأييدها للاتفاق، وزار عدد من الوزراء الفرنسيين طهران الشهر الماضي."),
    ["CONSULT FRA>IRN asserted"],
  );
  // With no word of quantity the verb still shares the subject of the clause before.
  assert.deepEqual(eventLines("وأبدت ألمانيا تأييدها للاتفاق، وزار وزير خارجيتها طهران الشهر الماضي."), [
    "CONSULT DEU>IRN asserted",
  ]);
});
