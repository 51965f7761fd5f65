// The forty-sixth round's readings of lists of states that were cut to one or two members (docs/EVENTS.md,
// "Forty-sixth pass", branch list46). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a و-act after a directed act shares its whole subject list, not the first member", () => {
  // Before: the second act (the borders closed) was read for Kuwait alone.
  assert.deepEqual(coded("وسحبت الكويت والبحرين والأردن سفراءها من دمشق، وأغلقت حدودها مع سوريا."), [
    "SANCTION BHR+JOR+KWT>SYR asserted",
    "SANCTION BHR+JOR+KWT>SYR asserted",
  ]);
  // After a mutual act (no object state) the later act keeps its own reading.
  assert.deepEqual(coded("ووقعت اليونان وقبرص اتفاقا للتعاون البحري، واتهمت كل منهما أنقرة بالتصعيد."), [
    "SUPPORT CYP+GRC> asserted",
    "ACCUSE CYP+GRC>TUR asserted",
  ]);
});

test("'كل من' right after the opening verb is the subject a later verb of the sentence shares", () => {
  // Before: the first state after كل من was taken for a preposition's object and left out.
  assert.deepEqual(
    coded("وقد أوقفت كل من ألمانيا والنمسا وهولندا صادرات السلاح إلى الرياض، وطالبتها بوقف الحرب في اليمن."),
    ["SANCTION AUT+DEU+NLD>SAU asserted", "REQUEST AUT+DEU+NLD>SAU asserted"],
  );
  // After مع, كل من lists the other side, as before.
  assert.deepEqual(
    coded("وبحث وزير الخارجية الأردني في اتصال مع كل من نظرائه السعودي والمصري والإماراتي الأوضاع في غزة."),
    ["CONSULT JOR>ARE+EGY+SAU asserted"],
  );
});

test("a denial of a clause that 'كل من' opens answers every state of the list", () => {
  // Before: Canada, the first of the list, was not among those the criticism answered.
  assert.deepEqual(
    coded("فرضت كل من كندا وأستراليا ونيوزيلندا قيودا على صادراتها إلى الصين، وهو ما انتقدته بكين بشدة."),
    ["SANCTION AUS+CAN+NZL>CHN asserted", "ACCUSE CHN>AUS+CAN+NZL asserted"],
  );
});

test("the owners of a judged act are every state of a و-list, not the first two", () => {
  // Before: Israel, the third of the list, was dropped.
  assert.deepEqual(
    coded("وقال المندوب الإيراني إن ما تقوم به الولايات المتحدة وبريطانيا وإسرائيل في سوريا عدوان سافر."),
    ["ACCUSE IRN>GBR+ISR+USA asserted"],
  );
  // A list whose next member is no state stops there.
  assert.deepEqual(
    coded("وقال المندوب الإيراني إن الولايات المتحدة وحلفاءها والمنظمات الغربية مسؤولة عن تدهور الأوضاع."),
    ["ACCUSE IRN>USA asserted"],
  );
});

test("عُمان written with its vowel is Oman, not Jordan's capital", () => {
  // Before: the shared spelling was read by the article's words, where Jordan was named.
  assert.deepEqual(coded("وأعربت الكويت والبحرين وعُمان عن تضامنها مع الأردن."), [
    "SUPPORT BHR+KWT+OMN>JOR asserted",
  ]);
  // Unvoweled, it is still read from the article (here the Jordanian capital, a place).
  assert.deepEqual(
    coded(
      "وأكد العاهل الأردني من عمان دعمه للفلسطينيين في القدس، وقال إن الأردن يرفض نقل السفارة الأمريكية.",
    ),
    ["SUPPORT JOR>PSE asserted"],
  );
});

test("a state that joins others in an act (انضم … إلى … في) does it with them", () => {
  // Before: no event; the act's agent was not read past the verb of joining.
  assert.deepEqual(coded("وانضمت النرويج إلى السويد والدنمارك في استدعاء السفير الروسي."), [
    "ACCUSE DNK+NOR+SWE>RUS asserted",
  ]);
  // With no joiner named after the verb, the act is read as before.
  assert.deepEqual(
    coded("وقالت الخارجية السويدية إن الوزيرة انضمت إلى الحملة في استدعاء السفير الروسي."),
    [],
  );
});
