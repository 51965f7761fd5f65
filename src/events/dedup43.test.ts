// The forty-third round's fold of a person's act told in the lead and told again below (docs/EVENTS.md,
// "Forty-third pass, second wave", branch dedup43). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");
const lead = "اتهم وزير الخارجية الأمريكي مايك بومبيو إيران بزعزعة استقرار المنطقة.";
const aside = "وقال المتحدث إن الاجتماع انتهى مساء.";
const again = "واتهم بومبيو إيران كذلك بدعم جماعات مسلحة في اليمن.";
const one = ["ACCUSE USA>IRN asserted"];
const two = ["ACCUSE USA>IRN asserted", "ACCUSE USA>IRN asserted"];

test("the lead's charge told again below by the same person, with no time of its own, is one act", () => {
  // Before: an accusation is a type whose repeats stay apart, and the retelling was a second event.
  assert.deepEqual(coded(`${lead} ${aside} ${again}`), one);
  // The state named as accuser in the lead is no person: whose words the lead sums up is not known.
  assert.deepEqual(coded(`اتهمت الولايات المتحدة إيران بزعزعة استقرار المنطقة. ${aside} ${again}`), two);
});

test("a charge told with a time of its own or as a habit is another act", () => {
  assert.deepEqual(coded(`${lead} واتهم بومبيو إيران في مارس الماضي بدعم جماعات مسلحة في اليمن.`), two);
  assert.deepEqual(coded(`${lead} ${aside} ولطالما اتهم بومبيو إيران بدعم جماعات مسلحة في اليمن.`), two);
});

test("two charges of one person both told past the lead stay two (two points of a speech)", () => {
  const opening = "وصل الوفد إلى العاصمة صباح اليوم. وقال المتحدث إن الاجتماع انتهى مساء.";
  assert.deepEqual(coded(`${opening} ${lead.replace(/^ا/u, "وا")} وأضاف أن الطقس كان معتدلا. ${again}`), two);
});
