// The twenty-third pass on meetings, calls and agreements (docs/EVENTS.md, "Twenty-third pass:
// meetings, calls and agreements: recall"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

/** Type, states, modality and date of each event, for an article published on `published`. */
const dated = (text: string, published: string) =>
  analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.modality} ${e.date}`;
  });

test("spoke with or to a leader is a consultation", () => {
  assert.deepEqual(
    coded("وتحدث رئيس الوزراء الياباني شينزو آبي مع الرئيس الفرنسي إيمانويل ماكرون بشأن التجارة."),
    ["CONSULT JPN>FRA asserted"],
  );
  assert.deepEqual(
    coded("وقالت المستشارة الألمانية أنغيلا ميركل إنها تحدثت إلى رئيس الوزراء الكندي جاستن ترودو."),
    ["CONSULT DEU>CAN asserted"],
  );
  // Guard: speaking a language is no talk between states.
  assert.deepEqual(coded("وقال السفير الصيني إنه لا يتحدث الفرنسية مع زملائه في باريس."), []);
});

test("a call told as not held is a negated consultation", () => {
  assert.deepEqual(
    coded("وقال الرئيس الأمريكي دونالد ترامب إنه لم يتحدث بعد مع العاهل الأردني الملك عبد الله."),
    ["CONSULT USA>JOR asserted neg"],
  );
  // Guard: a call held is asserted.
  assert.deepEqual(coded("وقال الرئيس الأمريكي دونالد ترامب إنه تحدث مع العاهل الأردني الملك عبد الله."), [
    "CONSULT USA>JOR asserted",
  ]);
});

test("a noun after a preposition of time is not the object of the trigger before it", () => {
  assert.deepEqual(
    coded("وأضاف ماكرون أنه تحدث إلى الرئيس الأمريكي دونالد ترامب قبيل الضربات الفرنسية على سوريا."),
    ["CONSULT FRA>USA asserted", "ASSAULT FRA>SYR asserted"],
  );
});

test("a visit noun's guest after ل and its destination after إلى", () => {
  assert.deepEqual(
    coded(
      "وتأتي تصريحاته في إطار زيارة رسمية لرئيس الوزراء الهندي ناريندرا مودي إلى اليابان تستمر ثلاثة أيام.",
    ),
    ["CONSULT IND>JPN asserted"],
  );
  // Guard: with no إلى, the party after ل is where the visit goes.
  assert.deepEqual(coded("وقال الرئيس الصيني شي جين بينغ إن زيارته لفرنسا كانت ناجحة."), [
    "CONSULT CHN>FRA asserted",
  ]);
});

test("a relative clause may open the agents' list with كل من", () => {
  assert.deepEqual(coded("وجاء ذلك بعد قمة أستانا، التي جمعت رؤساء كل من روسيا والصين وكازاخستان."), [
    "CONSULT CHN+KAZ+RUS> asserted",
  ]);
});

test("a visit after a setting preposition and a stage noun is held by the sentence's subject", () => {
  assert.deepEqual(
    coded("وقال الرئيس الإندونيسي جوكو ويدودو، في ختام زيارة رسمية إلى أستراليا، إن المحادثات كانت مثمرة."),
    ["CONSULT IDN>AUS asserted"],
  );
  // Guard: a subject of no state holds no visit.
  assert.deepEqual(coded("وقال المدرب في ختام زيارة إلى أستراليا إن الأجواء إيجابية."), []);
});

test("an opening call's setting ends at a comma outside the partner's title and name", () => {
  assert.deepEqual(
    coded(
      "وفي اتصال هاتفي مع وزير الخارجية الإيراني، محمد جواد ظريف، شدد وزير الخارجية الألماني هايكو ماس على أهمية الاتفاق.",
    ),
    ["CONSULT DEU>IRN asserted"],
  );
});

test("a meeting noun dated after publication by its own phrase is planned", () => {
  assert.deepEqual(
    dated(
      "ويعتزم الرئيسان، بعد أشهر من التوتر بين البلدين، عقد لقاء قمة بين روسيا واليابان الشهر المقبل.",
      "2018-03-07",
    ),
    ["AGREE RUS>JPN future 2018-04"],
  );
  // Guard: a date that belongs to another meeting named after the noun leaves the noun's meeting held.
  const held = dated(
    "وجاء تعليق ماكرون بعد لقائه رئيس الوزراء الكندي جاستن ترودو لمناقشة القمة المقبلة في 8 يونيو 2018.",
    "2018-05-30",
  );
  assert.deepEqual(
    held.map((l) => l.split(" ").slice(0, 3).join(" ")),
    ["CONSULT FRA>CAN asserted"],
  );
});

test("a meeting told again in its sentence with a date of its own dates the meeting kept", () => {
  assert.deepEqual(
    dated(
      "وقالت ميركل إنها ناقشت مع الرئيس الروسي فلاديمير بوتين الأزمة عندما التقيا في سوتشي في مايو.",
      "2018-08-18",
    ),
    ["CONSULT DEU>RUS asserted 2018-05"],
  );
});
