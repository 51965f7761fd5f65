// A host's welcome of the guests at an occasion (guests-welcomed.ts, branch support58): no praise of a state.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a welcome of the guests greets them: the states in the guest list are not welcomed", () => {
  assert.deepEqual(coded("ورحب السفير الأمريكي بالحضور ومنهم رئيس الوزراء الإسرائيلي وعدد من الوزراء."), []);
  assert.deepEqual(coded("ورحبت الملكة البريطانية بضيوفها ومنهم الرئيس الفرنسي وعقيلته."), []);
});

test("a welcome of a deed or of a state's act keeps its reading", () => {
  assert.deepEqual(coded("ورحبت فرنسا بالخطوة التي أعلنتها كوريا الشمالية."), ["SUPPORT FRA>PRK asserted"]);
  assert.deepEqual(coded("ورحب السفير الأمريكي بقرار إسرائيل الانسحاب من البلدة."), [
    "SUPPORT USA>ISR asserted",
  ]);
});
