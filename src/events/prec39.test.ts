// Rules of the thirty-ninth round, branch prec39 (precision on unseen text): a backing told by a participle,
// an act told with من قبل read as "before", and an act told right after بعد أن keep no publication-day date.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

test("a backing told by a participle (المدعومة من، مدعوما ب) is standing, undated; a clause's own date keeps it", () => {
  // Before: the backing was dated the publication day.
  assert.deepEqual(
    datedLines("وتقدمت القوات الحكومية الليبية المدعومة من مصر نحو مدينة درنة.", "2018-06-12"),
    ["SUPPORT EGY>LBY null"],
  );
  // A date the clause names still dates it.
  assert.deepEqual(
    datedLines(
      "وشن الجيش العراقي، مدعوما بطائرات أمريكية، هجوما على الموصل في نهاية عام 2016.",
      "2018-06-12",
    ),
    ["AID USA>IRQ 2016"],
  );
});

test("من قبل read as 'before' (a stop, a preposition or a ل-word after it, or right after an active verb) is background", () => {
  // Before: both acts were dated the publication day.
  assert.deepEqual(datedLines("ورفضت روسيا الطلب البريطاني من قبل، وقالت إنه بلا أساس.", "2018-06-12"), [
    "REJECT RUS>GBR null",
  ]);
  assert.deepEqual(
    datedLines(
      "وقال الوزير الكندي، الذي هدد من قبل بطرد السفير الروسي، إن الحوار ما زال ممكنا.",
      "2018-06-12",
    ),
    ["THREATEN CAN>RUS null"],
  );
  // Without it, and with من قبل naming the agent of a passive: the day's act, dated as before.
  assert.deepEqual(datedLines("ورفضت روسيا الطلب البريطاني، وقالت إنه بلا أساس.", "2018-06-12"), [
    "REJECT RUS>GBR 2018-06-12",
  ]);
  assert.deepEqual(datedLines("وتم فرض رسوم جديدة من قبل وزارة التجارة الأمريكية على روسيا.", "2018-06-12"), [
    "SANCTION USA>RUS 2018-06-12",
  ]);
});

test("a perfect verb right after بعد أن or بعدما is the earlier act, undated; not in the first sentence, nor a meeting", () => {
  const lead = "وقال الوزير إن الحوار ممكن. ";
  // Before: the sanctions were dated the publication day.
  assert.deepEqual(
    datedLines(`${lead}وتراجعت العملة الإيرانية بعدما فرضت الولايات المتحدة عقوبات على طهران.`, "2018-06-12"),
    ["SANCTION USA>IRN null"],
  );
  // A date its clause names still dates it.
  assert.deepEqual(
    datedLines(
      `${lead}وتراجعت العملة الإيرانية بعد أن فرضت الولايات المتحدة عقوبات على طهران يوم الاثنين.`,
      "2018-06-12",
    ),
    ["SANCTION USA>IRN 2018-06-11"],
  );
  // The first sentence tells the news with its immediate cause; a meeting after بعد أن is the news's occasion.
  assert.deepEqual(
    datedLines("وتراجعت العملة الإيرانية بعدما فرضت الولايات المتحدة عقوبات على طهران.", "2018-06-12"),
    ["SANCTION USA>IRN 2018-06-12"],
  );
  assert.deepEqual(datedLines(`${lead}وتحدث ظريف للصحفيين بعد أن التقى نظيره الروسي.`, "2018-06-12"), [
    "CONSULT IRN>RUS 2018-06-12",
  ]);
});
