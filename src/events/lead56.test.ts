// The lead's readings of the fifty-sixth round (docs/EVENTS.md, "Fifty-sixth passes", branch lead56), from
// the hand check of main before the round. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("an imperfect verb joined by و to a future verb of its clause is to come too", () => {
  // Before: the expulsion, with no س of its own, was coded as done.
  assert.deepEqual(
    eventLines("وقال وزير الخارجية التونسي إن تونس ستستدعي سفيرها من ليبيا وتطرد السفير الليبي.", "modality"),
    ["SANCTION TUN>LBY future", "SANCTION TUN>LBY future"],
  );
  assert.deepEqual(eventLines("وقال الوزير إن الجزائر ستغلق سفارة مالي، وتطرد سفيرها.", "modality"), [
    "SANCTION DZA>MLI future",
    "SANCTION DZA>MLI future",
  ]);
  // A noun of the same shape (`سيادة`) is no future verb: the demand is made now.
  assert.deepEqual(
    eventLines("ولا تزال الجزائر تدعم سيادة الصحراويين على أرضهم، وتطالب المغرب بالانسحاب.", "modality"),
    ["REQUEST DZA>MAR asserted"],
  );
  // A verb told after a speech verb is the report's, not the future's.
  assert.deepEqual(
    eventLines("وستستقبل تونس الوفد الليبي غدا، وقال الوزير إن تونس تطرد السفير الليبي.", "modality").sort(),
    ["AGREE TUN>LBY future", "SANCTION TUN>LBY asserted"],
  );
});

test("an envoy named with the seat of the post before a verb is the verb's subject", () => {
  // Before: the seat (the UN) was read as the one who urged, or no event was found.
  assert.deepEqual(eventLines("وكانت سفيرة الولايات المتحدة لدى الأمم المتحدة حثت روسيا على وقف القصف."), [
    "REQUEST USA>RUS asserted",
  ]);
  assert.deepEqual(eventLines("وكان السفير الفرنسي لدى الاتحاد الأوروبي قد انتقد تركيا."), [
    "ACCUSE FRA>TUR asserted",
  ]);
  // A seat no mention names.
  assert.deepEqual(eventLines("وكانت مندوبة بريطانيا لدى المنظمة الدولية طالبت إيران بوقف التجارب."), [
    "REQUEST GBR>IRN asserted",
  ]);
  // After a noun the title is a genitive, and the trigger word after the seat is a noun of its own.
  assert.deepEqual(
    eventLines(
      "وجاء ذلك بعد انتقاد السفير الإيراني لدى باريس رفض الحكومة الفرنسية منح تأشيرة لوزير إيراني.",
    ).sort(),
    ["ACCUSE IRN>FRA asserted", "REJECT FRA>IRN asserted"],
  );
});

test("a party before a time word (بعد، بعيد) is not the agent of the act noun after it", () => {
  // Before: the Iranian delegation was read as the one who struck.
  assert.deepEqual(
    eventLines("وجاء استقبال الرئيس العراقي للوفد الإيراني بعيد الغارات الجوية الغربية على مواقع في سوريا."),
    ["CONSULT IRQ>IRN asserted"],
  );
  // Right before the noun, with no time word between, the party is its agent.
  assert.deepEqual(eventLines("ونددت الحكومة الفرنسية بالهجوم الإيراني."), ["ACCUSE FRA>IRN asserted"]);
});
