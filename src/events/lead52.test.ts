// The fifty-second round's lead readings (docs/EVENTS.md, "Fifty-second pass", branch lead52). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a party right after a noun of speech that opens the verb's object owns the object, after a resumptive too", () => {
  // Before: the envoy whose remarks were judged was the one judging them.
  assert.deepEqual(
    eventLines(
      'وبعد ساعات من كلمة غوتيريش، هدد وزير الداخلية الكيني جون موانجي بقطع تمويل بلاده عن الأمم المتحدة. وأصدرت الخارجية بيانا وصفت فيه تصريحات غوتيريش بأنها "غير ملائمة".',
    ),
    ["THREATEN KEN>IGO asserted"],
  );
  assert.deepEqual(eventLines("ورفضت الحكومة الكينية اتهامات أوغندا بشأن الحدود."), [
    "REJECT KEN>UGA asserted",
  ]);
  // A subject of its own after the resumptive stays the subject.
  assert.deepEqual(
    eventLines('وأصدرت الرئاسة بيانا وصفت فيه الحكومة الكينية تصريحات أوغندا بأنها "مضللة".'),
    ["ACCUSE KEN>UGA asserted"],
  );
});

test("a state's pronoun right after the one a noun of announcing names is that one's, not the speaker's", () => {
  // Before: the ambassador's state was the one that left the deal.
  assert.deepEqual(
    eventLines(
      "قال السفير الكويتي إن القرار صائب، وذلك في تعليق على إعلان الرئيس الأمريكي انسحاب بلاده من الاتفاق النووي الإيراني.",
    ),
    ["SANCTION USA>IRN asserted"],
  );
  // A clause opened after the announcement is the speaker's.
  assert.deepEqual(
    eventLines("قال وزير الخارجية الكويتي، بعد إعلان الرئيس الأمريكي، إن بلاده ستقطع علاقاتها مع إيران."),
    ["SANCTION KWT>IRN future"],
  );
});

test("a noun act after a word of cause is not the act of the party named before that word", () => {
  // Before: the government that expelled the envoys was read as the attacker.
  assert.deepEqual(
    eventLines(
      "يستعد دبلوماسيون أوغنديون لمغادرة نيروبي على خلفية قرار الحكومة الكينية إبعادهم بسبب الهجوم على المعارض الأوغندي قبل أسبوع.",
    ),
    [],
  );
  // A reaction to the act keeps its subject.
  assert.deepEqual(eventLines("وأدانت الحكومة الكينية بشدة الهجوم على سفارتها في كمبالا."), [
    "ACCUSE KEN>UGA asserted",
  ]);
});

test("a collective that is no state after a word of quantity is the one asked (جميع أطراف النزاع)", () => {
  // Before: the body under whose care the talks are to be held was the one asked.
  assert.deepEqual(eventLines("وتدعو كينيا جميع أطراف النزاع إلى الحوار تحت رعاية الاتحاد الأفريقي."), []);
  // Member states asked to back a state: the state named stays.
  assert.deepEqual(eventLines("ودعت كينيا جميع الدول الأعضاء إلى دعم الصومال."), [
    "REQUEST KEN>SOM asserted",
  ]);
});
