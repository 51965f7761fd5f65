// The fortieth round's readings of requests (docs/EVENTS.md, "Fortieth pass", branch req40).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a request to people (journalists, investors) asks no state", () => {
  // Before: the state the journalists come from was read as the one asked.
  assert.deepEqual(
    coded("وقالت الحكومة الإيرانية إنها ستدعو صحفيين من ألمانيا لزيارة منشآتها الشهر المقبل."),
    [],
  );
  assert.deepEqual(coded("وحثت الصين المستثمرين الأمريكيين على العودة إلى أسواقها."), []);
  // A state asked stays asked, even when people are named in what it is asked to do.
  assert.deepEqual(coded("ودعت الصين الولايات المتحدة إلى إرسال مراقبين إلى المنطقة."), [
    "REQUEST CHN>USA asserted",
  ]);
});

test("عرض is an offer only with a plan, not with any word opening خط (عرّض للخطر: endangered)", () => {
  // Before: للخطر and خطير met the need خط, so endangering read as an offer.
  assert.deepEqual(
    coded('وقال الوزير الصيني إن "واشنطن أرسلت سفنها إلى المنطقة وعرضت الأمن الإقليمي للخطر بشكل خطير".'),
    [],
  );
  assert.deepEqual(coded("وعرضت اليابان على الفلبين خطة لتطوير موانئها."), ["REQUEST JPN>PHL asserted"]);
});

test("a first-person singular demand in a quote is the speaker's, the party after it the one asked", () => {
  // Before: أدعو and أطالب were no trigger.
  assert.deepEqual(coded('وقال وزير الخارجية الفرنسي: "أطالب إيران بالإفراج عن المحتجزين فورا".'), [
    "REQUEST FRA>IRN asserted",
  ]);
  assert.deepEqual(coded('وقال وزير الخارجية الفرنسي: "أدعو الهند وباكستان إلى ضبط النفس".'), [
    "REQUEST FRA>IND+PAK asserted",
  ]);
  // The first person plural reads as before.
  assert.deepEqual(coded('وقال وزير الخارجية الفرنسي: "نطالب إيران بالإفراج عن المحتجزين".'), [
    "REQUEST FRA>IRN asserted",
  ]);
});

test("a dual participle of asking (داعيتين) carries the two states' request", () => {
  assert.deepEqual(coded("وأصدرت فرنسا وألمانيا بيانا مشتركا داعيتين روسيا إلى وقف القصف فورا."), [
    "REQUEST DEU+FRA>RUS asserted",
  ]);
  // The masculine plural stays unread: protesters, not states, take it.
  assert.deepEqual(coded("وخرج المحتجون في شوارع بغداد مطالبين الحكومة الإيرانية بوقف تدخلها."), []);
});
