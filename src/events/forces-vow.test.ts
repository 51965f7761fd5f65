// Round 62 (branch vow62): the forces of the speaker (قواته، جنودها) as the subject of a verb of threat.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a commander's forces that will answer an attack backed by a state: his state threatens it", () => {
  const text = 'وقال قائد عسكري بريطاني كبير إن قواته "سترد بقوة" على أي هجوم تدعمه إيران.';
  const lines = eventLines(text);
  assert.ok(lines.includes("THREATEN GBR>IRN asserted"), lines.join("; "));
  const soldiers = "وأكد قائد عسكري روسي أن جنوده سيردون على أي اعتداء تدعمه واشنطن.";
  assert.ok(eventLines(soldiers).includes("THREATEN RUS>USA asserted"), eventLines(soldiers).join("; "));
});

test("forces withdrawn, not a threat, are left to their own rows", () => {
  const text = "وقال الرئيس الفرنسي إنه سيسحب قواته من مالي خلال العام المقبل.";
  assert.ok(!eventLines(text).some((l) => l.startsWith("THREATEN")));
});
