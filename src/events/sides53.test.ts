// The fifty-third round's readings of who acts and who is acted on (docs/EVENTS.md, "Fifty-third pass", branch
// sides53). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a participle after a clause with its own subject does not go back to the opening noun's genitive", () => {
  // Before: JPN>GBR, the ambassador whose tweet opens the sentence taken as the one who describes.
  assert.deepEqual(
    eventLines(
      'تغريدة السفير الياباني جاءت ردا على مؤتمر نفى فيه وزير الدفاع الروسي أي دور لبلاده، واصفا الاتهامات البريطانية بأنها "ملفقة".',
    ),
    ["ACCUSE RUS>GBR asserted"],
  );
  assert.deepEqual(
    eventLines(
      "تغريدة السفير الياباني جاءت ردا على مؤتمر نفى فيه وزير الدفاع الروسي أي دور لبلاده، متهما بريطانيا بتلفيق الأدلة.",
    ),
    ["ACCUSE RUS>GBR asserted"],
  );
  // With no other subject before the participle, the words stay the genitive's.
  assert.deepEqual(eventLines("تغريدة ترامب جاءت بعد يوم من الاجتماع، متهما الصين بسرقة التكنولوجيا."), [
    "ACCUSE USA>CHN asserted",
  ]);
  // A sentence that opens with a verb keeps its subject.
  assert.deepEqual(
    eventLines("ورد وزير الخارجية الياباني على تصريحات نظيره الروسي، متهما روسيا بنشر الأكاذيب."),
    ["ACCUSE JPN>RUS asserted"],
  );
});

test("a nisba one to three words after the head of a dish or a cuisine names where the dish comes from, no party", () => {
  // Before: CONSULT ITA>CHN, the rice dish's nisba read as the visitor.
  assert.deepEqual(eventLines("وقدم الطهاة للرئيس الفرنسي طبق الأرز الإيطالي خلال زيارته إلى الصين."), [
    "CONSULT FRA>CHN asserted",
  ]);
  // Wine is traded goods, not a dish: a tariff on it targets its nisba's state.
  assert.deepEqual(eventLines("وفرضت الصين رسوما جمركية على النبيذ الأسترالي."), [
    "SANCTION CHN>AUS asserted",
  ]);
  // A nisba before the dish is not the dish's, and still acts.
  assert.deepEqual(eventLines("وأهدى الرئيس الإيطالي نظيره الصيني طبقا تقليديا خلال زيارته إلى بكين."), [
    "CONSULT ITA>CHN asserted",
  ]);
});

test("a pair after بين that holds the actor's own state leaves the actor out of the recipient", () => {
  // Before: SUPPORT RUS>CHN+RUS.
  assert.deepEqual(eventLines("وأشاد الرئيس الروسي بعلاقات الثقة بين موسكو وبكين في مجال الدفاع."), [
    "SUPPORT RUS>CHN asserted",
  ]);
  // A recipient of other states only is as before.
  assert.deepEqual(eventLines("وأشاد الرئيس الروسي بعلاقات الثقة مع الصين."), ["SUPPORT RUS>CHN asserted"]);
});
