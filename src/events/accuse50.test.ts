// The fiftieth round's readings of verbal conflict (docs/EVENTS.md, "Fiftieth pass", branch accuse50).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a bare verb of verbal conflict after a comma and كما shares the subject of the clause before", () => {
  // Before: the state after the verb was read as its subject, and the warning had no recipient.
  assert.deepEqual(eventLines("رحب وزير الخارجية الفرنسي بالمبادرة، كما حذر طهران من أي تصعيد في الخليج."), [
    "THREATEN FRA>IRN asserted",
  ]);
  assert.deepEqual(eventLines("أشاد الرئيس المصري بالجهود الدولية، كما اتهم أنقرة بدعم الجماعات المسلحة."), [
    "ACCUSE EGY>TUR asserted",
  ]);
  // A verb with a subject of its own after كما keeps it.
  assert.deepEqual(eventLines("رحب وزير الخارجية الفرنسي بالمبادرة، كما حذرت ألمانيا طهران من أي تصعيد."), [
    "THREATEN DEU>IRN asserted",
  ]);
});

test("a participle of charge or warning after a cited body's words is that body's act", () => {
  // Before: the body after عن was governed by the preposition, so the charge had no accuser.
  assert.deepEqual(
    eventLines(
      "ونقلت وكالة الأنباء الرسمية عن الجيش الأردني قوله إن قذائف سقطت قرب الحدود، متهما سوريا بالتصعيد.",
    ),
    ["ACCUSE JOR>SYR asserted"],
  );
  // A cited body with no state of its own lends none to the participle.
  assert.deepEqual(
    eventLines("ونقلت وكالة الأنباء الرسمية عن الجيش قوله إن قذائف سقطت قرب الحدود، متهما سوريا بالتصعيد."),
    [],
  );
});
