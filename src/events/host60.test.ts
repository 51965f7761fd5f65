// The sixtieth round's reading of a host whose meeting names its sides in a relative clause after it
// (branch border60). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a host of a meeting whose sides a relative clause names is no side of it", () => {
  // Before: also AGREE VNM>PRK+USA future, the host taken as a side of the planned meeting.
  assert.deepEqual(
    eventLines(
      "ومن المقرر أن تستضيف فيتنام القمة الثانية، التي ستكون اللقاء الثاني بين قادة الولايات المتحدة وكوريا الشمالية.",
      "modality",
    ),
    ["AGREE USA>PRK future"],
  );
});

test("a host with its guest named and no meeting between two others keeps its guest", () => {
  assert.deepEqual(
    eventLines("واستضاف الرئيس المصري نظيره الفرنسي في القاهرة، التي شهدت محادثات موسعة.", "states"),
    ["CONSULT EGY>FRA"],
  );
});
