// The thirty-fifth pass's date rules (notes section "Thirty-fifth pass: true acts on the wrong date"): a
// sentence told in the pluperfect as a whole (`وكان … قد`) tells every act after its `قد` as background of no
// date. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines as dated } from "../../test/helpers.ts";

test("every act after the قد of a sentence opening with وكان is background, undated", () => {
  // The act after بعد, told as a noun, was not dated on the news's day either.
  assert.deepEqual(
    dated("وكانت فرنسا قد استدعت سفيرها لدى إيطاليا بعد انتقادات روما للحكومة الفرنسية.", "2018-05-20"),
    ["SANCTION FRA>ITA null", "ACCUSE ITA>FRA null"],
  );
  // An act the pluperfect verb reports.
  assert.deepEqual(
    dated("وكان وزير الخارجية الألماني قد أكد أن بلاده طلبت من روسيا تفسيرا للحادث.", "2018-05-20"),
    ["REQUEST DEU>RUS null"],
  );
});

test("the pluperfect sentence stops at a contrast, a time told and the ل of purpose", () => {
  // After لكن the sentence turns back to the present: the denial is the news's.
  assert.deepEqual(
    dated("وكانت الهند قد اتهمت باكستان بدعم المسلحين، لكن إسلام آباد تنفي الاتهامات الهندية.", "2018-05-20"),
    ["ACCUSE IND>PAK null", "REJECT PAK>IND 2018-05-20"],
  );
  // A weekday told before the act dates it.
  assert.deepEqual(
    dated("وكان وزير الخارجية الياباني قد وصل، الأحد، إلى سيول للقاء نظيره الكوري الجنوبي.", "2018-05-22"),
    ["CONSULT JPN>KOR 2018-05-20"],
  );
  // The meeting he was on his way to is the aim, not an act done before the news.
  assert.deepEqual(
    dated("وكان رئيس الوزراء الكندي قد توقف في لندن في طريقه إلى باريس للقاء الرئيس الفرنسي.", "2018-05-20"),
    ["CONSULT CAN>FRA 2018-05-20"],
  );
});

test("an act told as a noun is dated by the time that closes its phrase, not by the main verb's day", () => {
  assert.deepEqual(
    dated(
      "انتقد وزير الخارجية الروسي الثلاثاء الغارات الإسرائيلية على مواقع في سوريا الأسبوع الماضي.",
      "2018-05-22",
    ),
    ["ACCUSE RUS>ISR 2018-05-22", "ASSAULT ISR>SYR 2018-05"],
  );
  // Guard: a date after publication names what is planned; the announcement keeps its day.
  assert.deepEqual(
    dated("وأعلنت كوريا الجنوبية الثلاثاء عقد قمة مع كوريا الشمالية في يونيو المقبل.", "2018-05-22"),
    ["CONSULT KOR>PRK 2018-05-22"],
  );
});

test("a time told in a pluperfect sentence before an act dates it", () => {
  // The charge after بعد أن has no date of its own: the sentence's March dates it, not the news's day.
  assert.deepEqual(
    dated(
      "وكانت أستراليا قد علقت الحوار الأمني مع إندونيسيا في مارس الماضي، بعد أن اتهمت الحكومة الإندونيسية بالتجسس عليها.",
      "2018-05-22",
    ),
    ["SANCTION AUS>IDN 2018-03", "ACCUSE AUS>IDN 2018-03"],
  );
  // Guard: after منذ the sentence tells a state since then, and its present act keeps the news's day.
  assert.deepEqual(
    dated(
      "وكانت العلاقات بين الهند والصين قد توترت منذ عام 2017 حيث ترفض بكين المشروع الهندي.",
      "2018-05-22",
    ),
    ["REJECT CHN>IND 2018-05-22"],
  );
});

test("the same day, month or year (اليوم نفسه، في الشهر نفسه) is the one the text told last", () => {
  assert.deepEqual(
    dated(
      "أجرت كوريا الشمالية تجربة صاروخية يوم الخميس 14 يونيو. وأدانت اليابان كوريا الشمالية في اليوم نفسه.",
      "2018-06-20",
    ),
    ["ACCUSE JPN>PRK 2018-06-14"],
  );
  // A month: the last date that fixes a month, not the publication's month.
  assert.deepEqual(
    dated(
      "وكانت الهند قد استدعت سفيرها لدى باكستان في مارس الماضي. وفرضت الولايات المتحدة في الشهر نفسه عقوبات على إيران.",
      "2018-06-20",
    ),
    ["SANCTION IND>PAK 2018-03", "SANCTION USA>IRN 2018-03"],
  );
  // Before a relative pronoun it names the day of that clause, told earlier in its sentence (the arrival's
  // Monday); the charge inside the relative clause takes that day too (date46, relative-date.ts dayOfRelative;
  // this guard said "not yet" and kept the news's day before).
  assert.deepEqual(
    dated(
      "ووصل وزير الخارجية الروسي إلى دمشق، الاثنين، في اليوم نفسه الذي اتهمت فيه تركيا روسيا بخرق الاتفاق.",
      "2018-06-20",
    ),
    ["CONSULT RUS>SYR 2018-06-18", "ACCUSE TUR>RUS 2018-06-18"],
  );
});

test("the pluperfect reaches past a subject told with its title and name", () => {
  // Nine words stand between وكان and قد: the minister's post, then his name between commas.
  assert.deepEqual(
    dated(
      "وكان وزير خارجية روسيا الاتحادية في حكومة ميدفيديف، سيرغي لافروف، قد طالب واشنطن بتفسير رسمي للعقوبات الجديدة.",
      "2018-09-12",
    ),
    ["REQUEST RUS>USA null"],
  );
});
