// The forty-fifth round's readings of judging verbs whose other side is not their plain object (docs/EVENTS.md,
// "Forty-fifth pass", branch accuse45). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a judging verb's object stands past an aside that follows its subject", () => {
  // Before: the aside (`، خلال ندوة نظمها معهد في القاهرة يوم الأحد،`) hid the object, and no one was criticised.
  assert.deepEqual(
    coded(
      "وانتقد وزير الخارجية المصري سامح شكري، خلال ندوة نظمها معهد في القاهرة يوم الأحد، إثيوبيا بسبب تأخر المفاوضات.",
    ),
    ["ACCUSE EGY>ETH asserted"],
  );
  // An aside that names another state (`مع نظيره السوداني`) is not read past: the object may be inside it. The
  // call itself is a consultation (consult54's contact nouns); no charge against Ethiopia is read.
  assert.deepEqual(
    coded("وانتقد وزير الخارجية المصري سامح شكري، في اتصال مع نظيره السوداني، إثيوبيا بسبب تأخر المفاوضات."),
    ["CONSULT EGY>SDN asserted"],
  );
});

test("an aside of a statement and a time, longer than the object's usual reach, does not hide the object", () => {
  // Before: past six words after the subject no object was read.
  assert.deepEqual(
    coded(
      "واتهمت وزارة الخارجية الكندية، في بيان نشرته على موقعها الرسمي مساء الأربعاء، فنزويلا بتزوير نتائج الانتخابات.",
    ),
    ["ACCUSE CAN>VEN asserted"],
  );
  // A verb that judges no one (`زار`) is not read this way.
  assert.deepEqual(
    coded("وزار وزير الخارجية الكندي، في رحلة لم يعلن عنها من قبل مساء الأربعاء، فنزويلا."),
    [],
  );
});

test("a charge two clauses deep (أن نتائج التحقيق تظهر أن) is the claimant's", () => {
  // Before: the claimant was looked for only before the inner complementizer, where there is none.
  assert.deepEqual(coded("وتزعم هولندا أن نتائج التحقيق تظهر أن روسيا هي المسؤولة عن إسقاط الطائرة."), [
    "ACCUSE NLD>RUS asserted",
  ]);
  // A state that opens the outer clause (`أن روسيا تقول إن`) makes the claim itself: it stays the accuser.
  assert.deepEqual(coded("وتزعم هولندا أن روسيا تقول إن أوكرانيا هي المسؤولة عن إسقاط الطائرة."), [
    "ACCUSE RUS>UKR asserted",
  ]);
});

test("the side told (أخبرت X Y أن) is no claimant; the teller is", () => {
  assert.deepEqual(
    coded("وذكر تقرير أن السلطات الأردنية أخبرت فرنسا أن لديها صورا تثبت أن إسرائيل مسؤولة عن قصف المعبر."),
    ["ACCUSE JOR>ISR asserted"],
  );
});

test("a speech verb after a comma (، وقالت إن) continues the subject of the sentence's first verb", () => {
  assert.deepEqual(
    coded(
      "وأدانت النرويج التفجير الذي استهدف مدرسة في مدينة كابول، وقالت إن باكستان هي المسؤولة عن التفجير.",
    ),
    ["ACCUSE NOR>PAK asserted"],
  );
  // A sentence that opens with a preposition has no such subject: no claimant, no charge.
  assert.deepEqual(
    coded("وفي النرويج جرت تظاهرات كبيرة أمام البرلمان في أوسلو، وقالت إن باكستان هي المسؤولة عن التفجير."),
    [],
  );
});

test("تلك الدول stands for three states or more written out in its own sentence", () => {
  // Before: no demonstrative was read; and a list read back took `لفرنسا` (a proclitic ل, no و) as its fourth state.
  assert.deepEqual(
    coded(
      "ويواجه المشروع رفضا من جانب كندا وأستراليا واليابان لفرنسا، إذ تنتقد تلك الدول باريس بسبب الرسوم الجديدة.",
    ),
    ["ACCUSE AUS+CAN+JPN>FRA asserted"],
  );
  // A list in the sentence before is not read: a demonstrative points too often at states not named.
  assert.deepEqual(
    coded("وانتقدت كندا وأستراليا واليابان الرسوم. وتنتقد تلك الدول باريس بسبب الرسوم الجديدة."),
    [],
  );
  // Two states are no list for it.
  assert.deepEqual(
    coded("ويواجه المشروع رفضا من جانب كندا وأستراليا لفرنسا، إذ تنتقد تلك الدول باريس بسبب الرسوم الجديدة."),
    [],
  );
});

test("حمّل … المسؤولية past a long subject and an aside is a charge", () => {
  // Before: the noun of responsibility stood past the eight words the row reads.
  assert.deepEqual(
    coded(
      "وحمّل رئيس الوزراء الياباني شينزو آبي، خلال كلمة ألقاها أمام البرلمان في طوكيو، كوريا الشمالية مسؤولية التوتر.",
    ),
    ["ACCUSE JPN>PRK asserted"],
  );
  // Officials (`المسؤولين`) far after حملت are no responsibility: the plane carried them.
  assert.deepEqual(
    coded("وحملت الطائرة التي أقلعت من مطار القاهرة مساء أمس عددا من المسؤولين المصريين إلى واشنطن."),
    [],
  );
});
