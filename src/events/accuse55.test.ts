// The fifty-fifth round's readings of verbal conflict (branch accuse55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a description as غير of a good quality is a charge; غير alone (unprecedented, unusual) is none", () => {
  // Before: «غير مسبوق» met the need غير and gave ACCUSE.
  assert.deepEqual(
    eventLines('ووصفت الحكومة الهندية الاتفاق الموقع مع الأمم المتحدة بأنه "غير مسبوق" في تاريخ البلاد.'),
    ["AGREE IND>IGO asserted"],
  );
  assert.deepEqual(eventLines("ووصف الوزير الكيني تصريحات نظيره الصيني بأنها غير عادية."), []);
  assert.deepEqual(eventLines("ووصف الوزير المغربي الموقف الجزائري بأنه غير مسؤول."), [
    "ACCUSE MAR>DZA asserted",
  ]);
  assert.deepEqual(eventLines('ووصفت فنلندا الإجراءات الروسية بأنها "غير مقبولة على الإطلاق".'), [
    "ACCUSE FIN>RUS asserted",
  ]);
  assert.deepEqual(eventLines("ووصف رئيس الوزراء الماليزي الرسوم الأمريكية الجديدة بأنها غير عادلة."), [
    "ACCUSE MYS>USA asserted",
  ]);
  // Diplomats called spies: a charge, told as «ضباط استخبارات» or «جواسيس».
  assert.deepEqual(
    eventLines('وطردت أستراليا أربعة دبلوماسيين صينيين، واصفة إياهم بأنهم "ضباط استخبارات غير معلنين".'),
    ["SANCTION AUS>CHN asserted", "ACCUSE AUS>CHN asserted"],
  );
});

test("a و-verb that repeats the sentence's verb has that verb's subject; the one party after it is its object", () => {
  // Before: the party after the second verb was read as its subject (ACCUSE GBR>IGO in the corpus).
  assert.deepEqual(
    eventLines(
      "انتقد الرئيس الأمريكي دول الاتحاد الأوروبي على سياساتها التجارية وانتقد رئيس الوزراء الكندي، جاستن ترودو، على تصريحاته بشأن الرسوم.",
    ),
    ["ACCUSE USA>IGO asserted", "ACCUSE USA>CAN asserted"],
  );
  assert.deepEqual(eventLines("انتقد الرئيس البرازيلي الأرجنتين بسبب الرسوم وانتقد تشيلي بسبب الحدود."), [
    "ACCUSE BRA>ARG asserted",
    "ACCUSE BRA>CHL asserted",
  ]);
  assert.deepEqual(eventLines("دعا الرئيس الفرنسي إيران إلى ضبط النفس ودعا روسيا إلى الضغط على دمشق."), [
    "REQUEST FRA>IRN asserted",
    "REQUEST FRA>RUS asserted",
  ]);
});

test("a charge the sides exchanged, with the verb of exchange before them, is one mutual event", () => {
  // Before: no event (the word of reciprocity stood more than three words before the charge noun).
  assert.deepEqual(eventLines("وتبادلت أرمينيا وأذربيجان الاتهامات بخرق الهدنة على الحدود."), [
    "ACCUSE ARM+AZE> asserted",
  ]);
  assert.deepEqual(
    eventLines("وتبادل رئيس الوزراء الهندي والرئيس الباكستاني الانتقادات الحادة بعد الهجوم."),
    ["ACCUSE IND+PAK> asserted"],
  );
  assert.deepEqual(eventLines("وتتبادل إثيوبيا وإريتريا الاتهامات منذ سنوات."), ["ACCUSE ERI+ETH> asserted"]);
});
