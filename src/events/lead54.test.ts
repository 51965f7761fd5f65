// The fifty-fourth round's lead readings (docs/EVENTS.md, "Fifty-fourth pass", branch lead54). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

test("a negated verb of wanting negates the act noun it carries, an adverb between at most", () => {
  // Before: the act was future and not negated (the imperfect verb between the particle and the noun hid it).
  assert.deepEqual(eventLines("وأكدت النمسا أنها لا تعتزم طرد دبلوماسيين روس في الوقت الراهن."), [
    "SANCTION AUT>RUS future neg",
  ]);
  assert.deepEqual(eventLines("وأكدت النمسا أنها لا تعتزم حاليا إبعاد دبلوماسيين روس."), [
    "SANCTION AUT>RUS future neg",
  ]);
  // An imperfect of another kind keeps the act open (`لا تؤثر الضربات`: the strikes happened), as before.
  assert.deepEqual(eventLines("وقال الوزير إن العقوبات الأمريكية على إيران لا تؤثر على الاقتصاد."), [
    "SANCTION USA>IRN asserted",
  ]);
});

test("a firm's nisba after its quoted name is the firm's, no party", () => {
  // Before: the airline's nisba made its state the actor of a suspension.
  assert.deepEqual(eventLines('وكانت شركة "سكاي لاين" الإيطالية أوقفت رحلاتها إلى تونس عام 2016.'), []);
  // A comma after the name still ends the phrase; the state named as such stays the actor.
  assert.deepEqual(eventLines("وكانت إيطاليا أوقفت رحلاتها إلى تونس عام 2016."), [
    "SANCTION ITA>TUN asserted",
  ]);
});

test("the Syrian Democratic Forces spelt with سورية are the movement, not Syria", () => {
  const a = analyzeText("وقالت قوات سورية الديمقراطية إنها سيطرت على بلدة قرب الحدود.");
  const sdf = a.entities.find((e) => e.name.includes("الديمقراطية"));
  assert.equal(sdf?.type, "ORG");
  assert.equal(sdf?.sector, "PTY");
  assert.ok(!a.entities.some((e) => e.type === "GPE"), JSON.stringify(a.entities));
});

test("an act a verb of trying carries, told as in vain, is no event; tried with no such words it stands", () => {
  // At the merge: consult54's contact nouns read `حاول … الاتصال ب … دون جدوى` as a call made.
  assert.deepEqual(eventLines("وحاول رئيس الوزراء الكويتي الاتصال بالرئيس العراقي مرارا لكن دون جدوى."), []);
  assert.deepEqual(eventLines("حاول الرئيس الفرنسي لقاء نظيره الروسي بلا جدوى."), []);
  assert.deepEqual(eventLines("حاول الرئيس الفرنسي لقاء نظيره الروسي في موسكو."), [
    "CONSULT FRA>RUS asserted",
  ]);
  // The words "in vain" after an act no verb of trying carries leave it done.
  assert.deepEqual(eventLines("التقى الرئيس الفرنسي نظيره الروسي لكن دون جدوى."), [
    "CONSULT FRA>RUS asserted",
  ]);
});

test("a needed word of several words matches word by word, in the trigger's own sentence", () => {
  // Before: a need with a space (`مختل عقليا`، `إعلان حرب`) was compared with one token and never matched.
  assert.deepEqual(eventLines('ووصف الرئيس الفنزويلي نظيره الكولومبي بأنه "مختل عقليا".'), [
    "ACCUSE VEN>COL asserted",
  ]);
  assert.deepEqual(eventLines("ووصف رئيس الوزراء الأرميني القصف الأذربيجاني بأنه إعلان حرب."), [
    "ACCUSE ARM>AZE asserted",
  ]);
  // The phrase in the next sentence is no need of this one.
  assert.deepEqual(
    eventLines('ووصف الرئيس الفنزويلي نظيره الكولومبي بأنه "الرجل". وقال إنه مختل عقليا.'),
    [],
  );
});
