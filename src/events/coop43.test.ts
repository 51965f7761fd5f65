// The forty-third round's readings of the cooperative types (docs/EVENTS.md, "Forty-third pass",
// branch coop43). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a possessed reception (خلال استقباله) is a meeting of its owner with the guest after it", () => {
  // Before: only the bare noun استقبال was a trigger, so the owner's reception gave nothing.
  assert.deepEqual(
    coded("وشدد الرئيس التونسي خلال استقباله وزير الخارجية الجزائري أحمد عطاف في قرطاج على تنسيق المواقف."),
    ["CONSULT DZA>TUN asserted"],
  );
  // A reception of people counted, not of a guest, is still no meeting.
  assert.deepEqual(
    coded("وقالت الحكومة اللبنانية إنها لم تعد تحتمل المزيد بعد استقبالها حوالي مليون لاجئ سوري."),
    [],
  );
});

test("a possessed reception after its sentence's hosting verb is the host's again", () => {
  // Before: the pronoun went to the guest named nearest before it, the Omani minister.
  assert.deepEqual(
    coded(
      "استقبل العاهل الأردني، الاثنين، وزير الخارجية العماني يوسف بن علوي، وذلك غداة استقباله لرئيس الوزراء العراقي حيدر العبادي.",
    ),
    ["CONSULT OMN>JOR asserted", "CONSULT IRQ>JOR asserted"],
  );
  // With no hosting verb before it, the nearest person still owns it.
  assert.deepEqual(
    coded(
      "وقال وزير الخارجية العماني يوسف بن علوي خلال استقباله رئيس الوزراء العراقي حيدر العبادي إن الحوار مطلوب.",
    ),
    ["CONSULT IRQ>OMN asserted"],
  );
});
