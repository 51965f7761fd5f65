// Round thirty-seven, branch earlier37: a side of the act named in an earlier sentence. An agreement the
// article has named without its state (cue deal_counterpart) and then calls by its bare head (cue
// deal_head) is still that state's agreement. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a withdrawal from the bare agreement named before as the nuclear deal is done to Iran", () => {
  // Before: no event; the second sentence names no state other than the United States.
  assert.deepEqual(
    coded(
      "يتواصل الجدل في العواصم الأوروبية حول مستقبل الاتفاق النووي. وأعلنت الولايات المتحدة أمس أنها انسحبت من الاتفاق بصورة نهائية.",
    ),
    ["SANCTION USA>IRN asserted"],
  );
  // A verbal noun with its agent after it reads the same.
  assert.deepEqual(
    coded(
      "ناقش البرلمان الأوروبي اليوم مصير الاتفاق النووي. ويرى النواب أن انسحاب واشنطن من الاتفاق سيضر بالأمن الإقليمي.",
    ),
    ["SANCTION USA>IRN asserted"],
  );
});

test("another agreement named in between, or a bare head that goes on with its name, is not the nuclear deal", () => {
  // A trade agreement named after the nuclear deal is the nearer one: no event.
  assert.deepEqual(
    coded(
      "يتواصل الجدل حول مستقبل الاتفاق النووي. وفي ملف آخر توصلت كندا إلى اتفاق تجاري مع المكسيك. وأعلنت الولايات المتحدة أنها انسحبت من الاتفاق بصورة نهائية.",
    ).filter((l) => l.startsWith("SANCTION")),
    [],
  );
  // The head goes on with an adjective: another agreement, no back-reference.
  assert.deepEqual(
    coded(
      "يتواصل الجدل حول مستقبل الاتفاق النووي. وأعلنت الولايات المتحدة أنها انسحبت من الاتفاق التجاري بصورة نهائية.",
    ),
    [],
  );
  // The deal's own state leaving it acts on no one.
  assert.deepEqual(
    coded("يتواصل الجدل حول مستقبل الاتفاق النووي. وهددت إيران بأنها ستنسحب من الاتفاق قريبا.").filter((l) =>
      l.startsWith("SANCTION"),
    ),
    [],
  );
});
