// Round 64 (plan64): the partner of relations named in a construct is the topic's, not the act's (relations-genitive.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("يبحث علاقات الحلف مع: the states after مع are the alliance's partners, not the ministers' counterparts", () => {
  assert.deepEqual(
    eventLines("وسوف يبحث وزراء دفاع الحلف الأطلسي علاقات الحلف مع مولدوفا وأرمينيا الأسبوع المقبل."),
    [],
  );
});

test("a definite head keeps its adjective: resumed relations with a state are an act with it", () => {
  assert.deepEqual(eventLines("وقررت إيران استئناف العلاقات الدبلوماسية مع العراق."), [
    "COOPERATE IRN>IRQ asserted",
  ]);
});

test("بحث العلاقات الثنائية مع نظيره: the counterpart after an adjective is the party talked with", () => {
  assert.deepEqual(eventLines("وبحث وزير الخارجية المصري العلاقات الثنائية مع نظيره الأردني."), [
    "CONSULT EGY>JOR asserted",
  ]);
});

test("the party talked with stands before the topic: it keeps the act", () => {
  assert.deepEqual(
    eventLines("وبحث وزير الخارجية الفرنسي مع نظيره الألماني علاقات الاتحاد مع روسيا.").filter((l) =>
      l.startsWith("CONSULT"),
    ),
    ["CONSULT FRA>DEU asserted"],
  );
});
