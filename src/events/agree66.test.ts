// An agreement told in a relative clause (branch agree66). With a time of its own in the clause it is the
// agreement's own past act, coded at that date (retold-dated.ts); with none it is an agreement in force
// retold, no new act (agreementRetold, tie-vetoes.ts). The states the relative clause names are the
// agreement's sides, not the recipient of an act told before the thing agreed (relative-deal-side.ts).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const dated = (text: string) => datedLines(text, "2018-06-20");

test("an agreement its relative clause dates is coded at that date", () => {
  assert.deepEqual(dated("وتقع البلدة ضمن المنطقة العازلة التي اتفقت عليها العام الماضي مصر والسودان."), [
    "AGREE EGY+SDN> 2017",
  ]);
  assert.deepEqual(
    dated("وتقع القرى في إطار الهدنة التي تم التوصل إليها بين أرمينيا وأذربيجان في مارس/آذار 2016."),
    ["AGREE ARM>AZE 2016-03"],
  );
});

test("an agreement retold with no time of its own stays no new act", () => {
  assert.deepEqual(dated("وتقع البلدة ضمن المنطقة العازلة التي اتفقت عليها مصر والسودان."), []);
  // Guard: a date past a comma belongs to another clause.
  assert.deepEqual(
    dated(
      "وتقع البلدة ضمن المنطقة العازلة التي اتفقت عليها مصر والسودان، والتي شهدت اشتباكات في مايو الماضي.",
    ),
    [],
  );
});

test("the states of an agreement's relative clause are not the recipient of the act before it", () => {
  assert.deepEqual(
    dated(
      "وهدد الرئيس السوداني بشن هجوم على المنطقة العازلة التي جرى التوصل إلى اتفاق بشأنها بين مصر وإثيوبيا العام الماضي.",
    ),
    ["AGREE EGY>ETH 2017"],
  );
  assert.deepEqual(
    dated(
      "وتعهد الرئيس السوداني عمر البشير باستعادة المنطقة المتاخمة للحدود، وهدد بشن هجوم على المنطقة التي جرى التوصل إلى اتفاق بشأنها بين مصر وإثيوبيا العام الماضي.",
    ),
    ["AGREE EGY>ETH 2017"],
  );
  // Guard: when the agreement itself is the act's object, its sides stay the act's.
  assert.deepEqual(
    dated("وأعلنت الولايات المتحدة الأربعاء انسحابها من الاتفاق الذي توصلت إليه القوى الكبرى مع إيران."),
    ["SANCTION USA>IRN 2018-06-20"],
  );
});
