// A diplomat told he is persona non grata is expelled (PLOVER SANCTION, expel), however the telling verb runs:
// `اعتبرت`، `أعلنت`، and `أبلغت السفير بأنه شخص غير مرغوب فيه` (lexicons/triggers.tsv, branch precision61).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an envoy told he is persona non grata is expelled", () => {
  // Before: no event (the verb of informing was no expulsion, and the phrase stood past the reach).
  assert.deepEqual(
    eventLines(
      "وأبلغت وزارة الخارجية البحرينية السفير العراقي لديها بأنه شخص غير مرغوب فيه، وطلبت منه مغادرة البلاد خلال 48 ساعة.",
      "modality",
    ),
    ["SANCTION BHR>IRQ asserted"],
  );
  // The two words written as one, as some pages do.
  assert.deepEqual(
    eventLines(
      "أعلنت وزارة الخارجية البحرينية أنها أبلغت السفير العراقي لديها بأنه شخص غيرمرغوب فيه.",
      "modality",
    ),
    ["SANCTION BHR>IRQ asserted"],
  );
});

test("informing an envoy of a protest is no expulsion", () => {
  assert.deepEqual(
    eventLines("وأبلغت الخارجية الألمانية السفير الروسي احتجاجها على اعتقال الصحفي.", "modality"),
    [],
  );
});
