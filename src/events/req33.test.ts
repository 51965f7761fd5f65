// The thirty-third pass's rules for missed demands and refusals (docs/EVENTS.md, "Thirty-third pass:
// missed demands and refusals"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("seeking answers, assurances or leave from a state is a request of it", () => {
  assert.deepEqual(
    coded(
      "وقالت الخارجية الهولندية إنها سعت للحصول على توضيح من وزارة الخارجية الروسية بشأن طرد الدبلوماسي.",
    ),
    ["REQUEST NLD>RUS asserted"],
  );
  // The subject between the verb and the noun: the noun carries the request.
  assert.deepEqual(coded("وتسعى الحكومة الكندية للحصول على ضمانات من الصين بعدم إعدام مواطنها."), [
    "REQUEST CAN>CHN asserted",
  ]);
  assert.deepEqual(coded("وما زالت اليابان تنتظر الحصول على إجابات من كوريا الشمالية عن مصير المخطوفين."), [
    "REQUEST JPN>PRK asserted",
  ]);
});

test("guards: goods obtained are no request; a denial does not answer a request made to the denier", () => {
  assert.deepEqual(coded("وتسعى إيران للحصول على أسلحة متطورة من روسيا."), []);
  assert.deepEqual(
    coded(
      "وتسعى الولايات المتحدة للحصول على إجابات من الحكومة السعودية. ونفت القنصلية السعودية التصريحات التي نسبتها صحيفة إلى مسؤولين أتراك.",
    ),
    ["REQUEST USA>SAU asserted"],
  );
  // A refusal still answers the demand made to the refuser.
  assert.deepEqual(coded("وطالبت بريطانيا روسيا بتسليم المشتبه بهما. ورفضت روسيا ذلك."), [
    "REQUEST GBR>RUS asserted",
    "REJECT RUS>GBR asserted",
  ]);
});

test("a demand to free people goes to the state that detained the demander's nationals, however far back", () => {
  assert.deepEqual(
    coded(
      "اعتقلت السلطات التركية القس الأمريكي في أكتوبر الماضي. وقال محاميه إن صحته جيدة. وأضاف أن عائلته قلقة عليه. وطالبت الولايات المتحدة بالإفراج عن القس.",
    ),
    ["COERCE TUR>USA asserted", "REQUEST USA>TUR asserted"],
  );
  // The words of freeing counted past the subject after the verb.
  assert.deepEqual(
    coded(
      "اعتقلت السلطات التركية القس الأمريكي في أكتوبر الماضي. ودعت الخارجية الأمريكية إلى سرعة الإفراج عن القس.",
    ),
    ["COERCE TUR>USA asserted", "REQUEST USA>TUR asserted"],
  );
});

test("guards: no detention of the demander's nationals told, no addressee", () => {
  assert.deepEqual(coded("وطالبت الولايات المتحدة بالإفراج عن الصحفيين المحتجزين."), []);
  assert.deepEqual(
    coded(
      "اعتقلت السلطات الإيرانية مواطنا بريطانيا في طهران. وقال محاميه إن صحته جيدة. وأضاف أن عائلته قلقة عليه. وطالبت الولايات المتحدة بالإفراج عن القس.",
    ),
    ["COERCE IRN>GBR asserted"],
  );
});

test("a duty told by a complementizer with its pronoun (إنه على، أنه على) is laid on the state after على", () => {
  assert.deepEqual(coded("وقال الرئيس التركي إنه على السعودية أن تثبت أن الصحفي غادر القنصلية."), [
    "REQUEST TUR>SAU asserted",
  ]);
  // A duty to brace for what comes is a warning, as with إن على.
  assert.deepEqual(coded("وقالت الإدارة الأمريكية أنه على أنقرة أن تستعد لعقوبات أشد قسوة."), [
    "THREATEN USA>TUR asserted",
  ]);
  assert.deepEqual(coded("وقال أردوغان إن على واشنطن أن تتخلى عن دعم المسلحين."), [
    "REQUEST TUR>USA asserted",
  ]);
});

test("guards: على after a complementizer with no party right after it lays no duty", () => {
  const lines = coded("وقال الرئيس الفلسطيني إنه على استعداد للقاء رئيس الوزراء الإسرائيلي في أي وقت.");
  assert.ok(!lines.some((l) => l.startsWith("REQUEST")), lines.join("; "));
  const contact = coded("وأكد وزير الخارجية الأردني أنه على اتصال دائم بنظيره الإيراني.");
  assert.ok(!contact.some((l) => l.startsWith("REQUEST")), contact.join("; "));
});
