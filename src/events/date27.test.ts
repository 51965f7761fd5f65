// The twenty-seventh pass on background acts and their dates (docs/EVENTS.md, "Twenty-seventh pass:
// background acts and their dates"). Sentences written for these tests; published Thursday 2019-03-07.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

const PUBLISHED = "2019-03-07";

/** Each event as `TYPE ACTOR>RECIPIENT modality date`. */
const dated = (text: string) =>
  analyzeText(text, { published: PUBLISHED }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} ${e.modality} ${e.date ?? "-"}`;
  });

test("an act told in the pluperfect with no date of its own has no date", () => {
  assert.deepEqual(dated("وكانت اليونان قد استدعت سفيرها من تركيا احتجاجا على انتهاك مجالها الجوي."), [
    "SANCTION GRC>TUR asserted -",
  ]);
  assert.deepEqual(
    dated("وكان وزير الخارجية الأردني، أيمن الصفدي، قد اتهم إسرائيل بانتهاك الوضع القائم في القدس."),
    ["ACCUSE JOR>ISR asserted -"],
  );
});

test("a pluperfect act with its own date, or an act before the pluperfect, keeps its date", () => {
  // Guard: the clause names its date.
  assert.deepEqual(
    dated("وكانت اليونان قد استدعت سفيرها من تركيا يوم الثلاثاء احتجاجا على انتهاك مجالها الجوي."),
    ["SANCTION GRC>TUR asserted 2019-03-05"],
  );
  // Guard: the act is told in the present; the pluperfect is another clause's.
  assert.deepEqual(
    dated("واتهم وزير الخارجية الأردني إسرائيل بانتهاك الوضع القائم، وكان البرلمان قد ناقش القضية."),
    ["ACCUSE JOR>ISR asserted 2019-03-07"],
  );
});

test("an act told in the pluperfect without قد, at the sentence's opening كان, has no date", () => {
  assert.deepEqual(dated("وكانت الحكومة اليونانية اتهمت تركيا بانتهاك مجالها الجوي مرات عدة."), [
    "ACCUSE GRC>TUR asserted -",
  ]);
});

test("كان as a copula, or before أن, leaves the act's date alone", () => {
  // Guard: the act is after `بعد أن`, not the verb of the opening كان.
  assert.deepEqual(
    dated("وكان ذلك بعد أن اتهمت الحكومة اليونانية تركيا بانتهاك مجالها الجوي.").map((l) =>
      l.split(" ").at(-1),
    ),
    ["2019-03-07"],
  );
});

test("a verb joined by و after a pluperfect continues it and has no date", () => {
  assert.deepEqual(
    dated("وكانت اليونان قد استدعت سفيرها من أنقرة وطردت السفير التركي من أثينا.").map((l) =>
      l.split(" ").at(-1),
    ),
    ["-", "-"],
  );
});

test("a joined verb in a sentence with no pluperfect keeps the publication day", () => {
  // Guard: `كان` with no `قد` after it is no pluperfect to continue.
  assert.deepEqual(
    dated("وقال الوزير إن الوضع كان صعبا وطردت اليونان السفير التركي من أثينا.").map((l) =>
      l.split(" ").at(-1),
    ),
    ["2019-03-07"],
  );
});
