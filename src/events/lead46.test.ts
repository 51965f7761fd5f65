// The forty-sixth round's lead readings (docs/EVENTS.md, "Forty-sixth pass", branch lead46). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a noun trigger's nisba right after it is its agent, not the speaker whose pronoun opens the clause", () => {
  // Before: the speaker (Russia, by Lavrov) took the strikes, and Israel became a target.
  assert.deepEqual(
    coded("وقال لافروف إنه قبل الغارات الإسرائيلية على مواقع سورية أبلغت موسكو تل أبيب بالمناطق الحساسة."),
    ["ASSAULT ISR>SYR asserted"],
  );
  assert.deepEqual(
    coded("وقال بومبيو إنه بعد الهجمات الإيرانية على السفن السعودية أرسلت واشنطن قطعا بحرية إلى الخليج."),
    ["ASSAULT IRN>SAU asserted"],
  );
  // A noun with no agent of its own after it is still the speaker's act in his clause.
  assert.deepEqual(coded("وقال لافروف إنه أجرى محادثات مع نظيره الأمريكي."), ["CONSULT RUS>USA asserted"]);
});

test("a bare day later in the month of publication, dating an act told as done, is last year's", () => {
  // Before: the day ahead of the page was dropped for the page's own day.
  assert.deepEqual(datedLines("قطعت السعودية والإمارات العلاقات مع قطر في 5 يونيو/ حزيران.", "2018-06-04"), [
    "SANCTION ARE+SAU>QAT 2017-06-05",
  ]);
  // A day told with its year keeps it; a day before the page is this year's.
  assert.deepEqual(datedLines("قطعت السعودية العلاقات مع قطر في 5 يونيو/ حزيران 2017.", "2018-06-04"), [
    "SANCTION SAU>QAT 2017-06-05",
  ]);
  assert.deepEqual(datedLines("قطعت السعودية العلاقات مع قطر في 2 يونيو/ حزيران.", "2018-06-04"), [
    "SANCTION SAU>QAT 2018-06-02",
  ]);
  // An agreement on a day ahead dates what was agreed: the agreement keeps the day of its report.
  assert.deepEqual(datedLines("اتفقت الكوريتان على عقد قمة في 27 يونيو.", "2018-06-04"), [
    "AGREE KOR+PRK> 2018-06-04",
  ]);
  // A future act keeps the day ahead.
  assert.deepEqual(datedLines("ومن المقرر أن يلتقي ترامب بوتين في 20 يونيو.", "2018-06-04"), [
    "AGREE USA>RUS 2018-06-20",
  ]);
});

test("an interview (حوار or لقاء with a channel, a paper or an agency) is no meeting with the state named after it", () => {
  // Before: the interview met Iran, the state named later in the clause.
  assert.deepEqual(
    coded("وقال مستشار الأمن القومي الأمريكي في حوار مع محطة تلفزيونية إن الاتفاق النووي مع إيران سيئ."),
    [],
  );
  assert.deepEqual(coded("وأكد وزير الخارجية الروسي في لقاء مع صحيفة محلية أن بلاده لن تتخلى عن سوريا."), []);
  // A dialogue or a meeting with a state is still one.
  assert.deepEqual(coded("وأكد الرئيس الروسي في حوار مع نظيره الياباني أن بلاده تريد السلام."), [
    "CONSULT RUS>JPN asserted",
  ]);
  assert.deepEqual(coded("وعقد الرئيس الفرنسي لقاء مع نظيره الأمريكي في باريس."), [
    "CONSULT FRA>USA asserted",
  ]);
});

test("the partner after مع between a speech verb and its clause is no claimant of a charge", () => {
  // Before: the Emirati host, named after مع, was read as the one who charged Iran.
  assert.deepEqual(
    coded(
      "وصل وزير الخارجية البريطاني إلى أبوظبي. وأوضح في مؤتمر صحفي جمعه مع نظيره الإماراتي عبدالله بن زايد إن إيران تمول جماعات إرهابية.",
    ),
    ["CONSULT GBR>ARE asserted"],
  );
  // A speaker named after the verb still charges, the partner after him notwithstanding.
  assert.deepEqual(
    coded(
      "وأوضح وزير الخارجية البريطاني في مؤتمر صحفي جمعه مع نظيره الإماراتي عبدالله بن زايد إن إيران تمول جماعات إرهابية.",
    ),
    ["CONSULT GBR>ARE asserted", "ACCUSE GBR>IRN asserted"],
  );
});

test("a participle of speech reaches its pronoun complementizer past إلى or على, as past من", () => {
  // Before: only من was read; the preposition list was checked against keys it never matched (الي، علي).
  assert.deepEqual(coded("وانتقدت روسيا القرار، مشيرة إلى أنها ستفرض عقوبات على أوكرانيا."), [
    "SANCTION RUS>UKR future",
  ]);
  assert.deepEqual(coded("وحذرت الصين من التصعيد، مشددة على أنها ترفض العقوبات الأمريكية."), [
    "REJECT CHN>USA asserted",
  ]);
  // With no preposition, as before.
  assert.deepEqual(coded("وانتقدت روسيا القرار، مؤكدة أنها ستفرض عقوبات على أوكرانيا."), [
    "SANCTION RUS>UKR future",
  ]);
});
