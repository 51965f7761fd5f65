// The forty-fifth round's lead readings (docs/EVENTS.md, "Forty-fifth pass", branch lead45). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a masculine ه before a feminine verb with its own subject is the pronoun of the matter, not the speaker", () => {
  // Before: the speaker (Iran) took the withdrawal, and Washington became its recipient.
  assert.deepEqual(
    coded("وقالت إيران إنه في حال انسحبت واشنطن من الاتفاق النووي، فإنها ستوقف التزامها ببنوده."),
    ["SANCTION USA>IRN conditional"],
  );
  // A verb that agrees with the pronoun is still the speaker's, the state after it its object.
  assert.deepEqual(coded("وقال الرئيس الأمريكي إنه سيفرض رسوما على الصين."), ["SANCTION USA>CHN future"]);
  // And a feminine pronoun before a feminine verb is the speaker's too.
  assert.deepEqual(coded("وقالت رئيسة الوزراء البريطانية إنها ستطرد دبلوماسيين روسا."), [
    "SANCTION GBR>RUS future",
  ]);
});

test("a date closing the object of a verb of judging, of a year before publication, dates the act judged", () => {
  // Before: the criticism took the invasion's month of 1974.
  assert.deepEqual(
    datedLines(
      "وعلق رئيس الوزراء الإسرائيلي منتقدا الاجتياح التركي لشمال قبرص في يوليو عام 1974.",
      "2018-04-02",
    ),
    ["ACCUSE ISR>TUR 2018-04-02"],
  );
  // A date before the object is the judging's own.
  assert.deepEqual(
    datedLines("وأدانت القاهرة في يوليو 2014 الهجوم الإسرائيلي على غزة.", "2018-04-02").filter((l) =>
      l.startsWith("ACCUSE"),
    ),
    ["ACCUSE EGY>ISR 2014-07"],
  );
  // A date of the publication's year may be the judging's: it stays.
  assert.deepEqual(datedLines("ونددت أنقرة بالهجوم الأمريكي على سوريا في 14 أبريل.", "2018-04-20"), [
    "ACCUSE TUR>USA 2018-04-14",
  ]);
});

test("قبل أعوام is a past time of no date, as قبل سنوات is", () => {
  // Before: the visit of years ago took the publication day.
  assert.deepEqual(datedLines("قبل أعوام زار الرئيس المصري الأسبق الدوحة في جولة خليجية.", "2018-06-05"), [
    "CONSULT EGY>QAT null",
  ]);
  assert.deepEqual(datedLines("وزار الرئيس المصري الدوحة أمس في جولة خليجية.", "2018-06-05"), [
    "CONSULT EGY>QAT 2018-06-04",
  ]);
});
