// The fifty-first round's readings of coercion (docs/EVENTS.md, "Fifty-first pass", branch sanction51).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a measure's verb after `، كما` shares the clause before's subject", () => {
  // Before: the recall had no actor and was lost; only the expulsion was read.
  assert.deepEqual(eventLines("قررت الحكومة المغربية طرد السفير الإيراني، كما استدعت سفيرها من طهران."), [
    "SANCTION MAR>IRN asserted",
    "SANCTION MAR>IRN asserted",
  ]);
  // A verb with a subject of its own after كما keeps it.
  assert.deepEqual(
    eventLines(
      "أعلنت الحكومة النرويجية طرد ثلاثة دبلوماسيين روس، كما أعلنت وزارة الخارجية الروسية إغلاق القنصلية النرويجية.",
    ),
    ["SANCTION NOR>RUS asserted", "SANCTION RUS>NOR asserted"],
  );
  // An act of another kind after كما is not joined: the meeting stays unread.
  assert.deepEqual(eventLines("انتقدت السويد تصريحات المسؤول الإيراني، كما استقبلت طهران الوفد البرلماني."), [
    "ACCUSE SWE>IRN asserted",
  ]);
});

test("a measure's noun right after `، كما أمرت` is the clause before's act too", () => {
  // Before: the closing had no actor; the expulsion and the closing, two measures, came out as one.
  assert.deepEqual(
    eventLines(
      "أعلنت الحكومة النرويجية طرد ثلاثة دبلوماسيين روس، كما أمرت بإغلاق القنصلية الروسية في مدينة بيرغن.",
    ),
    ["SANCTION NOR>RUS asserted", "SANCTION NOR>RUS asserted"],
  );
  // With its own subject after the verb of ordering, the order is that subject's.
  assert.deepEqual(
    eventLines("أعلنت الحكومة النرويجية طرد ثلاثة دبلوماسيين روس، كما أمرت موسكو بإغلاق القنصلية النرويجية."),
    ["SANCTION NOR>RUS asserted", "SANCTION RUS>NOR asserted"],
  );
});

test("a release is done to the state of the one freed only through a nisba in his phrase", () => {
  // Before: the nisba of the man the freed policeman beat was read as the freed man's state.
  assert.deepEqual(
    eventLines("أعلنت السلطات الهندية إطلاق سراح الشرطي راجيف كومار المدان بضرب باكستاني أعزل."),
    [],
  );
  // The freed man's own nisba, before or after his name, names the state his release is done to.
  assert.deepEqual(
    eventLines("أعلنت وزارة الداخلية الهندية، الأحد، عن إطلاق سراح الصياد الباكستاني أحمد علي."),
    ["RETREAT IND>PAK asserted"],
  );
  assert.deepEqual(eventLines("أفرجت السلطات الهندية عن الصياد أحمد علي الباكستاني."), [
    "RETREAT IND>PAK asserted",
  ]);
});
