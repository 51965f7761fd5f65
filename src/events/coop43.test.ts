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

test("talks that reach a stage (وصلت هذه المحادثات) are no trip", () => {
  // Before: the verb of arriving read the talks' subject phrase as a visit to the next state named.
  assert.deepEqual(
    coded("ولم يكشف الوزير الإسرائيلي إلى أي حد وصلت هذه المحادثات بشأن الأسرى مع الجانب المصري."),
    [],
  );
  // A minister who arrives in a capital still visits it.
  assert.deepEqual(coded("ووصل وزير الخارجية الإسرائيلي إلى القاهرة في زيارة رسمية."), [
    "CONSULT ISR>EGY asserted",
  ]);
});

test("a deal's مع-partner does not cross a clause of cause (لأنه، لأنها)", () => {
  // Before: the state after مع in the causal clause was read as the deal's other side.
  assert.deepEqual(
    coded("وقال مسؤول أوروبي إن إيطاليا قد ترفض الاتفاق لأنه يعرقل مساعيها الدبلوماسية مع ليبيا."),
    [],
  );
  // With no such clause, the partner after مع is still the deal's; told as signed, it is SUPPORT (branch deal48).
  assert.deepEqual(coded("ووقعت إيطاليا الاتفاق مع ليبيا في روما."), ["SUPPORT ITA>LBY asserted"]);
});
