// Parties named by a back-reference (docs/EVENTS.md, "Tenth pass: parties named by a
// back-reference"): a counted coalition (`الدول الأربع`، `الدول الثلاث`) stands for the nearest list
// of that many states the article wrote out before it. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const found: Array<[string, string, string, string, string]> = [
  // The coalition as the subject of a later sentence.
  [
    "counted coalition as subject",
    "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر العام الماضي. وكانت الدول الأربع قد اتهمت الدوحة بدعم الإرهاب.",
    "ACCUSE",
    "ARE,BHR,EGY,SAU",
    "QAT",
  ],
  // The coalition after بين: the sides of a mutual act.
  [
    "counted coalition after بين",
    "تتواصل أزمة السد بين مصر والسودان وإثيوبيا منذ سنوات. وعقدت اجتماعات بين الدول الثلاث في الخرطوم أمس.",
    "CONSULT",
    "EGY,ETH,SDN",
    "",
  ],
  // One state right after the coalition is its verb's object, and the list may be joined by
  // بالإضافة إلى and brackets.
  [
    "object right after the coalition, list joined by بالإضافة إلى",
    "وأعلنت السعودية بالإضافة إلى (الإمارات ومصر والبحرين) مقاطعة قطر منذ العام الماضي. واتهمت الدول الأربع الدوحة بدعم الإرهاب.",
    "ACCUSE",
    "ARE,BHR,EGY,SAU",
    "QAT",
  ],
];

for (const [name, text, type, actor, recipient] of found) {
  test(`back-reference: ${name}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

// Guards: no list of that many states before it, or the coalition inside a prepositional phrase.
const none: Array<[string, string, string]> = [
  // Three states named, four counted: no referent, no party.
  [
    "a count no list matches",
    "قطعت السعودية والإمارات والبحرين علاقاتها مع قطر العام الماضي. وكانت الدول الأربع قد اتهمت الدوحة بدعم الإرهاب.",
    "ACCUSE",
  ],
  // `لمقاطعة الدول الأربع`: the coalition is a noun's complement, not the receiver's guest.
  [
    "a coalition after a noun with ل",
    "قطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر العام الماضي. واستقبلت قطر خلال العام الأول لمقاطعة الدول الأربع شحنات كبيرة من المواشي.",
    "CONSULT",
  ],
];

for (const [name, text, type] of none) {
  test(`back-reference, no event: ${name}`, () => {
    const got = eventSides(text);
    assert.ok(!got.some((g) => g.type === type), `want no ${type} in ${JSON.stringify(got)}`);
  });
}
