// The forty-seventh round's readings of threats and charges (docs/EVENTS.md, "Forty-seventh pass", branch
// threat47): the day of words told by a participle, a charge told again after بعد أن, threats owned by a nisba
// or a genitive. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");
/** A Wednesday: Sunday is the 10th. */
const PAGE = "2018-06-13";

test("a participle of speech after a comma tells its words on the day the sentence names", () => {
  // Before: the threat in the participle's clause took the page's day, the 13th.
  assert.deepEqual(datedLines("رفضت كوبا الأحد الإنذار الأمريكي، قائلة إنها سترد بحزم على أي عدوان.", PAGE), [
    "REJECT CUB>USA 2018-06-10",
    "THREATEN CUB>USA 2018-06-10",
  ]);
  // A day inside a relative clause is the measure's, not the speech's: the threat keeps the page's day.
  assert.deepEqual(
    datedLines("رفضت كوبا العقوبات التي أعلنتها واشنطن الأحد، قائلة إنها سترد بحزم على أي عدوان.", PAGE),
    ["REJECT CUB>USA 2018-06-10", "THREATEN CUB>USA 2018-06-13"],
  );
});

test("a charge told again after بعد أن with a coarser date of its own is the charge told before", () => {
  const first = "اتهمت كندا الصين الثلاثاء بسرقة أسرار تجارية.";
  // Before: "this week" made a second charge, dated by the month.
  assert.deepEqual(
    datedLines(`${first} وجاء رد بكين بعد أن اتهمت كندا الصين هذا الأسبوع بسرقة أسرار تجارية.`, PAGE),
    ["ACCUSE CAN>CHN 2018-06-12"],
  );
  // A date that does not hold Tuesday (last year) tells another charge, and stays one.
  assert.deepEqual(
    datedLines(`${first} وجاء رد بكين بعد أن اتهمت كندا الصين العام الماضي بسرقة أسرار تجارية.`, PAGE),
    ["ACCUSE CAN>CHN 2018-06-12", "ACCUSE CAN>CHN 2017"],
  );
});

test("plural threats with a party right after them are that party's, not the speaker's", () => {
  // Before: the speaker's state was read as threatening Trump.
  assert.deepEqual(coded("وأكد قائد الحرس الثوري الإيراني أن بلاده لن ترضخ لتحذيرات ترامب."), [
    "THREATEN USA>IRN asserted",
  ]);
  // The singular's genitive is as often the one threatened: it is left as it was.
  assert.deepEqual(coded("وأكد قائد الحرس الثوري الإيراني أن بلاده لا تخشى تهديد ترامب."), [
    "THREATEN IRN>USA asserted",
  ]);
});

test("officials with a people's plural after a plural threat noun are that people's state making it", () => {
  // Before: `روس` after `مسؤولين` was no party there, and the threat had no maker.
  assert.deepEqual(
    coded("وحشدت واشنطن قطعا بحرية قرب السواحل السورية، ردا على تهديدات مسؤولين روس بإسقاط أي صاروخ أمريكي."),
    ["THREATEN RUS>USA asserted"],
  );
  // Experts are no officials: their warnings stay no state's.
  assert.deepEqual(coded("وتراجعت الأسواق في واشنطن بعد تحذيرات خبراء روس من انهيار الاقتصاد."), []);
});
