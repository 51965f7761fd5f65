// Precision, sixteenth pass (docs/EVENTS.md, "Fifteenth pass: comments, seats, findings and agreements left").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

/** Each event as `TYPE date`. */
const dated = (text: string, published: string) =>
  analyzeText(text, { published }).events.map((e) => `${e.type} ${e.date}`);

test("declining to comment is no act between states, past a long subject or after a party named before", () => {
  assert.deepEqual(
    coded("رفض السفير المصري إلى الولايات المتحدة التعليق على التقارير التي نشرتها الصحف الأمريكية."),
    [],
  );
  assert.deepEqual(
    coded(
      "واتهمت تركيا وقطر القوات السعودية بشن الهجوم الذي قتل فيه 5 قطريون ورفضت الحكومة السعودية التعليق على الهجوم.",
    ),
    ["ACCUSE QAT+TUR>SAU asserted"],
  );
  // Guard: a refusal of a state's demand stays a rejection.
  assert.deepEqual(coded("رفضت الحكومة المصرية المقترح السوداني بشأن الحدود."), ["REJECT EGY>SDN asserted"]);
});

test("Brussels stays a mention of Belgium but is no party: news names it for the EU and NATO", () => {
  assert.deepEqual(coded("وتأتي زيارة وزير الخارجية البريطاني إلى بروكسل في وقت تشتد فيه الخلافات."), []);
  const brussels = analyzeText("وصل الوزير الياباني إلى بروكسل أمس.").entities.find(
    (e) => e.name === "بروكسل",
  );
  assert.equal(brussels?.country, "BEL");
  // Guard: Belgium named as a state is a party.
  assert.deepEqual(coded("وتأتي زيارة وزير الخارجية البريطاني إلى بلجيكا في وقت تشتد فيه الخلافات."), [
    "CONSULT GBR>BEL asserted",
  ]);
});

test("a date after a participle of signing dates the agreement, not the act told before it", () => {
  assert.deepEqual(
    dated("فرضت واشنطن عقوبات إضافية على طهران بعد تخليها عن الاتفاق المبرم معها في عام 2015.", "2018-08-07"),
    ["SANCTION 2018-08-07"],
  );
  // Guard: a date right after its act, with no participle, dates the act.
  assert.deepEqual(dated("فرضت الولايات المتحدة عقوبات جديدة على إيران في عام 2016.", "2018-08-07"), [
    "SANCTION 2016",
  ]);
});

test("a finding reached is no agreement", () => {
  // No AGREE; since acc20 the finding that Russia was behind the campaign is the agencies' charge (cue conclude).
  assert.deepEqual(
    coded(
      "وتوصلت أجهزة الاستخبارات الأمريكية إلى نتيجة نهائية العام الماضي، بأن روسيا كانت وراء الحملة، مع تورط الدولة الروسية في نشر أخبار مزيفة.",
    ),
    ["ACCUSE USA>RUS asserted"],
  );
  // Guards: an agreement reached, and one whose إلى أن means "until", stay agreements.
  assert.deepEqual(coded("وتوصلت روسيا وتركيا إلى اتفاق بشأن إدلب."), ["AGREE RUS+TUR> asserted"]);
  assert.deepEqual(coded("واتفقت روسيا وتركيا على الهدنة إلى أن تنتهي المفاوضات."), [
    "AGREE RUS+TUR> asserted",
  ]);
});

test("an agreement left is no agreement made", () => {
  // The withdrawal stays what it was coded as; the agreement left gives no AGREE.
  assert.deepEqual(
    coded("وأدى انسحاب الإدارة الأمريكية من الاتفاق الدولي مع إيران بشأن ملفها النووي إلى تصاعد الخلاف."),
    ["SANCTION USA>IRN asserted"],
  );
  // خروج … من الاتفاق is a withdrawal like انسحاب (docs/EVENTS.md, "Eighteenth pass"); still no AGREE.
  assert.deepEqual(
    coded("وأعلن الرئيس الأمريكي خروج بلاده من الاتفاق النووي مع طهران وإعادة فرض العقوبات عليها."),
    ["SANCTION USA>IRN asserted"],
  );
  // Guard: an agreement reached stays one.
  assert.deepEqual(coded("وأعلنت روسيا التوصل إلى اتفاق مع إيران لتوريد الغاز."), ["AGREE RUS>IRN asserted"]);
});

test("after a count word a verb form is the noun counted", () => {
  assert.deepEqual(coded("ويدرس نحو 15 ألف طالب سعودي في الجامعات الكندية."), []);
  assert.deepEqual(coded("ويقيم نحو ثلاثة آلاف طالب أردني في روسيا منذ سنوات."), []);
  // Guard: the verb at the head of its clause stays a demand.
  assert.deepEqual(coded("طالب وزير الخارجية الفرنسي إيران بالتوقف عن تهديداتها."), [
    "REQUEST FRA>IRN asserted",
  ]);
});
