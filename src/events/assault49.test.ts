// The forty-ninth round's readings of force and help (docs/EVENTS.md, "Forty-ninth pass", branch assault49).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("forces sent with a purpose of confronting a state are mobilised against that state", () => {
  // Before: the presence stepped up at sea named no state, so there was no event.
  assert.deepEqual(
    coded("وقال مسؤول عسكري إن البحرية البريطانية تعزز وجودها في بحر الشمال لمواجهة النشاط الروسي المتصاعد."),
    ["MOBILIZE GBR>RUS asserted"],
  );
  assert.deepEqual(coded("وأرسلت اليابان مدمرتين إلى بحر الصين الشرقي لردع أي تحرك صيني."), [
    "MOBILIZE JPN>CHN asserted",
  ]);
  // With no purpose, or a purpose that names no state, there is still no event.
  assert.deepEqual(coded("وقال مسؤول عسكري إن البحرية البريطانية تعزز وجودها في بحر الشمال."), []);
  assert.deepEqual(coded("وأرسلت اليابان مدمرتين إلى بحر الصين الشرقي لمواجهة الأعاصير."), []);
  // Ships sent to help stay no mobilisation.
  assert.deepEqual(coded("وأرسلت اليابان مدمرتين إلى بحر الصين الشرقي لدعم عمليات البحث."), []);
});
