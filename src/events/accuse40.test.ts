// The fortieth round's reading of charges told without an accusing verb (branch accuse40): a state
// called the sponsor, backer, funder or source of terrorism in a speaker's clause is charged by the
// speaker. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state named the sponsor or source of terrorism is accused by the speaker", () => {
  // Before: no verb of accusing, so no event.
  assert.deepEqual(coded("وقال وزير الخارجية الأردني إن سوريا هي الممول الأكبر للإرهاب في المنطقة."), [
    "ACCUSE JOR>SYR asserted",
  ]);
  assert.deepEqual(coded("وقالت الخارجية الفرنسية إن ليبيا كانت المنبع الرئيسي للتطرف."), [
    "ACCUSE FRA>LBY asserted",
  ]);
});

test("accuse40 guard: the same nouns with no terror after them, or no speaker, are no charge", () => {
  // A backer of a government is no charge.
  assert.deepEqual(coded("وقال وزير الخارجية الأردني إن سوريا هي الداعم الأول للحكومة."), []);
  // A source talking about terrorism names no state charged.
  assert.deepEqual(coded("وقال مصدر في مكافحة الإرهاب إن الهجوم فشل."), []);
});
