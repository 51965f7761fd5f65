// The fortieth round's lead readings (docs/EVENTS.md, "Fortieth pass: the lead's …", branch lead40).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

// Published on Tuesday 14 August 2018: last Wednesday is the 8th, last Friday the 10th.
const TUESDAY = "2018-08-14";

test("a weekday with its anchor past the speaker's name dates the report, as the bare weekday does", () => {
  assert.deepEqual(
    datedLines(
      "وأعلن المتحدث باسم الخارجية اليابانية، كينجي ساتو، الأربعاء الماضي، أن بلاده قررت فرض عقوبات على كوريا الشمالية.",
      TUESDAY,
    ),
    ["SANCTION JPN>PRK 2018-08-08"],
  );
  assert.deepEqual(
    datedLines("وقال وزير الخارجية الكندي، في تصريح الجمعة الماضية، إن بلاده لن تتفاوض مع فنزويلا.", TUESDAY),
    ["REJECT CAN>VEN 2018-08-10"],
  );
  // A span counted in days is no day of the report: the act keeps the page's day.
  assert.deepEqual(
    datedLines(
      "وقال وزير الخارجية الكندي، في مقابلة نشرت قبل ثلاثة أيام، إن بلاده لن تتفاوض مع فنزويلا.",
      TUESDAY,
    ),
    ["REJECT CAN>VEN 2018-08-14"],
  );
});

test("a participle after the reported clause is the speaker's act and takes the report's day", () => {
  assert.deepEqual(
    datedLines(
      "وأعلنت الحكومة الأسترالية، الأربعاء، أنها ستطرد دبلوماسيا روسيا، متهمة موسكو بالتدخل في شؤونها.",
      TUESDAY,
    ),
    ["SANCTION AUS>RUS 2018-08-08", "ACCUSE AUS>RUS 2018-08-08"],
  );
  assert.deepEqual(
    datedLines(
      "وقال وزير الخارجية الأسترالي، الأربعاء، إن موسكو طردت دبلوماسيين أستراليين، متهما إياها بالتصعيد.",
      TUESDAY,
    ),
    ["SANCTION RUS>AUS 2018-08-08", "ACCUSE AUS>RUS 2018-08-08"],
  );
  // A participle in a clause with no speech verb keeps the page's day.
  assert.deepEqual(datedLines("وطردت أستراليا دبلوماسيين روسا، متهمة موسكو بالتصعيد.", TUESDAY), [
    "SANCTION AUS>RUS 2018-08-14",
    "ACCUSE AUS>RUS 2018-08-14",
  ]);
});

test("a ceasefire (وقف إطلاق النار) is no suspension, even with a needed word further on", () => {
  // Before: `العمل` eight words on met the suspension row's needs, and respecting a truce became a SANCTION.
  assert.deepEqual(
    datedLines(
      "ونفذت القوات الأمريكية العملية بالتنسيق مع القوات الأفغانية. وأكد الرئيس الأفغاني أن الطرفين احترما وقف إطلاق النار طوال العيد، مطالبا المسلحين بمواصلة العمل به.",
      TUESDAY,
    ),
    ["COOPERATE USA>AFG 2018-08-14"],
  );
  assert.deepEqual(datedLines("وقررت واشنطن وقف العمل باتفاقية التجارة مع كندا.", TUESDAY), [
    "SANCTION USA>CAN 2018-08-14",
  ]);
});

test("a noun a light verb carries in the reported clause takes the report's date, as a verb does", () => {
  // Published on Monday 3 September 2018; the report is of May.
  assert.deepEqual(
    datedLines(
      "وكان وزير الدفاع التركي أعلن، في مايو/أيار الماضي، أن الجيش التركي شن هجوما على مواقع في العراق.",
      "2018-09-03",
    ),
    ["ASSAULT TUR>IRQ 2018-05"],
  );
  // A noun with no light verb before it may retell an older act: it keeps the page's day.
  assert.deepEqual(
    datedLines(
      "وكان وزير الدفاع التركي أعلن، في مايو/أيار الماضي، أن الهجوم التركي على مواقع في العراق مستمر.",
      "2018-09-03",
    ),
    ["ASSAULT TUR>IRQ 2018-09-03"],
  );
});

test("a date counted back from publication past a long speaker's name dates the report", () => {
  // Published on Sunday 20 May 2018.
  assert.deepEqual(
    datedLines(
      "وقال وزير الخارجية الصيني وانغ يي في مؤتمر صحفي الشهر الماضي إن بلاده دعت واشنطن إلى الحوار.",
      "2018-05-20",
    ),
    ["REQUEST CHN>USA 2018-04"],
  );
  assert.deepEqual(
    datedLines(
      "وقال رئيس الوزراء الياباني في مقابلة صحفية في مارس الماضي إن بلاده دعت بيونغ يانغ إلى الحوار.",
      "2018-05-20",
    ),
    ["REQUEST JPN>PRK 2018-03"],
  );
  // A year written out that far from the verb may date a noun: the act keeps the page's day.
  assert.deepEqual(
    datedLines(
      "وقال وزير الخارجية الصيني في مقابلة عن أزمة عام 2017 إن بلاده دعت واشنطن إلى الحوار.",
      "2018-05-20",
    ),
    ["REQUEST CHN>USA 2018-05-20"],
  );
});

test("the act of 'the first time that …' after a future copula is still to come", () => {
  // Before: the meeting in the relative clause was told as held.
  assert.deepEqual(
    eventLines("وستكون هذه هي المرة الأولى التي يزور فيها رئيس صيني العاصمة الكندية أوتاوا.", "negation"),
    ["AGREE CHN>CAN future"],
  );
  assert.deepEqual(eventLines("وستكون تلك أول مرة يلتقي فيها رئيس فرنسي مع زعيم كوري شمالي.", "negation"), [
    "AGREE FRA>PRK future",
  ]);
  // Told in the past, the occasion took place.
  assert.deepEqual(
    eventLines("وكانت هذه المرة الثانية التي يزور فيها رئيس صيني العاصمة الكندية أوتاوا.", "negation"),
    ["CONSULT CHN>CAN asserted"],
  );
});

test("talks whose relative clause says they stopped (التي توقفت) were not held then", () => {
  assert.deepEqual(
    eventLines("وتحدث الوزير عن محادثات السلام بين الهند وباكستان التي توقفت منذ سنوات.", "negation"),
    ["CONSULT IND>PAK asserted neg"],
  );
  // A relative clause of another verb leaves the talks held.
  assert.deepEqual(eventLines("وجرت المحادثات بين الهند وباكستان التي استضافتها موسكو.", "negation"), [
    "CONSULT IND>PAK asserted",
  ]);
});

test("a meeting noun in a sentence that opens with a future meeting verb is that meeting told again", () => {
  // Published in April 2018. Before: `قمة` gave a second meeting, held, dated June 2017.
  assert.deepEqual(
    datedLines(
      "وسيلتقي الرئيس الصيني نظيره الروسي، في يونيو/حزيران، في أول قمة بين زعيمي البلدين منذ عامين.",
      "2018-04-23",
    ),
    ["AGREE CHN>RUS 2018-06"],
  );
  // A sentence that opens with a word in س that is no verb of meeting (`وسيطر`) keeps a meeting held.
  assert.deepEqual(
    datedLines("وسيطر الهدوء على القمة التي جمعت الرئيس الروسي مع نظيره الصيني.", "2018-04-23"),
    ["CONSULT RUS>CHN 2018-04-23"],
  );
});

test("a request after the ل of purpose (ليطلب، لتطلب) is the act of the subject of the verb it serves", () => {
  assert.deepEqual(
    eventLines("وأرسلت فرنسا وزير خارجيتها إلى لندن ليطلب من بريطانيا تسليم المتهمين.", "negation"),
    ["REQUEST FRA>GBR asserted"],
  );
  assert.deepEqual(eventLines("واستدعت أنقرة السفير الهولندي لتطلب من هولندا تقديم تفسير.", "negation"), [
    "ACCUSE TUR>NLD asserted",
    "REQUEST TUR>NLD asserted",
  ]);
  // ل before a verb of another type may tell what came next, not a purpose: no act is read from it.
  assert.deepEqual(
    eventLines("وعاد رئيس الوزراء اللبناني إلى بيروت بعد إقامته في الرياض، ليزور فرنسا بعدها.", "negation"),
    [],
  );
});

test("a request verb whose subject is the relative ما (ما يدعو) names a reason, no asker", () => {
  // Before: the speaker's state was taken as asking Russia.
  assert.deepEqual(
    eventLines(
      "وبعد الاجتماع مع الرئيس الروسي، قال ماكرون إنه ليس هناك ما يدعو موسكو إلى التأثير في الاقتراع الفرنسي.",
      "negation",
    ),
    ["CONSULT FRA>RUS asserted"],
  );
  // `كما` before the verb is "as", no relative ما: the request stands.
  assert.deepEqual(
    eventLines(
      "وتقود المملكة حملة في اليمن، كما يطالب الرئيس الفرنسي الرياض بزيادة مساهماتها المالية.",
      "negation",
    ),
    ["REQUEST FRA>SAU asserted"],
  );
});
