// Twenty-seventh pass, acts with one side found: the other side, second round (branch recip27,
// docs/EVENTS.md "Twenty-seventh pass: acts with one state found: the other side, second round").
// Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");

test("recip27: a tariff on goods imported from a state targets that state", () => {
  const list = "وفرضت الولايات المتحدة، الخميس، رسوما إضافية على واردات الأسمنت والخشب من المكسيك وكندا.";
  assert.ok(lines(list).includes("SANCTION USA>CAN+MEX"), lines(list).join("; "));
  const participle = "وفرضت اليابان، الجمعة، رسوما على جميع منتجات الحديد والألومنيوم المستورد من تركيا.";
  assert.ok(lines(participle).includes("SANCTION JPN>TUR"), lines(participle).join("; "));
});

test("recip27 guard: a من of a rate, or past the goods' stretch of words, names no origin", () => {
  const rate =
    "وقالت الصين، الإثنين، إنها ستقلص الرسوم على واردات الأجهزة الطبية من 20 في المئة إلى 8 في المئة.";
  assert.ok(!lines(rate).some((l) => l.startsWith("CONCEDE")), lines(rate).join("; "));
  const far = "وفرضت الهند رسوما على واردات الصلب، في خطوة جاءت بعد أيام من زيارة وفد من اليابان.";
  assert.ok(!lines(far).some((l) => l.startsWith("SANCTION")), lines(far).join("; "));
});

test("recip27: a state right after a verb of the masculine form is its object; the subject opens the sentence", () => {
  const text = "وقال الرئيس الأمريكي إن قادة إيران يبددون ثروات شعبهم، ووصف طهران بأنها أكبر راع للإرهاب.";
  const got = lines(text);
  assert.ok(got.includes("ACCUSE USA>IRN"), got.join("; "));
  assert.ok(!got.includes("ACCUSE IRN>USA"), got.join("; "));
  // Guards: a feminine verb's state is its subject; a masculine name keeps its place as the subject.
  const feminine = "وقال المتحدث إن الوضع خطير، واتهمت طهران واشنطن بدعم الجماعات المسلحة.";
  assert.ok(lines(feminine).includes("ACCUSE IRN>USA"), lines(feminine).join("; "));
  const masculine = "واتهم العراق تركيا بانتهاك سيادته.";
  assert.ok(lines(masculine).includes("ACCUSE IRQ>TUR"), lines(masculine).join("; "));
});
