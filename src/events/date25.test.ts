// The twenty-fifth pass on the dates of found events (docs/EVENTS.md, "Twenty-fifth pass: dates of
// found events"). Sentences written for these tests; published Thursday 2019-03-07.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const PUBLISHED = "2019-03-07";

/** Each event as `TYPE ACTOR>RECIPIENT modality date`. */
const dated = (text: string) =>
  analyzeText(text, { published: PUBLISHED }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.modality} ${e.date ?? "-"}`;
  });

test("an act told at a meeting named again by its noun takes the meeting's day", () => {
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتفق الرئيسان خلال اللقاء على فتح المعابر الحدودية بين البلدين.",
    ),
    ["CONSULT EGY>SDN asserted 2019-03-04", "AGREE EGY+SDN> asserted 2019-03-04"],
  );
  assert.deepEqual(
    dated(
      "وعقد وزير الخارجية الفرنسي محادثات مع نظيره الألماني في برلين الشهر الماضي.\n\nوتعهد الوزيران عقب المحادثات بتعزيز التعاون العسكري بين البلدين.",
    ).filter((l) => !l.startsWith("CONSULT")),
    ["AGREE DEU+FRA> asserted 2019-02"],
  );
});

test("an act with no meeting named, or of other states, keeps the publication day", () => {
  // Guard: `بعد` may tell a later day.
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتفق الرئيسان بعد اللقاء على فتح المعابر الحدودية بين البلدين.",
    ).at(-1),
    "AGREE EGY+SDN> asserted 2019-03-07",
  );
  // Guard: no meeting named again in the act's sentence.
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتفق الرئيسان على فتح المعابر الحدودية بين البلدين.",
    ).at(-1),
    "AGREE EGY+SDN> asserted 2019-03-07",
  );
  // Guard: a state that was not at the meeting.
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتهم الرئيس المصري خلال اللقاء إثيوبيا بتهديد الأمن المائي.",
    ).filter((l) => l.startsWith("ACCUSE")),
    ["ACCUSE EGY>ETH asserted 2019-03-07"],
  );
});
