import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("a backing whose object is another act's noun gives no SUPPORT to that act's target", () => {
  // دعمها لفرض عقوبات على: the sanctions' target is no recipient of the backing; the sanction is read on its own.
  const lines = eventLines("وجددت هولندا دعمها لفرض عقوبات جديدة على بيلاروسيا.", "states");
  assert.ok(!lines.some((l) => l.startsWith("SUPPORT")), lines.join("; "));
  // يدعم إجراء محادثات مع: talks with a state backed are no backing of that state.
  assert.deepEqual(eventLines("وقال وزير الخارجية الكندي إنه يدعم إجراء محادثات مع فنزويلا.", "states"), []);
  // The verb's subject right after it is passed over: the act's noun after it is still the object.
  assert.deepEqual(eventLines("وتؤيد إسبانيا تشديد القيود التجارية على كوبا.", "states"), []);
});

test("a backed act with its agent named before or right after its noun keeps the backing of that agent", () => {
  // بفرض واشنطن عقوبات: the state right after the act's noun is its agent, whom the welcome backs.
  assert.ok(
    eventLines("ورحبت كندا بفرض واشنطن رسوما جديدة على الصلب الصيني.", "states").includes("SUPPORT CAN>USA"),
  );
  // بقرار النرويج تمديد: the party before the act's noun is the agent of the decision backed.
  assert.ok(
    eventLines("وأشاد الرئيس الفنلندي بقرار النرويج تمديد الاتفاق مع السويد.", "states").includes(
      "SUPPORT FIN>NOR",
    ),
  );
  // من جانب: the state after من is the act's agent, not its target.
  assert.deepEqual(eventLines("وامتدح الرئيس الأرجنتيني سرعة إجراء التحقيق من جانب تشيلي.", "states"), [
    "SUPPORT ARG>CHL",
  ]);
});

test("a welcome of an act between two states, or of a state's own step, stays SUPPORT", () => {
  // بين: an act between two sides backs them both.
  assert.deepEqual(eventLines("ورحبت اليابان بعقد محادثات بين الهند وباكستان.", "states"), [
    "SUPPORT JPN>IND+PAK",
  ]);
  // A noun of no act of the cue (إقامة دولة) leaves the backing as it was read.
  assert.deepEqual(eventLines("وأكدت النرويج دعمها لانضمام جورجيا إلى الاتحاد الأوروبي.", "states"), [
    "SUPPORT NOR>GEO",
  ]);
});
