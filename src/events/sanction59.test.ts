// The fifty-ninth round's readings of expulsions and cut ties (branch expel59). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("suspending the issue of visas for a state's citizens is a sanction on that state", () => {
  // Before: the verb of suspending needed a talk, a treaty or a channel after it, and visas were none.
  assert.deepEqual(eventLines("وعلقت أنقرة إصدار التأشيرات للمواطنين الهولنديين بعد الأزمة.", "states"), [
    "SANCTION TUR>NLD",
  ]);
  assert.deepEqual(eventLines("وأعلنت المنامة تعليق إصدار التأشيرات للمواطنين الإيرانيين.", "states"), [
    "SANCTION BHR>IRN",
  ]);
  // A comment on visas (the noun تعليق as a remark) is no measure, nor are visas suspended by nobody.
  assert.deepEqual(eventLines("وقال المتحدث في تعليق على التأشيرات إن الإجراءات لم تتغير.", "states"), []);
});

test("a subject that opens the sentence or a clause before its speech verb is the speaker of its pronoun", () => {
  // Before: only a speaker after the verb, or after a pluperfect كان, carried إنها، أنها to the act.
  assert.deepEqual(eventLines("اليابان قالت إنها ستطرد دبلوماسيين كوريين شماليين.", "states"), [
    "SANCTION JPN>PRK",
  ]);
  assert.deepEqual(eventLines("لكن الرباط أعلنت الأسبوع الماضي أنها طردت السفير الإيراني.", "states"), [
    "SANCTION MAR>IRN",
  ]);
  // A subject after أما (فأكدت) or a relative stays unread.
  assert.deepEqual(eventLines("أما النمسا فأكدت أنها لن تطرد أي دبلوماسي روسي.", "states"), []);
});

test("ties that a relative clause says a state cut are cut by that state", () => {
  // Before: قطع was read only in its bare forms, so the pronoun of the relative clause hid the verb.
  assert.deepEqual(eventLines("واستأنف البلدان العلاقات التي قطعتها الكويت مع بغداد عام 1990.", "states"), [
    "SANCTION KWT>IRQ",
  ]);
  // Promises made and distances covered are no ties cut.
  assert.deepEqual(eventLines("وقال إن الوعود التي قطعتها واشنطن لبغداد لم تتحقق.", "states"), []);
});
