// The thirty-eighth round's readings of requests and rejections (branch reqrej38). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a time phrase between a title's body and the object keeps the object the addressee", () => {
  // Before: no event, the United Nations after ل read as the addressee and no actor left.
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة يوم الأربعاء إيران على ضبط النفس في الخليج."), [
    "REQUEST IGO>IRN asserted",
  ]);
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة، مساء الأحد، إيران على ضبط النفس في الخليج."), [
    "REQUEST IGO>IRN asserted",
  ]);
  // With no time phrase: unchanged.
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة إيران على ضبط النفس في الخليج."), [
    "REQUEST IGO>IRN asserted",
  ]);
  // A phrase closed by a comma it was not opened with is not skipped: unchanged, no event.
  assert.deepEqual(coded("وحث الأمين العام للأمم المتحدة يوم الأربعاء، إيران على ضبط النفس في الخليج."), []);
});

test("a time phrase after a subject's appositive name keeps the object the addressee", () => {
  // Before: no event, the envoy's name read as the addressee.
  assert.deepEqual(
    coded("وطالب مبعوث الأمم المتحدة، مارتن غريفيث، يوم الخميس السعودية بفتح ميناء الحديدة أمام المساعدات."),
    ["REQUEST IGO>SAU asserted"],
  );
  // With no time phrase: unchanged.
  assert.deepEqual(
    coded("وطالب مبعوث الأمم المتحدة، مارتن غريفيث، السعودية بفتح ميناء الحديدة أمام المساعدات."),
    ["REQUEST IGO>SAU asserted"],
  );
});

test("a verb with an indefinite person as its own subject takes no state named before its comma", () => {
  // Before: REQUEST DEU>FRA and DEU>RUS, the state inside the clause before read as the subject.
  assert.deepEqual(
    coded(
      "ووصف وزير الخارجية الفرنسي الحملة بأنها تذكر بسياسات ألمانيا في الثلاثينيات، ودعا نائب عن المعارضة في الجمعية الوطنية الفرنسية إلى وقفها.",
    ),
    [],
  );
  assert.deepEqual(
    coded(
      "وشبه الوزير البريطاني البطولة بدورة ألمانيا عام 1936، وطالب نائب عن حزب العمال في مجلس العموم بنقلها من روسيا.",
    ),
    [],
  );
  // A و-verb with no subject of its own continues the clause before: unchanged.
  assert.deepEqual(coded("التقى وزير الخارجية الروسي نظيره البريطاني في لندن، ودعا بريطانيا إلى الحوار."), [
    "CONSULT RUS>GBR asserted",
    "REQUEST RUS>GBR asserted",
  ]);
  // A member head whose seat names its state keeps that state: unchanged.
  assert.deepEqual(
    coded("وانتقدت الصين العقوبات الأمريكية الجديدة، وطالب مسؤولون في بكين واشنطن بالتراجع عنها."),
    ["ACCUSE CHN>USA asserted", "REQUEST CHN>USA asserted"],
  );
});

const dated = (text: string) => datedLines(text, "2019-06-20");

test("a present denial that sums up a claim is not dated by the year inside the claim", () => {
  // Before: REJECT USA>TUR dated 2016, the year of the coup the charge is about. Since deal52 made `وقوف` a
  // trigger noun, the year dates the act charged (`الوقوف وراء`), and the charge takes the page's day.
  assert.deepEqual(
    dated("وتتهم أنقرة واشنطن بالوقوف وراء محاولة الانقلاب في عام 2016، وهو ما تنفيه الولايات المتحدة."),
    ["ACCUSE TUR>USA 2019-06-20", "REJECT USA>TUR 2019-06-20"],
  );
  // A denial in the perfect keeps the date its sentence gives: unchanged; the charge, as above, the page's day.
  assert.deepEqual(
    dated("واتهمت أنقرة واشنطن بالوقوف وراء محاولة الانقلاب في عام 2016، وهو ما نفته الولايات المتحدة."),
    ["ACCUSE TUR>USA 2019-06-20", "REJECT USA>TUR 2016"],
  );
});
