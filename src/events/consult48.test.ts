// The forty-eighth round's meeting readings (docs/EVENTS.md, "Forty-eighth pass", branch consult48). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a call that sets the scene with a pair pronoun takes its other side from the persons named before it", () => {
  // Before: no event; the pair pronoun after the call names no one after it.
  assert.deepEqual(
    coded(
      "تبادل الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني وجهات النظر حول الأوضاع الإقليمية، وذلك في اتصال هاتفي بينهما، الأحد.",
    ),
    ["CONSULT EGY>JOR asserted"],
  );
  // A summit told as a time before the act (بعد) is background, not the scene: it stays as it was.
  assert.deepEqual(
    coded(
      "تبادل الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني وجهات النظر حول الأوضاع الإقليمية بعد القمة التي جمعتهما.",
    ),
    [],
  );
  // A call set off by commas after the object of أبلغ: since consult50 the verb with a phone word is the call.
  assert.deepEqual(
    coded(
      "وذكرت الرئاسة أن وزير الخارجية الفرنسي جان إيف لودريان أبلغ الرئيس اللبناني ميشال عون، في اتصال هاتفي، بأن باريس تدعم استقرار لبنان.",
    ),
    ["CONSULT FRA>LBN asserted", "SUPPORT FRA>LBN asserted"],
  );
});

test("a meeting said not to be on a trip's programme is a meeting not to come, not a refusal", () => {
  // Before: REJECT DEU>IRN.
  assert.deepEqual(
    coded(
      "وقال مسؤول إن وزير الخارجية الألماني هايكو ماس لن يلتقي بالرئيس الإيراني حسن روحاني خلال زيارته إلى طهران.",
    ),
    ["AGREE DEU>IRN future neg"],
  );
  // With no trip framing it, لن before talks is still a refusal.
  assert.deepEqual(coded("وأعلنت ألمانيا أنها لن تجري محادثات مع إيران."), ["REJECT DEU>IRN asserted"]);
});

test("the ل after a definite round of talks is a genitive's: the round is held", () => {
  // Before: AGREE MAR>MRT future, read as talks meant.
  assert.deepEqual(coded("وعقدت في الرباط الجولة الثالثة لمحادثات بين المغرب وموريتانيا."), [
    "CONSULT MAR>MRT asserted",
  ]);
  // A new round sought keeps its purpose.
  assert.deepEqual(coded("وتسعى الرباط لعقد جولة جديدة لمحادثات بين المغرب وموريتانيا."), [
    "AGREE MAR>MRT future",
  ]);
});

test("a meeting of a body that comprises states has those states as its sides", () => {
  // Before: no event; the states after تضم were beyond the genitive's reach.
  assert.deepEqual(
    coded("وعقد في أبوجا الاجتماع الثاني للجنة رباعية تضم نيجيريا والنيجر وتشاد والكاميرون لبحث أمن الحدود."),
    ["CONSULT NGA>CMR+NER+TCD asserted"],
  );
  // A body that comprises experts of one state names no sides.
  assert.deepEqual(
    coded("وعقد في أبوجا الاجتماع الثاني للجنة رباعية تضم خبراء من نيجيريا لبحث أمن الحدود."),
    [],
  );
});

test("a list after a dual and a colon does not give a later البلدين its pair", () => {
  // Before: CONSULT RWA+TZA, the two states of the list.
  assert.deepEqual(
    coded(
      "وأعلنت كينيا أنها ستطلع أوغندا على خطط السد وأثره على دولتي المجرى: تنزانيا ورواندا. وعقب ذلك جرت زيارات متبادلة بين رئيسي البلدين.",
    ),
    ["CONSULT KEN+UGA> asserted"],
  );
  // Named with no dual before them, the two last named are still the pair.
  assert.deepEqual(
    coded(
      "وأعلنت كينيا أنها ستطلع أوغندا على خطط السد وأثره على تنزانيا ورواندا. وعقب ذلك جرت زيارات متبادلة بين رئيسي البلدين.",
    ),
    ["CONSULT RWA+TZA> asserted"],
  );
});
