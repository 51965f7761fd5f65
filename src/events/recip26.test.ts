// Twenty-sixth pass, acts with one side found: the other side (branch recip26, docs/EVENTS.md
// "Twenty-sixth pass: acts with one state found: the other side"). Sentences written for these tests in
// Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");

test("recip26: the object of a verb of targeting after a strike's noun is its target", () => {
  const relative =
    "وأصيب عدد من الجنود في الغارات التركية الأخيرة التي استهدفت المواقع العسكرية السورية قرب الحدود.";
  assert.ok(lines(relative).includes("ASSAULT TUR>SYR"), lines(relative).join("; "));
  const agent =
    "وأكد الناطق أن الغارة الليلية التي شنها الجيش الإسرائيلي استهدفت جميع المواقع العسكرية الإيرانية قرب دمشق.";
  assert.ok(lines(agent).includes("ASSAULT ISR>IRN"), lines(agent).join("; "));
});

test("recip26 guard: a place after في, or an act one is blamed for, gives no target", () => {
  const place = "وأصيب عدد من الجنود في الغارات التركية التي استهدفت مخازن للأسلحة في سوريا.";
  assert.ok(!lines(place).includes("ASSAULT TUR>SYR"), lines(place).join("; "));
  const blamed =
    "وحمّلت المحكمة كوريا الشمالية مسؤولية الهجمات التي استهدفت المباني الحكومية الأمريكية قبل سنوات.";
  assert.ok(!lines(blamed).includes("ASSAULT PRK>USA"), lines(blamed).join("; "));
});

test("recip26: a party after a verb of targeting is the strike's object, not its agent", () => {
  const text = "وشنت روسيا غارات استهدفت مواقع عسكرية أوكرانية قرب الحدود.";
  const got = lines(text);
  assert.ok(got.includes("ASSAULT RUS>UKR"), got.join("; "));
  assert.ok(!got.some((l) => l.startsWith("ASSAULT UKR")), got.join("; "));
  // Guard: no light verb carries the noun; a state named far before it is not its agent.
  const group =
    "وانطلقت الاعتداءات بنسف أنبوب النفط الممتد إلى الأردن وإسرائيل، ثم أعلنت جماعة متشددة مسؤوليتها عن اعتداءات تستهدف عناصر الشرطة المصرية.";
  assert.ok(!lines(group).some((l) => l.startsWith("ASSAULT")), lines(group).join("; "));
});

test("recip26: a denial answers a charge told with no accusing verb before it", () => {
  const text =
    "وأكدت الحكومة الهولندية أن روسيا تقف وراء الهجوم الإلكتروني، غير أن موسكو تنفي أي علاقة لها به.";
  assert.ok(lines(text).includes("REJECT RUS>NLD"), lines(text).join("; "));
});

test("recip26 guard: a denial of a charge told in its own sentence with no accuser takes no older accuser", () => {
  const text =
    "وقالت الحكومة الهولندية إن روسيا تقف وراء الهجوم الإلكتروني.\n" +
    "وذكّر الوزير بقضية الطائرة الماليزية التي أشارت فيها أصابع الاتهام إلى روسيا، بينما نفت روسيا كل تلك الاتهامات.";
  assert.ok(!lines(text).some((l) => l.startsWith("REJECT")), lines(text).join("; "));
});

test("recip26: a threatened tariff on goods targets the state of the goods' nisba", () => {
  const text = "وهددت كندا بفرض رسوم جمركية انتقامية على السلع الأمريكية.";
  assert.ok(lines(text).includes("THREATEN CAN>USA"), lines(text).join("; "));
  // Guard: goods of the threatener's own state name no target.
  const own = "وهددت كندا بوقف تصدير المنتجات الكندية.";
  assert.ok(!lines(own).some((l) => l.startsWith("THREATEN")), lines(own).join("; "));
});

test("recip26: a strike's target told on the actor's word after ما and a verb of saying", () => {
  const text = "وشنت تركيا أمس سلسلة من الغارات على ما قالت إنه مواقع سورية قرب الحدود.";
  assert.ok(lines(text).includes("ASSAULT TUR>SYR"), lines(text).join("; "));
  // Guard: what follows is no state, and the place after في is not the target.
  const group = "وشنت تركيا غارات على ما قالت إنها مواقع للمسلحين في العراق.";
  assert.ok(!lines(group).includes("ASSAULT TUR>IRQ"), lines(group).join("; "));
});
