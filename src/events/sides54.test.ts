// The fifty-fourth round's readings of parties (branch sides54). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a people's broken plural coordinated with another state's nisba plural names its state", () => {
  // Before: `والروس`، `وأتراك` were no party (a people's plural names a state only after diplomats or speaking officials).
  assert.deepEqual(eventLines("ودعا الرئيس التركي نظراءه الإيرانيين والروس إلى وقف الهجوم على المدينة."), [
    "REQUEST TUR>IRN+RUS asserted",
  ]);
  assert.deepEqual(eventLines("وعقد مسؤولون قطريون وأتراك محادثات في الدوحة يوم الأحد."), [
    "CONSULT QAT+TUR> asserted",
  ]);
  // Alone, the plural is a people, not a state: no party.
  assert.deepEqual(eventLines("وانتقد الرئيس الإيراني الروس بشدة في خطابه."), []);
  // Right after a people's noun that is no nisba (`والأكراد والأتراك`), nothing changes.
  assert.deepEqual(eventLines("وانتقد وزير الخارجية الإيراني الأكراد والأتراك في خطابه."), []);
});

test("the agents a relative clause on a reaction's object names may open with كل من", () => {
  // Before: `كل من` between the verb and its agents hid them, and the condemnation had no recipient.
  assert.deepEqual(
    eventLines("وأدانت إيران العقوبات التي فرضتها كل من الولايات المتحدة وبريطانيا على موسكو."),
    ["ACCUSE IRN>GBR+USA asserted", "SANCTION GBR+USA>RUS asserted"],
  );
});

test("the state after a verb of targeting in a strike's relative clause is its target, never its agent", () => {
  // Without this reading, with كل من read, the state struck was the strike's agent and the agents of the later
  // strikes its recipient: ASSAULT VNM>JPN+PHL.
  assert.deepEqual(
    eventLines(
      "وقال رئيس الوزراء الصيني إن الضربة التي استهدفت فيتنام عدوان، بعد ساعات من الغارات التي نفذتها كل من اليابان والفلبين.",
    ),
    [],
  );
});

test("a meeting's noun with the dual pronoun meets the two states its sentence named before it", () => {
  // Before: no recipient (`قمتهما` names no state of its own).
  assert.deepEqual(
    eventLines("وصافح الرئيس الفرنسي إيمانويل ماكرون نظيره الصيني شي جين بينغ في مستهل قمتهما في باريس."),
    ["CONSULT CHN>FRA asserted"],
  );
  // A third state named before leaves the pair unknown.
  assert.deepEqual(
    eventLines("وصافح الرئيس الفرنسي نظيره الصيني بحضور وزير الخارجية الألماني في مستهل قمتهما في باريس."),
    [],
  );
});

test("a nisba after what a verb describes (ما وصفه بالعدوان التركي) is the described act's owner, never the describer", () => {
  // Before: the nisba was read as the describing verb's subject (ACCUSE ERI>ETH, or no event after بـ").
  assert.deepEqual(eventLines("وأرسل النظام الإثيوبي قوات إلى الحدود لمواجهة ما وصفه بالعدوان الإريتري."), [
    "MOBILIZE ETH>ERI asserted",
    "ACCUSE ETH>ERI asserted",
  ]);
  assert.deepEqual(
    eventLines('بينما دفع النظام الإثيوبي بقوات إلى الحدود لمواجهة ما وصفه بـ"العدوان" الإريتري.'),
    ["ACCUSE ETH>ERI asserted"],
  );
});
