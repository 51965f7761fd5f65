// Recall of parties, fourteenth pass (docs/EVENTS.md, "Fourteenth pass: parties of triggers already
// found"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a people's broken plural after a diplomats' noun names the state expelled", () => {
  assert.deepEqual(coded("وأعلنت الحكومة الكندية الخميس طرد أربعة دبلوماسيين روس من أراضيها."), [
    "SANCTION CAN>RUS asserted",
  ]);
  assert.deepEqual(coded("وقررت هولندا طرد الدبلوماسيين الروس العاملين في سفارة موسكو بلاهاي."), [
    "SANCTION NLD>RUS asserted",
  ]);
  assert.deepEqual(coded("وأمرت أستراليا بطرد دبلوماسيين أتراك بعد الحادث."), ["SANCTION AUS>TUR asserted"]);
  // Guard: alone, the plural is a people, not a party (`الأتراك` attacked no state here), and a name
  // that holds the letters (`كروس`) is no nisba.
  assert.deepEqual(coded("وقال الرئيس الفرنسي إن الأتراك يتابعون المباراة باهتمام."), []);
  assert.deepEqual(coded("وزار توني كروس العاصمة الألمانية برلين."), []);
});

test("a state's mission right after the noun of a sanction is its object, the state its target", () => {
  assert.deepEqual(coded("وقررت موسكو إغلاق القنصلية الأمريكية في يكاترينبورغ خلال شهر."), [
    "SANCTION RUS>USA asserted",
  ]);
  assert.deepEqual(coded("وأعلنت الإدارة الأمريكية الاثنين إغلاق المكتب الفلسطيني في العاصمة."), [
    "SANCTION USA>PSE asserted",
  ]);
  assert.deepEqual(coded("وأعلنت روسيا إغلاق المركز الثقافي البريطاني في موسكو."), [
    "SANCTION RUS>GBR asserted",
  ]);
  // Guard: a mission that is the agent of a request keeps its place as the actor's (`دعوة السفارة`).
  assert.deepEqual(coded("وجاءت دعوة السفارة الأمريكية مواطنيها إلى مغادرة البلاد بعد الاشتباكات."), []);
});

test("an organisation of states called by its head noun alone is a party of that organisation", () => {
  assert.deepEqual(
    coded(
      "اجتمع المجلس التنفيذي لمنظمة حظر الأسلحة الكيميائية في لاهاي. وقال وزير الخارجية البريطاني إن بلاده دعت المنظمة إلى تحليل العينات.",
    ),
    ["REQUEST GBR>IGO asserted"],
  );
  assert.deepEqual(
    coded(
      "تأسست المحكمة الجنائية الدولية في عام 2002. ورفضت الصين والهند الانضمام إلى المحكمة منذ ذلك الحين.",
    ),
    ["REJECT CHN+IND>IGO asserted"],
  );
  // Guard: the nearest organisation of that head is not one of states (Amnesty), so the head is not read.
  assert.deepEqual(
    coded("أصدرت منظمة العفو الدولية تقريرا عن السجون. ودعت فرنسا المنظمة إلى نشر أسماء الضحايا."),
    [],
  );
  // Guard: a head followed by its own adjective names another body (`المنظمة الدولية`), not a back-reference.
  assert.deepEqual(
    coded(
      "اجتمع المجلس التنفيذي لمنظمة حظر الأسلحة الكيميائية في لاهاي. ودعت بريطانيا المنظمة الدولية للهجرة إلى المساعدة.",
    ),
    [],
  );
});

test("a people's members counted after an arrest are whom it was done to, not its agent", () => {
  assert.deepEqual(coded("وأعلنت السلطات البحرينية القبض على 14 إيرانيا دخلوا البلاد بجوازات سفر مزورة."), [
    "COERCE BHR>IRN asserted",
  ]);
  assert.deepEqual(coded("وأعلن الجيش الإسرائيلي اعتقال 21 فلسطينيا في الضفة الغربية خلال الليل."), [
    "COERCE ISR>PSE asserted",
  ]);
  // Guard: a count of people with no nisba names no state.
  assert.deepEqual(coded("واعتقلت الشرطة الفرنسية 3 أشخاص في العاصمة باريس."), []);
});
