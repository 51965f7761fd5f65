// The thirty-sixth pass's date rules (notes section "Thirty-sixth pass: true acts given the wrong date"): a
// page put out in the small hours that names the day before and no time of its own day tells the day
// before's news, and the acts its lead tells as done with no date of their own took place that day.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { publishedUtc } from "../clean/metadata.ts";
import { analyzeText } from "../../test/helpers.ts";

/** Each event of the text, put out at `published` (a header time), as `TYPE ACTOR>RECIPIENT DATE`. */
function dated(text: string, published: string): string[] {
  return analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.date}`;
  });
}

const CHARGE =
  "اتهمت الحكومة الهندية باكستان بدعم الهجوم على قاعدة عسكرية في كشمير. وقالت الخارجية الهندية في بيان مساء السبت إن الأدلة على ذلك واضحة.";

test("a header time in UTC gives its day and hour", () => {
  assert.deepEqual(publishedUtc("Sun, 15 Apr 2018 05:50:25 GMT"), { day: "2018-04-15", hour: 5 });
  assert.deepEqual(publishedUtc("Wed, 04 Apr 2018 07:19:04 +0000"), { day: "2018-04-04", hour: 7 });
  assert.equal(publishedUtc("Wed, 04 Apr 2018 07:19:04 +0300"), null);
  assert.equal(publishedUtc("2018-04-04"), null);
});

test("an early page that names the day before tells that day's news", () => {
  // Sunday 04:30 GMT, the statement of Saturday evening: the charge of its lead took place on Saturday.
  assert.deepEqual(dated(CHARGE, "Sun, 15 Apr 2018 04:30:00 GMT"), ["ACCUSE IND>PAK 2018-04-14"]);
  // The same page put out in the afternoon may tell Sunday's charge: the day it bears.
  assert.deepEqual(dated(CHARGE, "Sun, 15 Apr 2018 14:30:00 GMT"), ["ACCUSE IND>PAK 2018-04-15"]);
  // A page that says `أمس` speaks from its own day.
  assert.deepEqual(dated(CHARGE.replace("مساء السبت", "أمس"), "Sun, 15 Apr 2018 04:30:00 GMT"), [
    "ACCUSE IND>PAK 2018-04-15",
  ]);
  // A page that names its own day too tells that day's news as well.
  assert.deepEqual(
    dated(
      CHARGE.replace("إن الأدلة", "إن وزير الخارجية سيتحدث الأحد عن الأدلة"),
      "Sun, 15 Apr 2018 04:30:00 GMT",
    ),
    ["ACCUSE IND>PAK 2018-04-15"],
  );
});

test("a span of recent past, a relative clause and a sentence past the lead keep the page's day", () => {
  const early = "Sun, 15 Apr 2018 04:30:00 GMT";
  // خلال الأسابيع الأخيرة: an earlier act, not Saturday's.
  assert.deepEqual(
    dated(
      "وخلال الأسابيع الأخيرة، اتهمت الحكومة الهندية باكستان بدعم المسلحين. وقالت الخارجية الهندية مساء السبت إن الأدلة واضحة.",
      early,
    ),
    ["ACCUSE IND>PAK 2018-04-15"],
  );
  // The fifth sentence is past the lead: background as often as the news.
  const lead = "وقالت الشرطة مساء السبت إن الطرق أغلقت. وأغلقت المدارس. وتوقفت الرحلات. وأغلقت المتاجر. ";
  assert.deepEqual(dated(`${lead}واتهمت الحكومة الهندية باكستان بدعم المسلحين.`, early), [
    "ACCUSE IND>PAK 2018-04-15",
  ]);
  // The same act as the lead's first sentence took place on Saturday.
  assert.deepEqual(dated(`واتهمت الحكومة الهندية باكستان بدعم المسلحين. ${lead}`, early), [
    "ACCUSE IND>PAK 2018-04-14",
  ]);
});
