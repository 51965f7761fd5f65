// Twenty-seventh pass, groups of states and replies in kind (branch group27, docs/EVENTS.md
// "Twenty-seventh pass: groups of states, and replies in kind"). Sentences written for these tests in
// Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");

test("group27: a reply in kind with no measure named is the answered act the other way", () => {
  const named = "وفرضت الولايات المتحدة الشهر الماضي عقوبات على وزيرين تركيين، فردت تركيا بالمثل.";
  const got = lines(named);
  assert.ok(got.includes("SANCTION USA>TUR") && got.includes("SANCTION TUR>USA"), got.join("; "));
  const driven = "وطردت بريطانيا 23 دبلوماسيا روسيا الأسبوع الماضي، وهو ما دفع موسكو إلى المعاملة بالمثل.";
  const got2 = lines(driven);
  assert.ok(got2.includes("SANCTION RUS>GBR"), got2.join("; "));
});

test("group27: a demonstrative group as the reply's subject is the states the act was aimed at", () => {
  const text =
    "وفرضت الولايات المتحدة رسوما على واردات الصلب من كندا والمكسيك واليابان، وردت هذه الدول بخطوات مماثلة.";
  const got = lines(text);
  assert.ok(
    got.some((l) => /^SANCTION CAN\+JPN\+MEX>USA/u.test(l)),
    got.join("; "),
  );
});

test("group27 guard: a reply in kind only threatened, on a condition or denied is no act", () => {
  const threat = "وهددت أنقرة بالرد بالمثل إذا فرضت واشنطن عقوبات جديدة على تركيا.";
  assert.ok(!lines(threat).includes("SANCTION TUR>USA"), lines(threat).join("; "));
  const denied = "وفرضت الولايات المتحدة عقوبات على وزيرين تركيين، ولم ترد تركيا بالمثل حتى الآن.";
  assert.ok(!lines(denied).includes("SANCTION TUR>USA"), lines(denied).join("; "));
  // A state that imitates another's step (`في خطوة مماثلة`) answers no one.
  const imitate = "وقررت غواتيمالا نقل سفارتها إلى القدس في خطوة مماثلة لقرار الولايات المتحدة.";
  assert.ok(
    !lines(imitate).some((l) => l.includes(">GTM") || l.startsWith("SUPPORT USA")),
    lines(imitate).join("; "),
  );
});

test("group27: a tariff on imports targets the state they come from, not the importer", () => {
  const from = "وفرضت واشنطن تعريفات جمركية جديدة على واردات الأخشاب من كندا مطلع الشهر.";
  assert.deepEqual(lines(from), ["SANCTION USA>CAN"]);
  const nisba = "وضاعف الرئيس الأمريكي أمس الرسوم على واردات الولايات المتحدة من الحديد التركي.";
  assert.ok(lines(nisba).includes("SANCTION USA>TUR"), lines(nisba).join("; "));
  // The tariff answered in kind in its sentence (batch 1) now has its act to answer.
  const answered =
    "وفرضت الولايات المتحدة رسوما على واردات الحديد من كندا والمكسيك، وهو ما دفع أوتاوا إلى الرد بخطوات مماثلة.";
  assert.ok(lines(answered).includes("SANCTION CAN>USA"), lines(answered).join("; "));
});

test("group27 guard: imports from the actor's own state, or an act that is no tariff, take no origin", () => {
  const own = "وقالت الصين إنها ستخفض اعتبارا من يوليو الرسوم الجمركية على واردات الأدوية من الخارج.";
  assert.deepEqual(lines(own), []);
  const aid = "وأرسلت تركيا مساعدات إلى قطر تشمل واردات غذائية من إيران.";
  assert.ok(!lines(aid).some((l) => l.includes(">IRN")), lines(aid).join("; "));
});

test("group27: a regional group of unnamed states holds its place as no state", () => {
  // The Europeans warn Washington: no state warns, and Washington does not take the warner's place.
  const text = "وحذرت الدول الأوروبية الولايات المتحدة من فرض عقوبات على إيران.";
  assert.ok(!lines(text).some((l) => l.startsWith("THREATEN")), lines(text).join("; "));
});

test("group27 guard: a group joined by و to a named state is left out of the list, not made a party of no state", () => {
  const text = "وطردت الولايات المتحدة وبريطانيا وأغلب الدول الأوروبية دبلوماسيين روسا الأسبوع الماضي.";
  assert.ok(lines(text).includes("SANCTION GBR+USA>RUS"), lines(text).join("; "));
});
