import assert from "node:assert/strict";
import { test } from "node:test";
import { loadLexicons } from "../pipeline/lexicons.ts";
import { compileCleanOptions } from "./index.ts";
import fc from "fast-check";
import { CLAUSE_FINAL } from "./regexes.ts";
import { dropRelatedLines, endsClause, isHeadlineLike } from "./related.ts";

const options = compileCleanOptions(loadLexicons()).related;

// Own-written paragraphs in the style of a BBC Arabic body.
const P1 =
  "قالت وزارة الخارجية إن الوزير سيزور العاصمة المجاورة الأسبوع المقبل لبحث ملفات التعاون الثنائي بين البلدين.";
const P2 =
  "وأضافت الوزارة في بيان أن الزيارة ستشمل لقاءات مع رئيس الحكومة ورئيس البرلمان وعدد من رجال الأعمال.";
const P3 =
  "وكانت العلاقات بين البلدين قد شهدت توترا العام الماضي بسبب خلاف على ترسيم الحدود البحرية في الخليج.";

test("related.ts: short unpunctuated lines are headlines unless a conjunction or an opener starts them", () => {
  const cases: Array<[string, boolean]> = [
    ["محكمة مصرية تؤجل النطق بالحكم على صحفي معارض", true],
    ["من هم المستهدفون بحملة التطهير في البلاد؟", true],
    ["وفاة الكاتب الحائز على جائزة نوبل للآداب", true],
    ["ولكن لماذا هذه القصة مهمة الآن؟", false],
    ["لكن هل يمكن أن يكون لذلك تأثير جيد؟", false],
    ["وأفاد مصدر قضائي بأن", false],
    ["هذا وقد اجتمع الرئيس بالوفد الزائر، الأربعاء", false],
    ["• يضع قواعد إضافية للألعاب", false],
    ["الاقتصاد", false],
    ["وقالت الوزارة إن الاجتماع كان مثمرا.", false],
    // A date alone heads a chronology's item: `سبتمبر/ أيلول 2014`, `عام 2011 - 2012`.
    ["سبتمبر/ أيلول 2014", false],
    ["ديسمبر/ كانون الأول 2015", false],
    ["عام 2011 - 2012", false],
    // Calendar words with no number are a headline's words.
    ["أيلول الأسود في ذاكرة العاصمة", true],
  ];
  for (const [line, expected] of cases)
    assert.equal(isHeadlineLike(line, options), expected, `related.ts: ${line}`);
});

test("related.ts: related headlines between paragraphs and separator rules are dropped", () => {
  const lines = [
    P1,
    "محكمة مصرية تؤجل النطق بالحكم على صحفي معارض",
    "من هم المستهدفون بحملة التطهير في البلاد؟",
    P2,
    "-----------",
    P3,
  ];
  assert.deepEqual(dropRelatedLines(lines, options), [P1, P2, P3], "related.ts");
});

test("related.ts: nothing is dropped from a body whose paragraphs carry no full stops", () => {
  const bare = [P1, P2, P3].map((p) => p.replace(/\.$/u, ""));
  const lines = [bare[0] as string, "قصة قصيرة بلا نقطة في آخرها", ...bare.slice(1)];
  assert.deepEqual(dropRelatedLines(lines, options), lines, "related.ts");
});

test("related.ts: a tail of cut leads is dropped; an unmarked tail only for outlets known to add one", () => {
  const long =
    "أعلنت وزارة النقل، الاثنين، عن خطة لتوسيع شبكة القطارات بين المدن الكبرى خلال السنوات الخمس المقبلة، وقالت إن كلفة المشروع ستتجاوز مليار دولار وسيمول جزء منها بقروض ميسرة من صناديق عربية وإسلامية ومن مصارف محلية كبرى تعمل في البلاد.";
  const cut = `${long} ${long}`.slice(0, 238).trim();
  assert.equal(
    cut.length >= options.teaserLength[0] && cut.length <= options.teaserLength[1],
    true,
    "related.ts: fixture length",
  );
  assert.deepEqual(
    dropRelatedLines([P1, P2, cut, "نفى المتحدث، الثلاثاء، الأنباء عن إغلاق المعبر."], options),
    [P1, P2],
    "related.ts: cut lead",
  );
  const leads = [
    "أكد الوزير، الأحد، أن المحادثات ستستأنف قريبا.",
    "أعلنت الشركة، الاثنين، عن أرباح قياسية.",
    "نفى المتحدث، الثلاثاء، الأنباء عن إغلاق المعبر.",
  ];
  assert.deepEqual(
    dropRelatedLines([P1, P2, P3, ...leads], options, ["CNN"]),
    [P1, P2, P3],
    "related.ts: CNN",
  );
  assert.deepEqual(
    dropRelatedLines([P1, P2, P3, ...leads], options, ["BBC"]),
    [P1, P2, P3, ...leads],
    "related.ts: BBC",
  );
});

test("related.ts property: endsClause reads a line's end as CLAUSE_FINAL does", () => {
  // Stops, quotes, spaces of several kinds, letters: the characters the test turns on.
  const unit = fc.constantFrom(...".:،,؛;…\"»”'()«؟ \t\n\u00a0\u2009\u3000قالa1".split(""));
  fc.assert(
    fc.property(fc.array(unit, { maxLength: 12 }), (units) => {
      const line = units.join("");
      assert.equal(endsClause(line), CLAUSE_FINAL.test(line), JSON.stringify(line));
    }),
    { numRuns: 2000 },
  );
  assert.equal(endsClause("وقال الوزير إن المحادثات ستستأنف.» \u00a0"), true);
  assert.equal(endsClause("من هم المستهدفون؟"), false);
});
