import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("the bare noun of backing with its backer right after it and the backed state on ل is SUPPORT", () => {
  // دعم بلاده ل: the speaker's state backs the state after ل.
  assert.deepEqual(eventLines("وأكد وزير الخارجية الكويتي دعم بلاده للبحرين في مواجهة التدخلات.", "states"), [
    "SUPPORT KWT>BHR",
  ]);
  // الدعم الروسي ل: the backer told by its nisba.
  assert.deepEqual(eventLines("ويرى محللون أن الدعم الصيني لباكستان لن يتراجع.", "states"), [
    "SUPPORT CHN>PAK",
  ]);
  // دعم إيران ل: the backer in construct, the backing told in passing.
  assert.deepEqual(eventLines("ويثير دعم فرنسا لتشاد قلق الجزائر.", "states"), ["SUPPORT FRA>TCD"]);
});

test("the bare noun of backing with no backer and backed state right after it gives no event", () => {
  // أهمية دعم جهود: a goal, no backer named after the noun.
  const goal = eventLines("ورأى الوزيران المصري والروسي أهمية دعم جهود التسوية في ليبيا.", "states");
  assert.ok(!goal.some((l) => l.startsWith("SUPPORT")), goal.join("; "));
  // لأكراد سوريا: the backed after ل is a people, no state.
  assert.deepEqual(eventLines("ويعد دعم الولايات المتحدة لأكراد سوريا مصدر خلاف مع تركيا.", "states"), []);
  // وقف الدعم: backing ended is no backing.
  assert.deepEqual(eventLines("وقررت الحكومة وقف الدعم الأمريكي لباكستان.", "states"), []);
});

test("the bare noun of backing leaves the acts after it to their own triggers", () => {
  // الدعم الكامل للخطوة المغربية بقطع العلاقات: the cut of ties is told on its own.
  const lines = eventLines(
    "وأعلنت الكويت الدعم الكامل للخطوة المصرية بقطع العلاقات مع كوريا الشمالية.",
    "states",
  );
  assert.ok(lines.includes("SANCTION EGY>PRK"), lines.join("; "));
});
