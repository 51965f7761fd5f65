// The forty-first round's readings of meetings told by their setting or their host city (docs/EVENTS.md,
// "Forty-first pass", branch meet41). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a meeting that sets a speech and names only the side met is the speaker's", () => {
  // Before: after a long reported clause with an aside, the press conference had the side met alone and was lost.
  assert.deepEqual(
    coded(
      "أكد الرئيس البرازيلي، ميشال تامر، أنه يأمل أن تزيد التجارة مع الأرجنتين، في تعليقه على الاتفاق الذي يجمع دول السوق المشتركة مع أوروبا، وذلك خلال مؤتمر صحفي عقده مع الرئيس الأرجنتيني.",
    ),
    ["CONSULT BRA>ARG asserted"],
  );
  // Talks with a state told inside the reported clause are no meeting of the speaker's.
  assert.deepEqual(coded("وقال وزير الخارجية الهولندي إن المحادثات مع إيران لن تبدأ قبل الخريف."), []);
});

test("a summit named by its host city takes the sentence's one other state", () => {
  // Before: the city was no side and the summit had its actor alone.
  assert.deepEqual(coded("وأشاد الرئيس الفرنسي بالمستشارة الألمانية خلال قمة لشبونة في مارس الماضي."), [
    "SUPPORT FRA>DEU asserted",
    "CONSULT DEU>FRA asserted",
  ]);
  // With no other state in the sentence, the city is still no partner.
  assert.deepEqual(coded("وتحدث الرئيس الفرنسي عن الهجرة خلال قمة لشبونة في مارس الماضي."), []);
});
