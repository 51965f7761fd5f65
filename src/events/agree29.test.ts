// The twenty-ninth pass on AGREE told in wordings Rasd did not read (docs/EVENTS.md, "Twenty-ninth
// pass: AGREE told in wordings Rasd did not read"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("readiness to approve or to sign (مستعد للموافقة، مستعدة لتوقيع) is an offer: AGREE, as its other needs", () => {
  assert.deepEqual(
    coded("وأعلن وزير الخارجية الروسي أن بلاده مستعدة للموافقة على مشروع القرار في مجلس الأمن."),
    ["AGREE RUS>IGO asserted"],
  );
  assert.deepEqual(coded("وقال وزير الخارجية الأمريكي إن واشنطن مستعدة لتوقيع اتفاق جديد مع طهران."), [
    "AGREE USA>IRN asserted",
  ]);
  // Guard: readiness to answer is no offer; it is a threat (vow62's readiness row).
  assert.deepEqual(coded("وقالت وزارة التجارة الصينية إن بكين مستعدة للرد على أي إجراء أمريكي."), [
    "THREATEN CHN>USA asserted",
  ]);
});

test("a dual verb of agreeing after a talk in its own sentence has the talk's two states as subject, not the first alone", () => {
  assert.deepEqual(
    coded(
      "وتحدثت رئيسة الوزراء البريطانية مع الرئيس الأمريكي دونالد ترامب مساء الخميس، واتفقا على مواصلة العمل عن كثب.",
    ),
    ["CONSULT GBR>USA asserted", "AGREE GBR+USA> asserted"],
  );
  // Guard: a dual noun's subject named after it (`وزارتا`, read as a verb) is no subject taken from before.
  assert.deepEqual(
    coded(
      "وكانت فرنسا قد استدعت السفير الإيراني. وأوضحت وزارتا الداخلية والخارجية الفرنسيتان في بيان مشترك أن الهجوم يعد فعلا خطيرا.",
    ),
    ["ACCUSE FRA>IRN asserted"],
  );
});

test("a state attending a meeting (يحضرها، بمشاركة) is a side of it", () => {
  assert.deepEqual(
    coded("وسوف يعقد الرئيسان الإيراني والروسي قمة في سوتشي الأحد المقبل يحضرها الرئيس التركي."),
    ["AGREE IRN+RUS+TUR> future"],
  );
  assert.deepEqual(coded("وعقد الرئيسان الإيراني والروسي قمة في سوتشي الأحد بمشاركة الرئيس التركي."), [
    "CONSULT IRN+RUS+TUR> asserted",
  ]);
  // Guard: a host's presence (`بحضور`) is no side of the talks it hosts.
  assert.deepEqual(
    coded(
      "وعقد البلدان جولة جديدة من المحادثات الفنية بين إثيوبيا والصومال في أنقرة، بحضور وزير الخارجية التركي.",
    ),
    ["CONSULT ETH>SOM asserted"],
  );
  // Guard: an attendee of a state the meeting already has adds no side.
  assert.deepEqual(coded("والتقى وزير الخارجية الأمريكي نظيره الأردني بحضور السفير الأمريكي في عمان."), [
    "CONSULT USA>JOR asserted",
  ]);
});

test("keeping silent or neutral (التزم الصمت، التزم الحياد) is no pledge", () => {
  assert.deepEqual(coded("لكنه في الفترة الأخيرة التزم الصمت إزاء خلاف الرياض مع الدوحة."), []);
  // Guard: a pledge to a state stays one.
  assert.deepEqual(coded("وتعهدت فرنسا بدعم الجيش اللبناني."), ["AGREE FRA>LBN asserted"]);
});
