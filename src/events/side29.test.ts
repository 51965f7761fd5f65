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
    "ويطالب حزب العمال الحكومة بالعمل على وقف إطلاق النار وليس تلقي تعليمات من واشنطن.";
  assert.ok(!events(text).some((e) => e.startsWith("REQUEST GBR")));
});

test("الحكومة followed by another word is not read alone (الحكومة المؤقتة)", () => {
  const text =
    "أعلنت الحكومة الأردنية، الاثنين، عن خطة جديدة لاستقبال اللاجئين.\n" +
    "وانتقدت الحكومة المؤقتة قرار الولايات المتحدة وقف تمويل وكالة الأونروا.";
  assert.ok(!events(text).includes("ACCUSE JOR>USA"));
});
