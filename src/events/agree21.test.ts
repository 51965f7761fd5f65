// The twentieth pass on requests, refusals and agreements (docs/EVENTS.md, "Twentieth pass: requests,
// refusals and agreements: recall"): a demand to free people held that names no addressee is aimed at the
// state holding them, the other state of the event just told that involved the demander. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a demand to free people held is aimed at the state the detention just told names", () => {
  assert.deepEqual(
    coded("واحتجزت السلطات التركية القس الأمريكي منذ عامين. وطالبت واشنطن بإطلاق سراح القس على الفور."),
    ["COERCE TUR>USA asserted", "REQUEST USA>TUR asserted"],
  );
  assert.deepEqual(coded("وطردت الرياض السفير الكندي، بعد أن دعت أوتاوا إلى الإفراج عن ناشطات معتقلات."), [
    "SANCTION SAU>CAN asserted",
    "REQUEST CAN>SAU asserted",
  ]);
});

test("a demand to free people with no state before it, or not told by a verb, takes no addressee", () => {
  // Guard: no event before names the holding state.
  assert.deepEqual(coded("وطالبت الحكومة الفرنسية بإطلاق سراح الصحفي المخطوف فورا."), []);
  // Guard: a participle of demand whose subject the sentence leaves unsure is not given one (the measures
  // announced against Canada, and Canada's criticism, are read since sanction47; no REQUEST is).
  assert.deepEqual(
    coded("وأعلنت السعودية إجراءات ضد كندا بعد انتقاد الأخيرة لاعتقال ناشطين، مطالبة بالإفراج عنهم."),
    ["SANCTION SAU>CAN asserted", "ACCUSE CAN>SAU asserted"],
  );
  // Guard: a demand of something other than freeing people keeps no implicit addressee.
  assert.deepEqual(
    coded("واحتجزت السلطات التركية القس الأمريكي منذ عامين. وطالبت واشنطن بتحقيق شفاف في القضية."),
    ["COERCE TUR>USA asserted"],
  );
});

test("a rejection after a word of contrast, of a demonstrative, answers the state of the clause before", () => {
  // The proposal, refused in its sentence, was made to the refuser (refused-demand.ts, twenty-ninth pass).
  assert.deepEqual(coded("واقترحت اليابان إجراء محادثات جديدة حول الجزر، لكن روسيا رفضت هذا الاقتراح."), [
    "REQUEST JPN>RUS asserted",
    "REJECT RUS>JPN asserted",
  ]);
  assert.deepEqual(coded("وطالبت الجزائر بفتح الحدود، فيما رفض المغرب ذلك."), ["REJECT MAR>DZA asserted"]);
  assert.deepEqual(coded("وقال الوزير البريطاني إن موسكو تقف وراء الهجوم، بيد أن روسيا نفت ذلك."), [
    "REJECT RUS>GBR asserted",
    "ACCUSE GBR>RUS asserted",
  ]);
});

test("a claim noun after وهو stands for ما: the act answers the claim told before in its sentence", () => {
  assert.deepEqual(coded("وتصر الهند على أن باكستان تؤوي المسلحين، وهو أمر تنفيه إسلام آباد بشدة."), [
    "REJECT PAK>IND asserted",
  ]);
  // Guard: a step rejected by no state named right after the verb takes no recipient.
  assert.deepEqual(coded("وأعلنت فرنسا خطة لإصلاح الاتحاد، وهي خطوة رفضتها أغلب الحكومات الأوروبية."), []);
});
