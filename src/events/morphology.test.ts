import assert from "node:assert/strict";
import { test } from "node:test";
import { expandEntry, nounForms, verbForms } from "./morphology.ts";

// [entry, forms that must be generated, forms that must not be]
const verbs: Array<[string, string | undefined, string[], string[]]> = [
  [
    "اتفق",
    "يتفق",
    ["اتفق", "اتفقت", "اتفقا", "اتفقتا", "اتفقنا", "يتفق", "تتفق", "نتفق", "يتفقان", "تتفقان", "يتفقا"],
    // The masculine plural is left to explicit forms; ن takes no dual.
    ["اتفقوا", "يتفقون", "نتفقان", "ااتفق"],
  ],
  // Object pronouns on perfect and imperfect; the plural's alef drops before a pronoun.
  [
    "اتهم",
    "يتهم",
    ["اتهمه", "اتهمها", "اتهمتهم", "اتهماه", "اتهمناه"],
    // The imperfect takes none: `الذي تتهمه أنقرة` is a relative clause.
    ["تتهمه", "يتهمونه", "اتهموه"],
  ],
  // A defective verb in ى: the ى turns to ي before the dual, to alef before a pronoun.
  [
    "ألغى",
    "يلغي",
    ["ألغى", "ألغت", "ألغيا", "ألغتا", "ألغينا", "ألغاه", "ألغاها", "يلغي", "تلغي", "يلغيان", "يلغ"],
    ["ألغىت", "يلغيون"],
  ],
  [
    "التقى",
    "يلتقي",
    ["التقت", "التقيا", "التقتا", "يلتقي", "تلتقي", "يلتقيان", "يلتقيا", "يلتق", "التقاه"],
    [],
  ],
  // A defective verb in ا with و in the imperfect: the dual دعوا, يدعوان, لم يدع.
  [
    "دعا",
    "يدعو",
    ["دعا", "دعت", "دعوا", "دعتا", "دعاه", "دعته", "يدعو", "تدعو", "يدعوان", "ندعو", "يدع"],
    ["دعات"],
  ],
  // A hollow verb takes the sound endings in the third person: زارت، زارتا، يزوران.
  ["زار", "يزور", ["زارت", "زارا", "زارتا", "يزور", "تزور", "يزوران", "زارها"], ["زاروا", "يزورون"]],
  // Without a present stem only the perfect is generated.
  ["ندد", undefined, ["ندد", "نددت", "نددتا"], ["يندد"]],
];

test("verbForms: perfect and imperfect inflections of real verbs", () => {
  for (const [past, present, want, notWant] of verbs) {
    const forms = new Set(verbForms(past, present));
    for (const w of want) assert.ok(forms.has(w), `${past}/${present ?? ""} should give ${w}`);
    for (const w of notWant) assert.ok(!forms.has(w), `${past}/${present ?? ""} should not give ${w}`);
  }
});

const nouns: Array<[string, string | undefined, string[], string[]]> = [
  [
    "اتفاق",
    "اتفاقات",
    ["اتفاق", "الاتفاق", "اتفاقا", "اتفاقه", "اتفاقهما", "اتفاقات", "اتفاقاتها"],
    // The definite plural is left to explicit forms: `الاتهامات الموجهة لها` names no one act.
    ["اتفاقاتا", "الاتفاقات", "اتفاقين"],
  ],
  // A noun in ة: the pronoun is written on ت, and no alef marks the accusative.
  [
    "زيارة",
    "زيارات",
    ["زيارة", "الزيارة", "زيارته", "زيارتها", "زيارتهم", "زياراته"],
    ["زيارةا", "زيارةه", "زيارتين"],
  ],
  // A noun in اء: the hamza's seat follows the case (لقاؤه، لقاءه، لقائه); no accusative alef.
  ["لقاء", "لقاءات", ["لقاء", "اللقاء", "لقاؤه", "لقاءه", "لقائه", "لقائهما", "لقاءات"], ["لقاءا"]],
  // A broken plural takes the accusative alef too: حشودا.
  ["حشد", "حشود", ["حشدا", "حشودا", "حشود", "حشوده"], ["الحشود"]],
];

test("nounForms: article, possessive and accusative forms of real nouns", () => {
  for (const [singular, plural, want, notWant] of nouns) {
    const forms = new Set(nounForms(singular, plural));
    for (const w of want) assert.ok(forms.has(w), `${singular}/${plural ?? ""} should give ${w}`);
    for (const w of notWant) assert.ok(!forms.has(w), `${singular}/${plural ?? ""} should not give ${w}`);
  }
});

test("expandEntry: reads the notation, keeps a phrase's tail and says which kind a form is", () => {
  const sanctions = expandEntry("v:فرض/يفرض عقوبات");
  assert.ok(sanctions.some((g) => g.form === "فرضت عقوبات" && g.kind === "verb"));
  assert.ok(sanctions.some((g) => g.form === "تفرضان عقوبات"));
  assert.ok(sanctions.every((g) => g.form.endsWith(" عقوبات")));
  const visit = expandEntry("n:زيارة/زيارات");
  assert.ok(visit.every((g) => g.kind === "noun"));
  assert.ok(visit.some((g) => g.form === "زيارتها"));
});

test("expandEntry: an unreadable entry names the column to fix", () => {
  assert.throws(() => expandEntry("اتفق/يتفق"), /stems column of lexicons\/triggers\.tsv/u);
  assert.throws(() => expandEntry("v:اتفق/تتفق"), /starting with ي/u);
});

test("morphology: a verb form with an attached pronoun carries it as its object, not after the first person", () => {
  const forms = new Map(expandEntry("v:طلب/يطلب").map((g) => [g.form, g.object]));
  assert.equal(forms.get("طلبها"), "ها");
  assert.equal(forms.get("طلبته"), "ه");
  assert.equal(forms.get("طلبهما"), "هما");
  assert.equal(forms.get("طلبت"), undefined);
  // طلبناها: "we asked for it" — the speaker's own act, no party.
  assert.equal(forms.get("طلبناها"), undefined);
  assert.equal(expandEntry("vi:تعاون/يتعاون").filter((g) => g.object !== undefined).length, 0);
});
