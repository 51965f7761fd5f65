// Thirty-eighth pass (the lead's branch lead38): the weekday an act in the imperfect is told on is the
// next such day, not the last one before publication (coming-weekday.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

// 4 March 2018 was a Sunday: the reader's Tuesday is 27 February, the next Tuesday 6 March.
const SUNDAY = "2018-03-04";

test("a meeting told in the imperfect on a weekday is planned for the next such day", () => {
  // Before: CONSULT on 27 February, a meeting held five days before a page that announces it.
  assert.deepEqual(
    datedLines(
      "ويلتقي وزير الخارجية المصري، الثلاثاء، نظيره الأردني في عمان لبحث العلاقات الثنائية.",
      SUNDAY,
    ),
    ["AGREE EGY>JOR 2018-03-06"],
  );
  // Near forms: the perfect tells the meeting held; لم and كان put the imperfect in the past.
  assert.deepEqual(
    datedLines(
      "والتقى وزير الخارجية المصري، الثلاثاء، نظيره الأردني في عمان لبحث العلاقات الثنائية.",
      SUNDAY,
    ),
    ["CONSULT EGY>JOR 2018-02-27"],
  );
  assert.deepEqual(
    datedLines("ولم يلتق وزير الخارجية المصري، الثلاثاء، نظيره الأردني في عمان كما كان مقررا.", SUNDAY),
    ["CONSULT EGY>JOR 2018-02-27"],
  );
  assert.deepEqual(datedLines("وكان وزير الخارجية المصري يلتقي، الثلاثاء، نظيره الأردني في عمان.", SUNDAY), [
    "CONSULT EGY>JOR 2018-02-27",
  ]);
});

test("the imperfect with the weekday of the day before keeps the reader's day", () => {
  // A page of Wednesday that tells Tuesday's talks in the present (a page put out after midnight).
  assert.deepEqual(
    datedLines(
      "ويبحث وزير الخارجية المصري، الثلاثاء، مع نظيره الأردني في عمان العلاقات الثنائية.",
      "2018-03-07",
    ),
    ["CONSULT EGY>JOR 2018-03-06"],
  );
});

test("a year older than 1900 after the word for year dates the act it tells", () => {
  // Before: the publication day (a four-digit number under 1900 was read as no year).
  assert.deepEqual(
    datedLines(
      "وتعود أول معاهدة بين البلدين إلى عام 1816، عندما وقعت بريطانيا والبرتغال اتفاقا للتجارة.",
      SUNDAY,
    ),
    ["SUPPORT GBR+PRT> 1816"],
  );
  // Near form: a number of the Hijri span with no era word may be of either calendar and stays unread.
  assert.deepEqual(
    datedLines(
      "وتعود أول معاهدة بين البلدين إلى عام 1400، عندما وقعت بريطانيا والبرتغال اتفاقا للتجارة.",
      SUNDAY,
    ),
    ["SUPPORT GBR+PRT> 2018-03-04"],
  );
});
