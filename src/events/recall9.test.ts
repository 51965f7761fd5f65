// Parties lost after a trigger matched (docs/EVENTS.md, "Ninth pass: parties lost after a trigger
// matched"): a possessed verbal noun (`لقائه`، `زيارته`) whose object was read as its actor, and one
// opening its sentence whose owner is the main clause's subject after it. Sentences written for these
// tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const found: Array<[string, string, string, string]> = [
  // The party right after the possessed noun is its object; the pronoun's owner before it acts.
  [
    "وقال الرئيس الفرنسي إيمانويل ماكرون بعد لقائه الرئيس الصيني إن البلدين يريدان التعاون.",
    "CONSULT",
    "FRA",
    "CHN",
  ],
  // The possessed noun opens its sentence; its owner is the person the main clause names after it.
  ["وخلال زيارته إلى القاهرة، أكد وزير الخارجية الألماني هايكو ماس أهمية الحوار.", "CONSULT", "DEU", "EGY"],
  [
    "بعد مباحثاته مع الرئيس الروسي فلاديمير بوتين، عاد الرئيس التركي رجب طيب أردوغان إلى أنقرة.",
    "CONSULT",
    "TUR",
    "RUS",
  ],
];

for (const [text, type, actor, recipient] of found) {
  test(`recall 9: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

// Guards: the owner after the noun must be of another state than the recipient, and a party before
// the noun leaves the old reading.
const none: Array<[string, string]> = [
  // The only person after the visit is of the visited state: no owner.
  ["وخلال زيارته إلى موسكو، قال الرئيس الروسي فلاديمير بوتين إن العلاقات جيدة.", "CONSULT"],
];

for (const [text, type] of none) {
  test(`recall 9, no event: ${text}`, () => {
    const got = eventSides(text).filter((g) => g.type === type && g.actor === "RUS");
    assert.deepEqual(got, [], JSON.stringify(eventSides(text)));
  });
}
