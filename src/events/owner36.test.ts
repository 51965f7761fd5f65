// The lead's rule of the thirty-sixth round (docs/EVENTS.md, "Thirty-sixth pass: the lead's rule"): a
// verbal noun with a possessive pronoun has that pronoun as its agent. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a party told only after a possessed verbal noun is not its actor; the pronoun's owner is", () => {
  // Before: no event; Germany, after the noun, was taken for the one who visited.
  assert.deepEqual(
    coded("وصرح رئيس الوزراء الإيطالي جوزيبي كونتي خلال زيارته للعاصمة الألمانية برلين بأن الحوار مستمر."),
    ["CONSULT ITA>DEU asserted"],
  );
  // The pronoun's owner is no party (an unnamed minister): no event. Before: Russia's SUPPORT of Turkey.
  assert.deepEqual(
    coded("وقال النائب المعارض إن أحد الوزراء غادر الحكومة بسبب تأييده لسياسة الرئيس الروسي تجاه تركيا."),
    [],
  );
});

test("a possessed verbal noun opening its sentence is still owned by the party after the comma", () => {
  assert.deepEqual(coded("وخلال زيارته، بحث الرئيس الفرنسي مع المستشارة الألمانية ملف الهجرة."), [
    "CONSULT FRA>DEU asserted",
  ]);
});

test("an act told right after منذ started a state of things: it is background, undated", () => {
  assert.deepEqual(
    datedLines("وتشهد العلاقات بين البلدين توترا منذ طردت هولندا السفير الإيراني من أراضيها.", "2018-06-02"),
    ["SANCTION NLD>IRN null"],
  );
  assert.deepEqual(
    datedLines(
      "وتشهد العلاقات بين البلدين توترا منذ أن فرضت الولايات المتحدة عقوبات على تركيا.",
      "2018-06-02",
    ),
    ["SANCTION USA>TUR null"],
  );
});

test("a warning that only says what will be (the future of the copula) judges; it threatens no one", () => {
  // Before: THREATEN JPN>CHN.
  assert.deepEqual(
    coded("وحذرت طوكيو من أن أي تفاهم مع بكين حول الجزر سيكون بعيد المنال في المدى القريب."),
    [],
  );
  // A consequence word keeps the threat.
  assert.deepEqual(coded("وحذرت طوكيو بكين من أن الرد سيكون حازما إذا اقتربت سفنها من الجزر."), [
    "THREATEN JPN>CHN asserted",
  ]);
});

test("a verb of reaching with its sense-changing word past its preposition names a point reached, no visit", () => {
  // Before: CONSULT EGY+ETH, the tension read as a visit of the two.
  assert.deepEqual(coded("وتصاعد الخلاف بين القاهرة وأديس أبابا ووصل إلى حد التلويح بالقوة."), []);
  // The visit itself is still read.
  assert.deepEqual(coded("ووصل وزير الخارجية المصري إلى أديس أبابا أمس في زيارة رسمية."), [
    "CONSULT EGY>ETH asserted",
  ]);
});
