// Lists of parties joined by more than a bare و, and lists after a proclitic preposition (branch lists57).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("وكذلك between two states joins them into one list", () => {
  assert.deepEqual(
    eventLines("وطردت هولندا والدنمارك وكذلك النرويج دبلوماسيين روسا يوم الاثنين.", "states"),
    ["SANCTION DNK+NLD+NOR>RUS"],
  );
});

test("بالإضافة إلى set off by commas joins the subject's partner", () => {
  assert.deepEqual(
    eventLines("واتهمت كندا، بالإضافة إلى أستراليا، الصين بشن هجمات إلكترونية على شركاتهما.", "states"),
    ["ACCUSE AUS+CAN>CHN"],
  );
});

test("a list whose last names stand in brackets is one list", () => {
  assert.deepEqual(
    eventLines("وقطعت الكويت بالإضافة إلى (الأردن والبحرين) علاقاتها مع إيران الشهر الماضي.", "states"),
    ["SANCTION BHR+JOR+KWT>IRN"],
  );
});

test("a list after a proclitic ب keeps every state", () => {
  assert.deepEqual(
    eventLines("وأشاد وزير الخارجية الهندي بالبرازيل وجنوب أفريقيا لدورهما في القمة.", "states"),
    ["SUPPORT IND>BRA+ZAF"],
  );
  assert.deepEqual(eventLines("ونددت تركيا بإسرائيل والولايات المتحدة بعد افتتاح السفارة.", "states"), [
    "ACCUSE TUR>ISR+USA",
  ]);
});

test("partners named after an agreement by a phrase of company join its subject", () => {
  assert.deepEqual(
    eventLines("وتوصلت الهند واليابان إلى اتفاق تجاري، إلى جانب أستراليا، يخفض الرسوم الجمركية.", "states"),
    ["AGREE AUS+IND+JPN>"],
  );
});
