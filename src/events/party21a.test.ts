// Actors lost: a reported clause whose subject pronoun stands for a speaker the speaker rules did not
// read, because no speech verb opens the report (docs/EVENTS.md, "Twentieth pass: actors lost to
// participles and nouns of announcing"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a participle of speech or warning with a pronoun of its gender carries the sentence subject", () => {
  assert.ok(
    coded("ورفضت الرياض الخميس التهديدات الأمريكية، قائلة إنها سترد بحزم على أي عقوبات تفرض عليها.").includes(
      "THREATEN SAU>USA asserted",
    ),
  );
  assert.deepEqual(coded("وكرر ترامب انتقاده للاتفاق، مؤكدا أنه يؤيد تصريحات رئيس الوزراء الياباني."), [
    "SUPPORT USA>JPN asserted",
  ]);
  // Guards: a pronoun of the other gender points at someone else (the British government), not the
  // speaker; an act further on than the pronoun's own verb has a subject of its own (North Korea's pledge).
  assert.ok(
    !coded("وانتقد السفير الروسي سياسة الحكومة البريطانية مؤكدا أنها ترفض أي حوار مع موسكو.").some((l) =>
      l.startsWith("REJECT RUS"),
    ),
  );
  assert.deepEqual(
    coded(
      "ورحب رئيس الوزراء الياباني باللقاء، قائلا إنه أيد تعهد كوريا الشمالية بالتخلي عن برنامجها النووي.",
    ),
    [],
  );
});

test("a noun of announcing reports the words of its genitive, whose pronoun acts right after it", () => {
  assert.deepEqual(
    coded(
      "وكان الوزير في جولة آسيوية عندما فوجئ بإعلان ماكرون بأنه سيجري محادثات مع الرئيس الإيراني حسن روحاني.",
    ),
    ["AGREE FRA>IRN future"],
  );
  assert.deepEqual(coded("وجاء القرار بعد تصريحات ميركل بأنها ستزور الصين الشهر المقبل."), [
    "AGREE DEU>CHN future",
  ]);
  // Guard: a verb of accusing is no report of its subject's own act; the accused asked, not the accuser.
  assert.ok(
    !coded("واتهم النائب العام القطري الإمارات بأنها طلبت من قطر التخلي عن استضافة المؤتمر.").some((l) =>
      l.startsWith("REQUEST QAT"),
    ),
  );
});
