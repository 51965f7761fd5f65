// The forty-fifth round's fold of one report's stance told again in a sentence that continues it (docs/EVENTS.md,
// "Forty-fifth pass", branch dup45). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");
const opening = "وصل الوفد إلى العاصمة صباح اليوم.";

test("a charge told again in a sentence opened by وأضافت is the same report's charge", () => {
  const charge = "واتهمت الحكومة المصرية إثيوبيا بعرقلة المفاوضات حول السد.";
  // Before: an accusation is a type whose repeats stay apart, and the continuation was a second event.
  assert.deepEqual(
    coded(`${opening} ${charge} وأضافت الحكومة المصرية أن إثيوبيا تتحمل المسؤولية عن فشل المفاوضات.`),
    ["ACCUSE EGY>ETH asserted"],
  );
  // A sentence opened by a plain speech verb (وقالت) may be another statement: it stays apart.
  assert.deepEqual(
    coded(`${opening} ${charge} وقالت الحكومة المصرية إن إثيوبيا تتحمل المسؤولية عن فشل المفاوضات.`),
    ["ACCUSE EGY>ETH asserted", "ACCUSE EGY>ETH asserted"],
  );
});

test("praise continued by وتابعت folds, unless the continuation dates it apart", () => {
  const praise = "وأشادت فرنسا بدور المغرب في حفظ السلام.";
  assert.deepEqual(coded(`${opening} ${praise} وتابعت فرنسا أنها تشيد بجهود المغرب في المنطقة.`), [
    "SUPPORT FRA>MAR asserted",
  ]);
  // With a time of its own the act told in the continuation is another one.
  assert.deepEqual(
    coded(`${opening} ${praise} وتابعت فرنسا أنها أشادت الشهر الماضي بجهود المغرب في المنطقة.`),
    ["SUPPORT FRA>MAR asserted", "SUPPORT FRA>MAR asserted"],
  );
});

test("a threat continued by وأضافت stays a second threat: its content makes the act", () => {
  assert.deepEqual(
    coded(
      `${opening} وهددت الحكومة المصرية إثيوبيا بوقف التعاون. وأضافت الحكومة المصرية أنها تهدد إثيوبيا بقطع العلاقات.`,
    ),
    ["THREATEN EGY>ETH asserted", "THREATEN EGY>ETH asserted"],
  );
});
