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

test("an interview a president gave to an outlet, criticising in it: the president, subject of أجرى, criticises", () => {
  const text = "وأجرى الرئيس التركي مقابلة مع قناة روسية اتهم فيها الولايات المتحدة بدعم الإرهاب.";
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE TUR>USA asserted"]);
});

test("an interview with a named paper: the minister before the noun is the author, not the paper's state", () => {
  const text =
    "وأجرت وزيرة الخارجية السويدية مقابلة مع صحيفة الغارديان البريطانية اتهمت فيها روسيا بتهديد أمن أوروبا.";
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE SWE>RUS asserted"]);
});

test("a statement a ministry published on an agency's site: the ministry accuses", () => {
  const text =
    "ونشرت وزارة الخارجية القطرية بيانا على موقع الوكالة الرسمية اتهمت فيه الإمارات بقرصنة الوكالة.";
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE QAT>ARE asserted"]);
});

test("an outlet that made the interview is no author: the guest after مع accuses", () => {
  const text = "وأجرى التلفزيون الروسي مقابلة مع الرئيس السوري هاجم فيها الولايات المتحدة.";
  assert.deepEqual(typed(text, "ACCUSE"), ["ACCUSE SYR>USA asserted"]);
});
