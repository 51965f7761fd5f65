// The thirtieth pass on THREATEN, COERCE and ASSAULT told in wordings Rasd did not read (docs/EVENTS.md,
// "Thirtieth pass: hostile acts told in wordings Rasd did not read"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a detainee's nisba before a participle of detaining and في + a state: that state holds the national", () => {
  assert.deepEqual(coded("وتحدث الوزير عن الصحفي الكندي المعتقل في إيران منذ أشهر."), [
    "COERCE IRN>CAN asserted",
  ]);
  assert.deepEqual(coded("وأشار البيان إلى مهندس ياباني محتجز في الصين بتهمة التجسس."), [
    "COERCE CHN>JPN asserted",
  ]);
  // The name and a relative pronoun may stand between the nisba and a passive perfect.
  assert.deepEqual(coded("وتناولت الصحف قضية الطالب الأسترالي، جون سميث، الذي اعتقل في كوريا الشمالية."), [
    "COERCE PRK>AUS asserted",
  ]);
  // Inside a demand the detention is still told as a fact.
  assert.ok(
    coded("وطالبت ألمانيا بالإفراج عن صحفي ألماني محتجز في تركيا.").includes("COERCE TUR>DEU asserted"),
  );
});

test("a detention in the detainee's own state, or with no nisba before it, is no act between states", () => {
  assert.deepEqual(coded("وطالبت منظمات حقوقية بالإفراج عن المدون المصري المعتقل في مصر منذ عامين."), []);
  assert.deepEqual(coded("وقال محامي الرجل إن موكله احتجز في بلجيكا قبل أسبوع."), []);
  assert.deepEqual(coded("وأفرجت السلطات عن معظم المعتقلين في البحرين."), []);
});

test("an accusative warning noun is a threat to the party right after it on ل or after إلى", () => {
  assert.deepEqual(coded("ووجهت روسيا تحذيرا لواشنطن من أي ضربة جديدة."), ["THREATEN RUS>USA asserted"]);
  assert.deepEqual(coded("ووجه قائد الجيش الباكستاني تحذيرا إلى الهند من أي توغل."), [
    "THREATEN PAK>IND asserted",
  ]);
  // Guard: a warning to a person or body of no state, or to the actor's own people, names no target.
  assert.deepEqual(coded("ووجه السفير الروسي في بيروت تحذيرا لقائد الجيش من أي تصعيد."), []);
  assert.deepEqual(coded("وأصدرت الخارجية الأمريكية تحذيرا لرعاياها من السفر إلى تركيا."), []);
});

test("a regret to come (ستندم، سيندمون) threatens its subject; the sentence's speaker is the actor", () => {
  assert.deepEqual(coded("وقال الرئيس الروسي إن بريطانيا ستندم على طرد الدبلوماسيين."), [
    "THREATEN RUS>GBR asserted",
  ]);
  // The condition is the threat's content: the threat itself is made, asserted.
  assert.ok(
    coded("وقال وزير الخارجية الصيني إن الولايات المتحدة ستندم إذا فرضت رسوما جديدة.").includes(
      "THREATEN CHN>USA asserted",
    ),
  );
  // Guard: a regret that is not to come is no threat.
  assert.deepEqual(coded("وقال الرئيس الروسي إن بريطانيا لم تندم على طرد الدبلوماسيين."), []);
});

test("a nisba on striking aircraft names the striking state; elsewhere on aircraft, a thing's nationality", () => {
  assert.deepEqual(coded("وقصفت الطائرات التركية مواقع للجيش السوري قرب الحدود."), [
    "ASSAULT TUR>SYR asserted",
  ]);
  assert.deepEqual(coded("الطائرات الروسية تقصف مواقع أوكرانية منذ الفجر."), ["ASSAULT RUS>UKR asserted"]);
  // Guard: aircraft bought, or aircraft that stopped striking, are no striking state's.
  assert.deepEqual(coded("واشترت الهند الطائرات الفرنسية بعد مفاوضات طويلة."), []);
  assert.deepEqual(coded("وتوقفت الطائرات الروسية عن قصف مواقع المعارضة السورية."), []);
});
