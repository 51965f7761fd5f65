// Meetings, cooperation and aid, eighteenth pass (docs/EVENTS.md, "Eighteenth pass: meetings,
// cooperation and aid"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

/** Each event as `TYPE date`, read with a publication day. */
const dated = (text: string, published: string) =>
  analyzeText(text, { published }).events.map((e) => `${e.type} ${e.date}`);

test("aid received from a state is AID by the giver of the receiver", () => {
  assert.deepEqual(coded("وقالت الحكومة السودانية إنها تلقت مساعدات عسكرية من مصر."), [
    "AID EGY>SDN asserted",
  ]);
  assert.deepEqual(coded("وأعلنت الحكومة الأردنية أنها حصلت على قرض من اليابان لدعم موازنتها."), [
    "AID JPN>JOR asserted",
  ]);
  // A denial in the same sentence takes no recipient from the aid told in it.
  assert.deepEqual(
    coded("لكن حكومة الرئيس اليمني - التي تتلقى دعما عسكريا من السعودية - تنفي المسؤولية عن قصف السوق."),
    ["AID SAU>YEM asserted"],
  );
  // Guard: a message received is no aid.
  assert.deepEqual(coded("وتلقت قطر رسالة من الكويت بشأن الأزمة."), []);
});

test("a meeting with an indefinite future adjective or its own future predicate is planned: AGREE, future", () => {
  assert.deepEqual(coded("وقال الوزير إن اجتماعا سيتم بين مصر والأردن في عمان."), ["AGREE EGY>JOR future"]);
  assert.deepEqual(coded("وأعلنت الرئاسة المصرية عن لقاء مرتقب بين مصر والسودان في الخرطوم."), [
    "AGREE EGY>SDN future",
  ]);
  // Guard: a meeting held stays CONSULT.
  assert.deepEqual(coded("وعقد وزير الخارجية المصري اجتماعا مع نظيره السوداني في القاهرة."), [
    "CONSULT EGY>SDN asserted",
  ]);
});

test("cooperation that is the goal or topic of another act is not cooperation carried out", () => {
  assert.deepEqual(coded("وبحث وزير الخارجية المصري مع نظيره الأردني تعزيز التعاون بين البلدين."), [
    "CONSULT EGY>JOR asserted",
  ]);
  assert.deepEqual(coded("وشدد الوزير على أهمية التعاون بين مصر والسودان في مكافحة الإرهاب."), []);
  // A portfolio's name (`وزير الخارجية والتعاون الدولي`) is no cooperation.
  assert.ok(
    !coded("وقال وزير الخارجية والتعاون الدولي الإماراتي إن بلاده تقف مع البحرين.").some((l) =>
      l.startsWith("COOPERATE"),
    ),
  );
  // Guard: cooperation carried out stays.
  assert.deepEqual(coded("وتتعاون مصر والسودان في مكافحة الإرهاب على الحدود."), [
    "COOPERATE EGY+SDN> asserted",
  ]);
});

test("a meeting's relative clause of being held dates it", () => {
  assert.deepEqual(
    dated("وانتهت القمة بين مصر والسودان التي عقدت في مارس الماضي بتعهدات كثيرة.", "2018-09-09"),
    ["CONSULT 2018-03"],
  );
  // Guard: a relative clause of another verb (`التي جرت`) dates the noun before it, not the act.
  assert.deepEqual(
    dated("واتهمت الولايات المتحدة روسيا بالتدخل في الانتخابات التي جرت في عام 2016.", "2018-07-14"),
    ["ACCUSE 2018-07-14"],
  );
});
