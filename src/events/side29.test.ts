// Twenty-ninth pass (side29): a state's government called by its head noun alone (body-units.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeArabic } from "../arabic/index.ts";
import { findEntities } from "../entities/index.ts";
import { compileStages } from "../pipeline/run.ts";
import { findEvents } from "./index.ts";

const stages = compileStages();

function events(text: string) {
  const arabic = analyzeArabic(text, "2018-05-02", stages.arabic);
  const found = findEntities(arabic, { lexicon: stages.entityLexicon, published: "2018-05-02" });
  return findEvents(arabic, found, { ...stages.events, published: "2018-05-02" }).map(
    (e) =>
      `${e.type} ${e.actor.map((p) => p.country).join("+")}>${e.recipient.map((p) => p.country).join("+")}`,
  );
}

test("الحكومة alone, after the article named the Jordanian government, is Jordan's", () => {
  const text =
    "أعلنت الحكومة الأردنية، الاثنين، عن خطة جديدة لاستقبال اللاجئين.\n" +
    "وانتقدت الحكومة، في بيان، قرار الولايات المتحدة وقف تمويل وكالة الأونروا.";
  assert.ok(events(text).includes("ACCUSE JOR>USA"));
});

test("الحكومة alone is not read when the article named two states' governments", () => {
  const text =
    "التقى وفد من الحكومة السورية بمسؤولين من الحكومة التركية في أنقرة.\n" +
    "وانتقدت الحكومة، في بيان، قرار الولايات المتحدة وقف تمويل وكالة الأونروا.";
  assert.ok(!events(text).some((e) => e.startsWith("ACCUSE SYR") || e.startsWith("ACCUSE TUR")));
});

test("a party's demand on the government is not the government's act", () => {
  const text =
    "أعلنت الحكومة البريطانية، الاثنين، دعمها للضربات.\n" +
    "ويطالب حزب العمال الحكومة بالسعي إلى تهدئة القتال بدل انتظار الأوامر من واشنطن.";
  assert.ok(!events(text).some((e) => e.startsWith("REQUEST GBR")));
});

test("الحكومة followed by another word is not read alone (الحكومة المؤقتة)", () => {
  const text =
    "أعلنت الحكومة الأردنية، الاثنين، عن خطة جديدة لاستقبال اللاجئين.\n" +
    "وانتقدت الحكومة المؤقتة قرار الولايات المتحدة وقف تمويل وكالة الأونروا.";
  assert.ok(!events(text).includes("ACCUSE JOR>USA"));
});

// A title of two words standing alone (`رئيسة الوزراء`) is the person named before with that post
// (src/entities/coref.ts, twoWordRoleReference).
function countryOf(text: string, span: string, occurrence = 1): string | null | undefined {
  const arabic = analyzeArabic(text, "2018-05-02", stages.arabic);
  const found = findEntities(arabic, { lexicon: stages.entityLexicon, published: "2018-05-02" });
  let at = -1;
  for (let n = 0; n < occurrence; n++) at = text.indexOf(span, at + 1);
  const m = found.mentions.find((x) => x.start === at && x.text === span);
  return m ? m.country : undefined;
}

test("a two-word title alone is the person named before with that post", () => {
  const text =
    "قالت رئيسة الوزراء البريطانية تيريزا ماي، الاثنين، إن بلادها ستواصل الضغط على موسكو.\n" +
    "وانتقدت رئيسة الوزراء، مساء الأحد، روسيا بشدة.";
  assert.equal(countryOf(text, "رئيسة الوزراء", 2), "GBR");
  assert.ok(events(text).includes("ACCUSE GBR>RUS"));
});

test("a two-word title after a word of a post, or going on with و, is no back-reference", () => {
  const post =
    "قال وزير الخارجية الأمريكي مايك بومبيو إن المحادثات مفيدة.\n" +
    "وكان تيلرسون قد تولى منصب وزير الخارجية قبل أكثر من عام.";
  assert.equal(countryOf(post, "وزير الخارجية", 2), undefined);
  const longer =
    "استضاف وزير الخارجية التركي هاكان فيدان جولة من المحادثات.\n" +
    "وترأس الوفد وزير الخارجية والتعاون الدولي أحمد فقي.";
  assert.equal(countryOf(longer, "وزير الخارجية", 2), undefined);
});
