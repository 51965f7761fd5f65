// The twenty-third pass on the dates and modality of found events (docs/EVENTS.md, "Twenty-third pass:
// dates and modality of found events"). Sentences written for these tests; published Thursday 2019-03-07.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const PUBLISHED = "2019-03-07";

/** Each event as `TYPE ACTOR>RECIPIENT modality date`. */
const dated = (text: string) =>
  analyzeText(text, { published: PUBLISHED }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.modality} ${e.date ?? "-"}`;
  });

test("a bare weekday after the trigger of a future act is the next such day", () => {
  assert.deepEqual(dated("ومن المقرر أن يلتقي وزير الخارجية الفرنسي نظيره الألماني في برلين يوم الاثنين."), [
    "AGREE FRA>DEU future 2019-03-11",
  ]);
  assert.deepEqual(dated("وسوف يعقد الرئيسان الإيراني والروسي قمة ثنائية في سوتشي الجمعة."), [
    "AGREE IRN+RUS> future 2019-03-08",
  ]);
  // Guard: an act told as done on a bare weekday is the last such day.
  assert.deepEqual(dated("والتقى وزير الخارجية الفرنسي نظيره الألماني في برلين يوم الاثنين."), [
    "CONSULT FRA>DEU asserted 2019-03-04",
  ]);
});

test("a meeting noun followed by a date after publication is a meeting to come", () => {
  assert.deepEqual(
    dated(
      "ويعتزم رئيسا مصر والسودان، بعد تحسن العلاقات بين البلدين في الأشهر الأخيرة، عقد لقاء قمة بينهما الشهر المقبل.",
    ),
    ["AGREE EGY+SDN> future 2019-04"],
  );
  // Guard: the same meeting told with a date before publication was held.
  assert.deepEqual(
    dated(
      "وعقد رئيسا مصر والسودان، بعد تحسن العلاقات بين البلدين في الأشهر الأخيرة، لقاء قمة بينهما الشهر الماضي.",
    ),
    ["CONSULT EGY+SDN> asserted 2019-02"],
  );
});

test("a date after publication in a threat's clause dates what is threatened, not the threat", () => {
  assert.deepEqual(
    dated(
      "وقال الرئيس الأمريكي إن بلاده ستعيد فرض العقوبات على فنزويلا في العاشر من أبريل المقبل ما لم تفرج عن المعتقلين.",
    ),
    ["THREATEN USA>VEN asserted 2019-03-07"],
  );
  // Guard: an act after إذا is the one to come, and keeps its date: the refusal, the condition's own
  // act, is coded conditional on that day.
  const rejections = dated(
    "وقد تنهار المحادثات إذا قرر الرئيس الأمريكي رفض الاتفاق مع كوبا في العاشر من أبريل المقبل.",
  ).filter((l) => l.startsWith("REJECT"));
  assert.deepEqual(rejections, ["REJECT USA>CUB conditional 2019-04-10"]);
});

test("a future verb right before a noun trigger, or before an adverb before it, makes the act future", () => {
  assert.deepEqual(dated("وقال الرئيس الأمريكي إن بلاده ستأمر أيضا بإغلاق السفارة الكوبية."), [
    "SANCTION USA>CUB future 2019-03-07",
  ]);
  // Guard: a word in س further back is no verb that carries the noun.
  assert.deepEqual(dated("ونددت المعارضة بسياسته أثناء زيارة الرئيس الفرنسي لمصر."), [
    "CONSULT FRA>EGY asserted 2019-03-07",
  ]);
});

test("a sentence continuing the speech before it takes that report's day", () => {
  assert.deepEqual(
    dated(
      'قال وزير الخارجية الإسرائيلي أمس إن المحادثات كانت صعبة. وأضاف "لن نسمح لإيران بالتمركز في سوريا".',
    ),
    ["THREATEN ISR>IRN asserted 2019-03-06"],
  );
  // Guard: a new speaker's sentence with no day of its own is the publication day's.
  assert.deepEqual(
    dated(
      'قال وزير الخارجية الإسرائيلي أمس إن المحادثات كانت صعبة. وقال المتحدث باسم الحكومة الإيرانية "لن نسمح لإسرائيل بالتدخل في سوريا".',
    ),
    ["THREATEN IRN>ISR asserted 2019-03-07"],
  );
});
