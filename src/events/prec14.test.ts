// Precision, fourteenth pass (docs/EVENTS.md, "Fourteenth pass: firms, flags, refugees and private persons").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a nisba a word or two after a firm, an airline or outlets is theirs, not a party", () => {
  assert.deepEqual(coded("ووقعت شركة توتال الفرنسية عقدا بقيمة مليار دولار مع إيران لتطوير حقل للغاز."), []);
  assert.deepEqual(
    coded("وأعلنت الخطوط الجوية الفرنسية تعليق رحلاتها المتجهة إلى إيران بداية من الشهر المقبل."),
    [],
  );
  assert.deepEqual(coded("وأشادت وسائل إعلام بريطانية بلاجئ من سوريا أنقذ طفلا من الغرق."), []);
  // Guards: the state itself signs; a country's airlines as a whole are the target of its neighbour's sanction.
  assert.deepEqual(coded("ووقعت فرنسا عقدا بقيمة مليار دولار مع إيران لتطوير حقل للغاز."), [
    "SUPPORT FRA>IRN asserted",
  ]);
  assert.deepEqual(coded("وأغلقت باكستان مجالها الجوي أمام شركات الطيران الهندية ردا على الهجوم."), [
    "SANCTION PAK>IND asserted",
  ]);
});

test("a warning that a step will harm or obstruct something threatens no one", () => {
  assert.deepEqual(coded("وحذرت ألمانيا من أن الرسوم الجمركية الأمريكية ستضر بالتجارة العالمية."), []);
  assert.deepEqual(
    coded("وحذر وزير الخارجية الفرنسي من أن الاستيطان الإسرائيلي يعرقل عملية السلام مع الفلسطينيين."),
    [],
  );
  // Guard: a warning of what the warner will do is a threat.
  assert.deepEqual(coded("وحذرت إيران الولايات المتحدة من أنها سترد بقوة على أي هجوم يستهدف أراضيها."), [
    "THREATEN IRN>USA asserted",
  ]);
});

test("a state named as a ship's flag is no party but of the ship's seizure", () => {
  // coerce41: a flagged ship stopped by a navy is seized from its flag state (gold BB-middleEast-856).
  assert.deepEqual(coded("واعترضت البحرية الإسرائيلية سفينة ترفع علم النرويج كانت متجهة إلى قطاع غزة."), [
    "COERCE ISR>NOR asserted",
  ]);
  assert.deepEqual(coded("واعترضت البحرية الإسرائيلية سفينة ترفع العلم السويدي قبالة سواحل غزة."), [
    "COERCE ISR>SWE asserted",
  ]);
  // Guard: a ship of a state, not its flag, keeps its state.
  assert.deepEqual(coded("واعترضت البحرية الإسرائيلية سفينة إيرانية كانت تحمل أسلحة إلى لبنان."), [
    "MOBILIZE ISR>IRN asserted",
  ]);
});

test("a response met with: the party after من gives it, the subject before the verb receives it", () => {
  assert.deepEqual(coded("ولقي القرار الأمريكي ترحيبا من السعودية والإمارات."), [
    "SUPPORT ARE+SAU>USA asserted",
  ]);
  // The subject before the verb (frames.ts undergone).
  assert.deepEqual(coded("غير أن القرار الأمريكي لقي ترحيبا من الإمارات والسعودية."), [
    "SUPPORT ARE+SAU>USA asserted",
  ]);
  // Guards: the subject after the verb, and the plain welcome.
  assert.deepEqual(coded("وحظيت روسيا بدعم الصين وإيران في مجلس الأمن."), ["SUPPORT CHN+IRN>RUS asserted"]);
  assert.deepEqual(coded("ورحبت السعودية بالقرار الأمريكي."), ["SUPPORT SAU>USA asserted"]);
});

test("receiving refugees is sheltering people, no meeting", () => {
  assert.deepEqual(coded("وقال رئيس الوزراء الأردني إن بلاده لن تستقبل لاجئين جددا من سوريا."), []);
  // Guard: receiving a minister is a meeting.
  assert.deepEqual(coded("واستقبل العاهل الأردني وزير الخارجية السوري في عمان."), [
    "CONSULT JOR>SYR asserted",
  ]);
});

test("a private person's nisba is never the actor", () => {
  assert.deepEqual(coded("وضاعفت واشنطن الرسوم على أنقرة إثر امتناعها عن الإفراج عن القس الأمريكي."), [
    "SANCTION USA>TUR asserted",
  ]);
  // The Saudi's nisba is the freed's state; since assault48 the ministry before the release noun frees him.
  assert.deepEqual(coded("وأعلنت وزارة الدفاع الأمريكية إطلاق سراح المواطن السعودي المحتجز في غوانتانامو."), [
    "RETREAT USA>SAU asserted",
  ]);
  // Guards: as a recipient the person stands for the state whose nationals are released or held.
  assert.deepEqual(coded("وأفرجت كوريا الشمالية عن ثلاثة مواطنين أمريكيين كانت تحتجزهم."), [
    "RETREAT PRK>USA asserted",
  ]);
  assert.deepEqual(coded("ورفضت تركيا الإفراج عن القس الأمريكي."), ["REJECT TUR>USA asserted"]);
});
