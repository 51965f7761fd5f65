// Parties lost: trigger hits whose act and one side were read but whose other side was not (docs/EVENTS.md,
// "Nineteenth pass: parties lost, places and agreements"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a withdrawal from an agreement named without its state is done to that state", () => {
  assert.deepEqual(coded("وأعلن الرئيس يوم الثلاثاء انسحاب الولايات المتحدة من الاتفاق النووي."), [
    "SANCTION USA>IRN asserted",
  ]);
  assert.deepEqual(
    coded("وقال المتحدث إن بلاده مستعدة لكل الاحتمالات إذا انسحبت واشنطن من الاتفاق النووي."),
    ["SANCTION USA>IRN conditional"],
  );
  assert.deepEqual(coded("وتراجعت العملة بعد الانسحاب الأمريكي من الاتفاق النووي الشهر الماضي."), [
    "SANCTION USA>IRN asserted",
  ]);
  // Guards: the deal's own state leaving it acts on no one; a noun whose agent is not its genitive,
  // nisba or pronoun (`من مغبة الانسحاب`) makes no act; another agreement keeps no state.
  assert.deepEqual(coded("وقال المسؤول إن طهران ستنسحب من الاتفاق النووي."), []);
  assert.deepEqual(
    coded("وحذرت برلين الرئيس الأمريكي مجددا من مغبة الانسحاب من الاتفاق النووي.").filter((e) =>
      e.startsWith("SANCTION"),
    ),
    [],
  );
  assert.deepEqual(coded("وانسحبت الولايات المتحدة من اتفاقية المناخ."), []);
});

test("a counterpart after the trigger is the other side; its owner, the person before, acts", () => {
  assert.deepEqual(coded("وقال وزير الخارجية الياباني إن الاتفاق سيوقع عندما يلتقي نظيره الهندي."), [
    "AGREE JPN>IND future",
  ]);
  assert.deepEqual(coded("وقال وزير الدفاع الفرنسي، بعد لقاء نظيره الألماني، إن التعاون سيتعزز."), [
    "CONSULT FRA>DEU asserted",
  ]);
  // A host's guest is the visitor, who acts.
  assert.deepEqual(coded("وتحدث الرئيس البرازيلي للصحفيين أثناء استقبال نظيره الأرجنتيني."), [
    "CONSULT ARG>BRA asserted",
  ]);
  // Guard: the nearest person before is of the counterpart's own state: no guess farther back.
  assert.deepEqual(coded("وقال الرئيس الفرنسي إن وزير الخارجية الألماني سيجتمع مع نظيره الألماني."), []);
});
