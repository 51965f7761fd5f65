// The forty-fourth round's readings of requests and threats (docs/EVENTS.md, "Forty-fourth pass", branch
// req44). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a verb describing an issued text acts for its issuer, on the state after it", () => {
  // Before: the state after the verb was read as its subject, and the request had no one asked.
  assert.deepEqual(
    coded("ولجأت المكسيك إلى محكمة العدل الدولية التي أصدرت قرارا أوليا يطالب واشنطن بوقف ترحيل مواطنيها."),
    ["REQUEST IGO>USA asserted"],
  );
  // A text after a relative pronoun is the verb's object: the matter Moscow denies is no request of its own.
  assert.deepEqual(coded("واتهمت لندن موسكو بالتجسس، الأمر الذي تنفيه روسيا بشدة."), [
    "ACCUSE GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
});

test("a letter's addressee is the one its verb asks", () => {
  // Before: the addressee, named last before the verb, was taken for the asker.
  assert.deepEqual(
    coded(
      "وذكر مكتب الرئاسة أن رئيس كوريا الجنوبية بعث رسالة إلى الرئيس الصيني، شي جين بينغ، يطلب فيها دعم الحوار.",
    ),
    ["REQUEST KOR>CHN asserted"],
  );
  // Lawmakers named only by their states' list after من are no issuer: no request is read.
  assert.deepEqual(
    coded("ووقع نواب من كندا وأستراليا رسالة إلى البرلمان الياباني تطلب دعم الاتفاق التجاري."),
    [],
  );
});

test("a body of the United Nations after التابع ل asks for the organisation", () => {
  assert.deepEqual(
    coded("وطالبت اللجنة التابعة للأمم المتحدة حكومة ميانمار بالسماح للمحققين بدخول البلاد."),
    ["REQUEST IGO>MMR asserted"],
  );
  // A militia affiliated with a state is no agent of that state.
  assert.deepEqual(coded("وهاجمت الجماعة المسلحة التابعة لإيران قاعدة في المنطقة."), []);
});

test("كل من right after a verb of asking opens the askers' list", () => {
  assert.deepEqual(coded("وطالبت كل من هولندا وبلجيكا روسيا بتسليم المشتبه بهم."), [
    "REQUEST BEL+NLD>RUS asserted",
  ]);
  // كلا من is the accusative: the states after it are the ones asked.
  assert.deepEqual(coded("ودعت الحكومة الألمانية كلا من أرمينيا وأذربيجان إلى وقف القتال."), [
    "REQUEST DEU>ARM+AZE asserted",
  ]);
});

test("a first person plural perfect of asking in a quote is the speaker's demand", () => {
  // Before: the party met earlier in the sentence was taken for the asker.
  assert.deepEqual(
    coded('وقال وزير الخارجية الهندي عقب لقائه نظيره الصيني في بكين: "طالبنا باكستان بوقف دعم المسلحين".'),
    ["CONSULT IND>CHN asserted", "REQUEST IND>PAK asserted"],
  );
});

test("a price to come is a threat by the speaker on the state that will pay it", () => {
  assert.deepEqual(
    coded("وقال وزير الدفاع الإيراني إن إسرائيل ستدفع ثمنا باهظا إذا هاجمت المنشآت النووية."),
    ["THREATEN IRN>ISR asserted"],
  );
  // A price paid is no threat.
  assert.deepEqual(coded("وقال وزير الدفاع الإيراني إن إسرائيل دفعت ثمنا باهظا في تلك الحرب."), []);
});
