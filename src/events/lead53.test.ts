// The fifty-third round's lead readings (docs/EVENTS.md, "Fifty-third pass", branch lead53). Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

test("with no speaker, the party right after a verb that follows أنه is its object; the opening subject acts", () => {
  // Before: no event (the state after the verb was read as its subject, of the sentence's own state).
  assert.deepEqual(
    eventLines(
      "واعترف الرئيس الكيني وليام روتو بخطأ في المقابلة، التي بدا فيها أنه يدعم أوغندا بدلا من وزرائه.",
    ),
    ["SUPPORT KEN>UGA asserted"],
  );
  assert.deepEqual(
    eventLines("وأقرت الحكومة الكينية بخطأ في البيان، الذي بدا فيه أنها تدعم أوغندا في النزاع."),
    ["SUPPORT KEN>UGA asserted"],
  );
  // A named speaker's pronoun is the speaker's, as before.
  assert.deepEqual(eventLines("وقال الرئيس الكيني إنه يدعم أوغندا في النزاع."), ["SUPPORT KEN>UGA asserted"]);
  // A nisba right after the word makes it a noun with its agent: a suspected strike stays the nisba's.
  assert.deepEqual(eventLines("وقتل خمسة جنود فيما يشتبه بأنه قصف أوغندي على معسكر في كينيا."), [
    "ASSAULT UGA>KEN conditional",
  ]);
  // The pronoun of the matter with a verb of the other gender leaves the subject after the verb.
  assert.deepEqual(eventLines("وذكرت مصادر أنه تدعم أوغندا الحكومة الكينية في النزاع."), [
    "SUPPORT UGA>KEN asserted",
  ]);
});

test("a dual after a state and the YPG named in its sentence is those two sides, so no act between states", () => {
  // Before: the YPG was no entity, and the dual took the last two states told (Syria and Turkey).
  assert.deepEqual(
    eventLines(
      "وقصفت المدفعية التركية مواقع قرب منبج. وانتقدت الحكومة السورية وحدات حماية الشعب الكردية، غير أن الطرفين يتفقان على رفض التوغل التركي.",
    ),
    [],
  );
  // Two states named before the dual are its pair, as before.
  assert.deepEqual(
    eventLines("وانتقدت الحكومة السورية الحكومة العراقية، غير أن الطرفين يتفقان على رفض التوغل التركي."),
    ["ACCUSE SYR>IRQ asserted", "AGREE IRQ+SYR> asserted"],
  );
});

test("a measure told in passing by its noun and the imposer's nisba is standing, undated; a new one is the news", () => {
  // Before: the standing measure took the page's day.
  assert.deepEqual(
    datedLines(
      "ويسعى المصرف منذ سنوات إلى الالتفاف على العقوبات الكندية المفروضة على فنزويلا.",
      "2018-06-12",
    ),
    ["SANCTION CAN>VEN null"],
  );
  assert.deepEqual(datedLines("واعتبر الوزير أن العقوبات الكندية على فنزويلا ظالمة.", "2018-06-12"), [
    "SANCTION CAN>VEN null",
  ]);
  // Told as new, or imposed by a verb, it is the day's act.
  assert.deepEqual(datedLines("واعتبر الوزير أن العقوبات الكندية الجديدة على فنزويلا ظالمة.", "2018-06-12"), [
    "SANCTION CAN>VEN 2018-06-12",
  ]);
  assert.deepEqual(datedLines("وفرضت كندا عقوبات على فنزويلا.", "2018-06-12"), [
    "SANCTION CAN>VEN 2018-06-12",
  ]);
});

test("the verb of a clause describing an act after أي is that possible act, not one done", () => {
  // Before: the describing verb was read as an agreement reached.
  assert.deepEqual(
    eventLines("وتصر نيجيريا على أن تكون غانا شريكا في أي اتفاق جديد تتوصل إليه مع توغو بشأن الحدود."),
    ["AGREE GHA>TGO conditional"],
  );
  // With the definite noun the verb is a relative clause's own act, told as before.
  assert.deepEqual(eventLines("ورحبت نيجيريا بالاتفاق الجديد، وتتوصل غانا مع توغو إلى تفاهم بشأن الحدود."), [
    "AGREE GHA>TGO asserted",
  ]);
});
