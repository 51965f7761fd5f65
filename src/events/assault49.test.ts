// The forty-ninth round's readings of force and help (docs/EVENTS.md, "Forty-ninth pass", branch assault49).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("forces sent with a purpose of confronting a state are mobilised against that state", () => {
  // Before: the presence stepped up at sea named no state, so there was no event.
  assert.deepEqual(
    coded("وقال مسؤول عسكري إن البحرية البريطانية تعزز وجودها في بحر الشمال لمواجهة النشاط الروسي المتصاعد."),
    ["MOBILIZE GBR>RUS asserted"],
  );
  assert.deepEqual(coded("وأرسلت اليابان مدمرتين إلى بحر الصين الشرقي لردع أي تحرك صيني."), [
    "MOBILIZE JPN>CHN asserted",
  ]);
  // With no purpose, or a purpose that names no state, there is still no event.
  assert.deepEqual(coded("وقال مسؤول عسكري إن البحرية البريطانية تعزز وجودها في بحر الشمال."), []);
  assert.deepEqual(coded("وأرسلت اليابان مدمرتين إلى بحر الصين الشرقي لمواجهة الأعاصير."), []);
  // Ships sent to help stay no mobilisation.
  assert.deepEqual(coded("وأرسلت اليابان مدمرتين إلى بحر الصين الشرقي لدعم عمليات البحث."), []);
});

test("air cover and air support are military aid, told as backing or as a thing given", () => {
  // Before: SUPPORT, as any backing told by بدعم.
  assert.deepEqual(coded("وتقدمت القوات العراقية نحو المدينة بغطاء جوي أمريكي."), ["AID USA>IRQ asserted"]);
  assert.deepEqual(coded("واستعاد الجيش الليبي السيطرة على الميناء بدعم جوي فرنسي."), [
    "AID FRA>LBY asserted",
  ]);
  // Backing of no stated kind stays SUPPORT.
  assert.deepEqual(coded("وتقدمت القوات العراقية نحو المدينة بدعم أمريكي."), ["SUPPORT USA>IRQ asserted"]);
  // Before: no event; the verb of giving had no row for air cover.
  assert.deepEqual(coded("وتوفر روسيا غطاء جويا للقوات الحكومية السورية في هجومها على درعا."), [
    "AID RUS>SYR asserted",
  ]);
  assert.deepEqual(coded("وتقدم روسيا دعما جويا للجيش السوري في معاركه ضد المعارضة."), [
    "AID RUS>SYR asserted",
  ]);
  // Support of another kind given is no military aid; air cover for an armed group names no state.
  assert.deepEqual(coded("وتقدم روسيا دعما سياسيا للحكومة السورية."), []);
  assert.deepEqual(coded("وتقدم الولايات المتحدة غطاء جويا لقوات سوريا الديمقراطية."), []);
});

test("a death at the hand of a state's forces (على يد) names the killer, as برصاص does", () => {
  // Before: no event; only برصاص and بنيران named a killer.
  assert.deepEqual(coded("لقي جنديان سوريان حتفهما على يد القوات التركية فجر الأحد قرب الحدود."), [
    "ASSAULT TUR>SYR asserted",
  ]);
  // A tally since a start stays uncoded, as with برصاص; killers of no state give no event.
  assert.deepEqual(
    coded("وقتل أكثر من مئة فلسطيني على يد القوات الإسرائيلية منذ بدء الاحتجاجات في مارس."),
    [],
  );
  assert.deepEqual(coded("قتل صحفي تركي على يد مسلحين مجهولين في إسطنبول يوم الأحد."), []);
});
