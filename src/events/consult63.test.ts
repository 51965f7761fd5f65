// Round 63 (consult63): a first-person perfect of meeting in a quote is the speaker's meeting (met-first.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("قابلت after عندما in a quote: the quoted speaker met the party after the verb", () => {
  assert.deepEqual(
    eventLines(
      'قال وزير الخارجية الأسترالي السابق ستيفن ماكين إن المنطقة على حافة أزمة. وأضاف ماكين: "عندما قابلت الرئيس الإندونيسي جوكو ويدودو، حذرني من موجة لاجئين".',
    ),
    ["CONSULT AUS>IDN asserted"],
  );
});

test("التقيت is the first person singular of التقى: the speaker met the ambassador after للتو", () => {
  assert.deepEqual(
    eventLines(
      'وقال وزير الخارجية الهولندي عبر حسابه على تويتر: "التقيت للتو بالسفير التركي لطلب توضيحات عاجلة".',
    ),
    ["CONSULT NLD>TUR asserted"],
  );
});

test("التقينا after عندما in a quote has the speaker as its subject", () => {
  assert.deepEqual(
    eventLines(
      'وقال رئيس الوزراء الياباني شينزو آبي: "عندما التقينا الرئيس الكوري الجنوبي مون جاي إن في طوكيو، اتفقنا على مواصلة الحوار".',
    ).filter((l) => l.startsWith("CONSULT")),
    ["CONSULT JPN>KOR asserted"],
  );
});

test("a state named inside the object's own clause is no side of the meeting", () => {
  assert.deepEqual(
    eventLines(
      'قال وزير الدفاع الهندي راجناث سينغ إن قواته في حالة تأهب. وأضاف سينغ: "التقيت الجنود الذين صدوا هذا الصباح المتسللين الباكستانيين".',
    ).filter((l) => l.startsWith("CONSULT")),
    [],
  );
});

test("قابلت outside a quote and after no complementizer is a narrative, no meeting of states", () => {
  assert.deepEqual(
    eventLines("وفي حفل أقيم في لندن قابلت الأميرة البريطانية الشابة أمير السويد وتزوجا بعد عام."),
    [],
  );
});

test("إنها قابلت: a reported clause whose subject is the pronoun of a named government", () => {
  assert.deepEqual(
    eventLines("وتقول الحكومة اللبنانية إنها قابلت مسؤولي صندوق النقد الدولي في بيروت مساء الأحد."),
    ["CONSULT LBN>IGO asserted"],
  );
});

test("قابلت followed by a word of answering is no meeting (قابلت بالرفض)", () => {
  assert.deepEqual(
    eventLines('وقال المتحدث: "قابلت بالرفض كل عروض الحكومة الكندية".').filter((l) =>
      l.startsWith("CONSULT"),
    ),
    [],
  );
});
