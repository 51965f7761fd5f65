import assert from "node:assert/strict";
import { test } from "node:test";
import { keyOf } from "../arabic/normalize.ts";
import { tokenize } from "../arabic/tokens.ts";
import { cue, loadLexicons } from "../pipeline/lexicons.ts";
import type { Row } from "../pipeline/tsv.ts";
import { compileTriggers, findTriggers } from "./triggers.ts";
import { compileTypeRules } from "./types.ts";
import { analyzeText } from "../../test/helpers.ts";

const lex = loadLexicons();
const proclitics = cue(lex, "proclitic").map(keyOf);
const types = compileTypeRules(lex.eventTypes);

const row = (cells: Partial<Row>): Row => ({
  forms: "",
  type: "CONSULT",
  mode: "",
  context: "diplomatic",
  pos: "verb",
  frame: "direct",
  channel: "",
  needs: "",
  stems: "",
  except: "",
  ...cells,
});

/** The trigger words found in a sentence, with the type and part of speech each was read as. */
function found(rows: Row[], text: string): string[] {
  const { tokens } = tokenize(text, { proclitics });
  return findTriggers(tokens, compileTriggers(rows), new Set(), types).map(
    (h) => `${tokens[h.first]?.text}:${h.trigger.type}/${h.trigger.pos}`,
  );
}

test("stems: generated forms are found, nouns read as nouns even in a row of verbs", () => {
  const rows = [row({ type: "ACCUSE", stems: "v:اتهم/يتهم|n:اتهام/اتهامات" })];
  assert.deepEqual(found(rows, "واتهمتها الحكومة بالتقصير. وفي اليوم التالي جدد الوزير اتهاماته لها."), [
    "واتهمتها:ACCUSE/verb",
    "اتهاماته:ACCUSE/noun",
  ]);
});

test("stems: a pronoun ه never matches a word written with ة (وزارة is no و + زاره)", () => {
  const rows = [row({ stems: "v:زار/يزور" })];
  assert.deepEqual(found(rows, "قالت وزارة الخارجية إن الوزير زاره أمس."), ["زاره:CONSULT/verb"]);
});

test("except: a generated form that is another word is dropped (من أجل)", () => {
  const rows = [row({ type: "REJECT", stems: "v:أجل/يؤجل", except: "أجل|أجله" })];
  assert.deepEqual(found(rows, "سافر من أجل الاجتماع ثم أجلت بكين الاجتماع."), ["أجلت:REJECT/verb"]);
});

test("a form two rows give reads as the first row whose needs it meets", () => {
  const rows = [
    row({ type: "SANCTION", mode: "withdraw", stems: "vi:انسحب/ينسحب", needs: "اتفاق|الاتفاق|معاهده" }),
    row({ type: "RETREAT", mode: "withdraw", stems: "vi:انسحب/ينسحب", needs: "قوات|القوات" }),
  ];
  assert.deepEqual(found(rows, "وانسحبت القوات من المدينة."), ["وانسحبت:RETREAT/verb"]);
  assert.deepEqual(found(rows, "وانسحبت واشنطن من الاتفاق."), ["وانسحبت:SANCTION/verb"]);
});

test("the project lexicon compiles: every stems entry of triggers.tsv is readable and adds forms", () => {
  const explicit = compileTriggers(lex.triggers.map((r) => ({ ...r, stems: "", except: "" })));
  assert.ok(compileTriggers(lex.triggers).size > explicit.size);
});

// Sentences written for this test in news style; each needs a row or a form the stems added.
const events: Array<[string, string, string[]]> = [
  ["استدعت وزارة الخارجية التركية السفير السعودي في أنقرة يوم الأربعاء.", "ACCUSE", ["SAU", "TUR"]],
  ["واستدعت الرياض سفيرها لدى كندا للتشاور.", "SANCTION", ["CAN", "SAU"]],
  ["أفرجت كوريا الشمالية عن معتقلين أمريكيين.", "RETREAT", ["PRK", "USA"]],
  ["أطلقت إيران صواريخ على قواعد أمريكية في العراق.", "ASSAULT", ["IRN", "USA"]],
  ["لوحت واشنطن بفرض عقوبات جديدة على أنقرة.", "THREATEN", ["TUR", "USA"]],
  ["وشجبت القاهرة قرار إسرائيل.", "ACCUSE", ["EGY", "ISR"]],
  ["وهنأت الصين روسيا بنجاح القمة.", "SUPPORT", ["CHN", "RUS"]],
];

test("the project lexicon codes the new rows end to end", () => {
  for (const [text, type, parties] of events) {
    const got = analyzeText(text).events.map((e) => ({
      type: e.type,
      parties: [...new Set([...e.actor, ...e.recipient].map((p) => p.country))].sort(),
    }));
    assert.deepEqual(got, [{ type, parties }], text);
  }
});
