// Precision, twelfth pass (docs/EVENTS.md, "Twelfth pass: precision on the corpus set").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a planned meeting told twice in one article is one plan", () => {
  assert.deepEqual(
    coded(
      "ومن المقرر أن يلتقي الرئيس المصري نظيره السوداني في الخرطوم. وستتركز المحادثات بين مصر والسودان على ملف مياه النيل.",
    ),
    ["AGREE EGY>SDN future"],
  );
  // Guard: two agreements reached on different things stay two.
  assert.deepEqual(
    coded("واتفقت مصر والسودان على تشكيل لجنة فنية مشتركة. كما اتفق البلدان على تبادل البيانات المائية."),
    ["AGREE EGY+SDN> asserted", "AGREE EGY+SDN> asserted"],
  );
});

test("the partner of the call that sets the scene is not the target of a condemnation", () => {
  assert.deepEqual(coded("وأدان الرئيس الفرنسي الهجوم الإرهابي خلال اتصال هاتفي مع نظيره المصري."), [
    "CONSULT FRA>EGY asserted",
  ]);
  // Guard: a target named in the accusation itself is kept, and so is the call.
  assert.deepEqual(
    coded("واتهم الرئيس الفرنسي تركيا بدعم الجماعات المسلحة في ليبيا خلال اتصال هاتفي مع نظيره المصري."),
    ["ACCUSE FRA>TUR asserted", "CONSULT FRA>EGY asserted"],
  );
});

test("a refusal to allow the state named after ل is a warning to it", () => {
  assert.deepEqual(
    coded("وقال وزير الدفاع الإسرائيلي إن بلاده لن تسمح لإيران بإقامة قواعد عسكرية في سوريا."),
    ["THREATEN ISR>IRN asserted"],
  );
  // Guard: a refusal to allow an act with no state after ل stays a refusal.
  assert.deepEqual(coded("وقال المتحدث إن روسيا لن تسمح بتمرير مشروع القرار البريطاني في مجلس الأمن."), [
    "REJECT RUS>GBR asserted",
  ]);
});

test("the noun تهديد before what is endangered is a danger, not a threat", () => {
  assert.deepEqual(coded("وأعلنت بريطانيا تجميد أصول روسية قد تستخدم لتهديد حياة المواطنين في بريطانيا."), [
    "SANCTION GBR>RUS asserted",
  ]);
  // Guard: a state's threats to another are still a threat.
  assert.deepEqual(coded("وقال الوزير إن تهديدات إيران للسعودية لن تمر دون رد."), [
    "THREATEN IRN>SAU asserted",
  ]);
});

test("a warning of a danger or a worsening is no threat", () => {
  assert.deepEqual(
    coded(
      "وحذرت الأمم المتحدة من أن الأوضاع في اليمن تزداد سوءا بسبب القيود التي تفرضها السعودية على الموانئ.",
    ),
    [],
  );
  // Guard: a warning to a state of what it will face is still a threat.
  assert.deepEqual(coded("وحذرت الهند باكستان من أنها سترد بقوة على أي هجوم جديد في كشمير."), [
    "THREATEN IND>PAK asserted",
  ]);
});
