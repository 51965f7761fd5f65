// Rules of the thirty-seventh round, branch prec37 (docs/EVENTS.md, "Thirty-seventh pass: misdated
// background acts"): an act told as the cause of a state of things, or as the object of another state's
// reaction, was done before the news and keeps no date. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("an act told as the cause after بسبب or الناجمة عن is background, undated", () => {
  // Before: the withdrawal was dated the publication day.
  assert.deepEqual(
    datedLines("وتدهورت العلاقات بين البلدين بسبب انسحاب واشنطن من الاتفاق الدولي مع إيران.", "2018-06-02"),
    ["SANCTION USA>IRN null"],
  );
  assert.deepEqual(
    datedLines(
      "ووضعت الحكومة خطة لمواجهة الأضرار الناجمة عن انسحاب واشنطن من الاتفاق مع طهران.",
      "2018-06-02",
    ),
    ["SANCTION USA>IRN null"],
  );
  // The same act told as the news keeps its day.
  assert.deepEqual(datedLines("وطردت هولندا السفير الإيراني من أراضيها يوم الجمعة.", "2018-06-02"), [
    "SANCTION NLD>IRN 2018-06-01",
  ]);
});

test("an act told as a noun in the object of a reaction was done before the reaction's day", () => {
  // Before: the threats were dated Tuesday, the day of the condemnation.
  assert.deepEqual(
    datedLines(
      "وفي بيان صدر الثلاثاء، أدانت الصين بشدة تهديدات اليابان بحق سفنها في بحر الصين الشرقي.",
      "2018-06-06",
    ).filter((l) => l.startsWith("THREATEN")),
    ["THREATEN JPN>CHN null"],
  );
  // A reaction told during a visit: the visit is its occasion, of its own day.
  assert.deepEqual(
    datedLines("وانتقد الرئيس الفرنسي خلال زيارته لألمانيا الأربعاء سياسة الهجرة الأوروبية.", "2018-06-07"),
    ["CONSULT FRA>DEU 2018-06-06"],
  );
});

test("a state joined by و to a state after ب is the preposition's second object, not the act's subject", () => {
  // Before: SUPPORT RUS>IND and KOR>JPN, the state after و read as the one who welcomed or praised.
  assert.deepEqual(eventLines("ورحب المسؤول بالهند وروسيا.", "negation"), []);
  assert.deepEqual(eventLines("وأشاد المتحدث باليابان وكوريا الجنوبية.", "negation"), []);
  // With a subject of its own the act keeps it.
  assert.deepEqual(eventLines("ورحبت إيران بالهند.", "negation"), ["SUPPORT IRN>IND asserted"]);
});

test("an act told with آنذاك، حينها، وقتها or قبل أشهر was done at a past time the text does not give", () => {
  // Before: dated the publication day.
  assert.deepEqual(datedLines("واستدعت الخارجية المصرية حينها السفير التركي لديها.", "2018-06-02"), [
    "ACCUSE EGY>TUR null",
  ]);
  assert.deepEqual(datedLines("وقبل أشهر قليلة، انتقدت كندا بشدة سياسة الصين تجاه الأقليات.", "2018-06-02"), [
    "ACCUSE CAN>CHN null",
  ]);
  // The same act with no such word is the day's news.
  assert.deepEqual(datedLines("واستدعت الخارجية المصرية اليوم السفير التركي لديها.", "2018-06-02"), [
    "ACCUSE EGY>TUR 2018-06-02",
  ]);
});

test("an act asked about after ما إذا (whether) is no event; a condition after a bare إذا still is", () => {
  // Before: THREATEN IGO>HUN conditional.
  assert.deepEqual(
    eventLines(
      "ولا يعرف أحد بعد ما إذا كان الاتحاد الأوروبي يعتزم مواصلة الضغط على المجر في هذا الملف.",
      "negation",
    ),
    [],
  );
  assert.deepEqual(
    eventLines("وسيقرر الرئيس الأمريكي قريبا ما إذا كانت بلاده ستفرض عقوبات على كوبا.", "negation"),
    [],
  );
  // A condition keeps its conditional act.
  assert.deepEqual(
    eventLines("وقال إن بلاده سترد إذا فرضت الولايات المتحدة عقوبات على كوبا.", "negation").includes(
      "SANCTION USA>CUB conditional",
    ),
    true,
  );
});
