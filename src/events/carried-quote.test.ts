// A quoted act after a bare `وأضاف:` is the earlier speaker's, its others read inside the quote as with a
// named speaker (carried-quote.ts). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const typed = (text: string, type: string) => eventLines(text).filter((l) => l.startsWith(type));

test("a bare وأضاف: the condemned doer in the quote's relative clause is the recipient", () => {
  const text =
    'قال وزير الخارجية الأردني أيمن الصفدي: "نقف إلى جانب الشعب الفلسطيني في هذه المحنة".\n' +
    'وأضاف:" نستنكر القرار الذي اتخذته الولايات المتحدة بشأن وكالة غوث اللاجئين".';
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE JOR>USA asserted"]);
});

test("the same quote after a named speaker reads alike", () => {
  const text =
    'وقال وزير الخارجية الأردني أيمن الصفدي:" نستنكر القرار الذي اتخذته الولايات المتحدة بشأن الوكالة".';
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE JOR>USA asserted"]);
});
