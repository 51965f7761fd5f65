// Thirty-seventh pass (branch relnoun37): an act told as a noun whose doer is named in the relative
// clause after it (`الضربات التي وجهتها كل من …`، `تأييد الهجمات التي شنتها … على …`). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a relative clause whose agents open with كل من still names the noun's doers and its target", () => {
  // Before: no event (the agent was looked for right after the verb, where كل من stands).
  assert.deepEqual(
    coded(
      "وأشار الكاتب إلى الهجمات التي شنتها كل من فرنسا وبريطانيا على مواقع تابعة للنظام الليبي فجر الأحد.",
    ),
    ["ASSAULT FRA+GBR>LBY asserted"],
  );
  // Before: France alone, from the nisba of the aircraft named before the noun.
  assert.deepEqual(
    coded(
      "وأظهر الشريط مشاركة طائرات إيطالية في الضربات التي وجهتها كل من فرنسا وبريطانيا ضد أهداف في ليبيا.",
    ),
    ["ASSAULT FRA+GBR>LBY asserted"],
  );
  // Near form: agents that are no states name no act between states.
  assert.deepEqual(
    coded(
      "وأشار الكاتب إلى الهجمات التي شنتها كل من الفصائل والعشائر على مواقع تابعة للنظام الليبي فجر الأحد.",
    ),
    [],
  );
});

test("a noun taken by another act keeps its own act when its relative clause names the doer and the target", () => {
  // Before: the backing only; the strikes, the object of the backing, were no event of their own. The
  // strikes are known before the backing: background, undated.
  assert.deepEqual(
    datedLines(
      "وأعلنت الحكومة المصرية تأييدها للغارات التي نفذتها فرنسا وبريطانيا ضد مواقع الجيش الليبي، قبل أن تتراجع عن موقفها.",
      "2019-03-04",
    ),
    ["SUPPORT EGY>FRA+GBR 2019-03-04", "ASSAULT FRA+GBR>LBY null"],
  );
  // Near forms: an act to come (ستنفذها) and a clause that names no target keep the backing alone.
  assert.deepEqual(
    coded(
      "وأعلنت الحكومة المصرية تأييدها للغارات التي ستنفذها فرنسا وبريطانيا ضد مواقع الجيش الليبي، قبل أن تتراجع عن موقفها.",
    ),
    ["SUPPORT EGY>FRA+GBR asserted"],
  );
  assert.deepEqual(
    coded(
      "وأعلنت الحكومة المصرية تأييدها للغارات التي نفذتها فرنسا وبريطانيا يوم الأحد، قبل أن تتراجع عن موقفها.",
    ),
    ["SUPPORT EGY>FRA+GBR asserted"],
  );
});

test("a draft that condemns an act its relative clause tells does not make that act the draft's content", () => {
  // Before: no event (the strikes were read as what the draft would do).
  assert.deepEqual(
    coded("وقدمت الصين إلى مجلس الأمن مشروع قرار لإدانة الضربات الأخيرة التي شنتها الهند على باكستان."),
    ["ASSAULT IND>PAK asserted"],
  );
});

test("the relative clause's own frame preposition names the other side of a deal its noun tells", () => {
  // Before: the refusal only; the deals, signed with Turkey, were no act.
  assert.ok(
    coded("واستبعد المستشار النمساوي إلغاء صفقات السلاح التي وقعتها ألمانيا مع تركيا العام الماضي.").includes(
      "COOPERATE DEU>TUR asserted",
    ),
  );
  // Near form: no one named after مع, no deal between states.
  assert.ok(
    !coded(
      "واستبعد المستشار النمساوي إلغاء صفقات السلاح التي وقعتها ألمانيا مع شركات خاصة العام الماضي.",
    ).some((l) => l.startsWith("COOPERATE")),
  );
});

test("a meal its relative clause says a leader held for a guest of another state is a meeting of the two", () => {
  // Before: no event (مأدبة was no trigger, أقام no light verb).
  assert.deepEqual(
    coded("وحضر الرئيس الكيني مأدبة العشاء التي أقامها الرئيس الفرنسي على شرف ضيوفه في قصر الإليزيه."),
    // The guest who attended is the one told acting (حضر); a meeting reads the same either way.
    ["CONSULT KEN>FRA asserted"],
  );
  assert.deepEqual(
    coded("وأقامت المستشارة الألمانية أنغيلا ميركل مأدبة غداء للرئيس الكيني أوهورو كينياتا في برلين."),
    ["CONSULT DEU>KEN asserted"],
  );
  // Near forms: a meal for no state's guest, and أقام of a wall, are no meeting.
  assert.deepEqual(coded("وأقامت المستشارة الألمانية أنغيلا ميركل مأدبة غداء للصحفيين في برلين."), []);
  assert.deepEqual(coded("وأقامت الحكومة المصرية جدارا على حدودها مع ليبيا."), []);
});

test("the relative clause that carries a noun dates the act it tells", () => {
  // Before: the publication day.
  assert.deepEqual(
    datedLines(
      "وقال الوزير المالي إن الضربة التي شنتها فرنسا على مالي في يناير 2013 كانت ضرورية.",
      "2018-06-02",
    ),
    ["ASSAULT FRA>MLI 2013-01"],
  );
  // Near form: a clause with no date of its own keeps the day as before.
  assert.deepEqual(
    datedLines("وقال الوزير المالي إن الضربة التي شنتها فرنسا على مالي كانت ضرورية.", "2018-06-02"),
    ["ASSAULT FRA>MLI 2018-06-02"],
  );
});

test("an act a relative clause tells in the perfect of the noun before it is background, undated", () => {
  // Before: the publication day.
  assert.deepEqual(
    datedLines(
      "وقال الرئيس الإيراني إن اقتصاد بلاده صمد أمام العقوبات التي فرضتها كندا على طهران.",
      "2018-06-02",
    ),
    ["SANCTION CAN>IRN null"],
  );
  // Near forms: the clause's own day dates it; an act told by its own verb keeps the day.
  assert.deepEqual(
    datedLines(
      "وقال الرئيس الإيراني إن اقتصاد بلاده صمد أمام العقوبات التي فرضتها كندا على طهران يوم الأحد.",
      "2018-06-02",
    ),
    ["SANCTION CAN>IRN 2018-05-27"],
  );
  assert.deepEqual(datedLines("وفرضت كندا عقوبات جديدة على إيران.", "2018-06-02"), [
    "SANCTION CAN>IRN 2018-06-02",
  ]);
  // A decision told as the news (قررت … فرضها) is not background: it keeps the day.
  assert.deepEqual(
    datedLines(
      "وقال الرئيس الإيراني إن اقتصاد بلاده سيصمد أمام العقوبات التي قررت كندا فرضها على طهران.",
      "2018-06-02",
    ),
    ["SANCTION CAN>IRN 2018-06-02"],
  );
});
