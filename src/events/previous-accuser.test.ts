// A و-verb of accusing, blaming or praising with no subject continues the subject of the sentence before
// (previous-accuser.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const typed = (text: string, type: string) => eventLines(text).filter((l) => l.startsWith(type));

test("a subjectless و-verb of accusing is the previous sentence's subject's charge", () => {
  const text =
    "وصل وزير الخارجية البريطاني إلى العاصمة الليتوانية صباح اليوم.\n" +
    "واتهم روسيا بالوقوف وراء الهجمات الإلكترونية على المؤسسات الأوروبية.";
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE GBR>RUS asserted"]);
});

test("a subjectless و-verb of thanks is the previous sentence's subject's praise", () => {
  const text =
    "رحب الرئيس الفرنسي بنتائج المؤتمر الدولي للمانحين في باريس.\n" +
    "وأعرب عن شكره لليابان على مساهمتها السخية في الصندوق.";
  assert.ok(typed(text, "SUPPORT").includes("SUPPORT FRA>JPN asserted"), typed(text, "SUPPORT").join("; "));
});
