// A verb with فيه/فيها after a text of speech is the text's author's act (statement-author.ts). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const typed = (text: string, type: string) => eventLines(text).filter((l) => l.startsWith(type));

test("a statement a ministry issued, and accused in it another state: the ministry accuses", () => {
  const text =
    "جاء ذلك بعد بيان أصدرته وزارة الخارجية الجزائرية، أمس، واتهمت فيه المغرب بالتدخل في شؤونها الداخلية.";
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE DZA>MAR asserted"]);
});

test("a tweet its writer threatens in: the writer threatens the state after فيها", () => {
  const text = "وجاء الرد بعد تغريدة نشرها الرئيس الأمريكي على حسابه يهدد فيها كوريا الشمالية بعواقب وخيمة.";
  assert.deepEqual(typed(text, "THREATEN"), ["THREATEN USA>PRK asserted"]);
});
