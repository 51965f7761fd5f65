// The twenty-fifth pass on the dates of found events (docs/EVENTS.md, "Twenty-fifth pass: dates of
// found events"). Sentences written for these tests; published Thursday 2019-03-07.
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

test("an act told at a meeting named again by its noun takes the meeting's day", () => {
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتفق الرئيسان خلال اللقاء على فتح المعابر الحدودية بين البلدين.",
    ),
    ["CONSULT EGY>SDN asserted 2019-03-04", "AGREE EGY+SDN> asserted 2019-03-04"],
  );
  assert.deepEqual(
    dated(
      "وعقد وزير الخارجية الفرنسي محادثات مع نظيره الألماني في برلين الشهر الماضي.\n\nوتعهد الوزيران عقب المحادثات بتعزيز التعاون العسكري بين البلدين.",
    ).filter((l) => !l.startsWith("CONSULT")),
    ["AGREE DEU+FRA> asserted 2019-02"],
  );
});

test("an act with no meeting named, or of other states, keeps the publication day", () => {
  // Guard: `بعد` may tell a later day.
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتفق الرئيسان بعد اللقاء على فتح المعابر الحدودية بين البلدين.",
    ).at(-1),
    "AGREE EGY+SDN> asserted 2019-03-07",
  );
  // Guard: no meeting named again in the act's sentence.
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتفق الرئيسان على فتح المعابر الحدودية بين البلدين.",
    ).at(-1),
    "AGREE EGY+SDN> asserted 2019-03-07",
  );
  // Guard: a state that was not at the meeting.
  assert.deepEqual(
    dated(
      "والتقى الرئيس المصري نظيره السوداني في القاهرة يوم الاثنين.\n\nواتهم الرئيس المصري خلال اللقاء إثيوبيا بتهديد الأمن المائي.",
    ).filter((l) => l.startsWith("ACCUSE")),
    ["ACCUSE EGY>ETH asserted 2019-03-07"],
  );
});

test("a date that opens the sentence dates an act of a nested clause that names none", () => {
  assert.deepEqual(
    dated(
      "ويوم الاثنين بدا أن ألمانيا تختلف مع فرنسا لما بدا أنه دعمها للسلطات البريطانية في اتهام روسيا بتسميم العميل.",
    ),
    ["ACCUSE GBR>RUS asserted 2019-03-04"],
  );
  assert.deepEqual(
    dated("4 مارس/آذار: تقول كوريا الشمالية إنها قد تلغي القمة متهمة اليابان بالتصريحات المتهورة.").filter(
      (l) => l.startsWith("ACCUSE"),
    ),
    ["ACCUSE PRK>JPN asserted 2019-03-04"],
  );
  // A year opening the sentence may be a report's, not the act's (frontedDate reads no year); but a
  // participle after the report is the speaker's act as it speaks, and takes the report's date, the year
  // before its speech verb (fortieth pass, lead40).
  assert.deepEqual(
    dated("في عام 2011: تقول كوريا الشمالية إنها قد تلغي القمة متهمة اليابان بالتصريحات المتهورة.").filter(
      (l) => l.startsWith("ACCUSE"),
    ),
    ["ACCUSE PRK>JPN asserted 2011"],
  );
  // Guard: a date after منذ opens a span, not the sentence's day.
  assert.deepEqual(dated("منذ يوم الاثنين بدا أن ألمانيا تؤيد بريطانيا في اتهام روسيا بتسميم العميل."), [
    "SUPPORT DEU>GBR asserted 2019-03-07",
  ]);
});
