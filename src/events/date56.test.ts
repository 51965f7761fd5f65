// The fifty-sixth round's readings of dates (branch past56). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-03-14"; // a Thursday

test("a month written twice with a space alone between its two names keeps the day before it", () => {
  assert.deepEqual(
    datedLines(
      "وستفرض الحكومة الأمريكية في العاشر من أبريل نيسان رسوما جمركية جديدة على الواردات الصينية.",
      day,
    ),
    ["SANCTION USA>CHN 2019-04-10"],
  );
  // The same with the slash, as before.
  assert.deepEqual(
    datedLines(
      "وستفرض الحكومة الأمريكية في العاشر من أبريل/نيسان رسوما جمركية جديدة على الواردات الصينية.",
      day,
    ),
    ["SANCTION USA>CHN 2019-04-10"],
  );
});

test("a weekday between a light verb in the imperfect and the act noun it carries is the coming one", () => {
  assert.deepEqual(datedLines("وستجري البحرية الهندية، الثلاثاء، مناورات مشتركة مع نظيرتها الفرنسية.", day), [
    "AGREE IND>FRA 2019-03-19",
  ]);
  assert.deepEqual(
    datedLines("ويجري وزير الخارجية الإيراني الثلاثاء محادثات مع نظيره التركي في أنقرة.", day),
    ["CONSULT IRN>TUR 2019-03-19"],
  );
  // With no proclitic on the verb, and with سوف before a verb in ت.
  assert.deepEqual(datedLines("وقال المتحدث إن الرئيس الروسي يجري الثلاثاء محادثات مع نظيره الصيني.", day), [
    "CONSULT RUS>CHN 2019-03-19",
  ]);
  assert.deepEqual(
    datedLines("وقال الوزير إن البحرية الهندية سوف تجري الثلاثاء مناورات مشتركة مع نظيرتها الفرنسية.", day),
    ["AGREE IND>FRA 2019-03-19"],
  );
  // The perfect, and the imperfect under كان, tell the past: the last Tuesday.
  assert.deepEqual(
    datedLines("وأجرى وزير الخارجية الإيراني الثلاثاء محادثات مع نظيره التركي في أنقرة.", day),
    ["CONSULT IRN>TUR 2019-03-12"],
  );
  assert.deepEqual(
    datedLines("وكان وزير الخارجية الإيراني يجري الثلاثاء محادثات مع نظيره التركي في أنقرة.", day),
    ["CONSULT IRN>TUR 2019-03-12"],
  );
});

test("a verb joined by و right after a speech's quote takes the day the speech was given", () => {
  assert.deepEqual(
    datedLines(
      'وقال الوزير الصيني، الثلاثاء، إن "الحوار يجب أن يكون صريحا" وحث واشنطن على احترام مصالح الصين.',
      day,
    ),
    ["REQUEST CHN>USA 2019-03-12"],
  );
  // With no date told for the speech, the act stays of the page's day.
  assert.deepEqual(
    datedLines('وقال الوزير الصيني إن "الحوار يجب أن يكون صريحا" وحث واشنطن على احترام مصالح الصين.', day),
    ["REQUEST CHN>USA 2019-03-14"],
  );
});
