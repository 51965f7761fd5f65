// Recall of REQUEST told as a wish (branch wish59). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality`, states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("a want whose wanter is named by a state's nisba (`بعض المسؤولين الأميركيين`) asks the state after أن", () => {
  assert.deepEqual(coded("ويريد بعض المسؤولين الأمريكيين أن توافق الصين على استئناف الاتصالات العسكرية."), [
    "REQUEST USA>CHN asserted",
  ]);
  // Guards: the wanted act's subject is of the wanter's own state, or no state follows أن.
  assert.deepEqual(coded("ويريد بعض المسؤولين الأمريكيين أن تخفض الولايات المتحدة إنفاقها العسكري."), []);
  assert.deepEqual(coded("ويريد بعض المسؤولين الأمريكيين أن يتم تمديد المهلة."), []);
});

test("a state's demands (مطالب، مطالبات) answered by another state are the demander's REQUEST of it", () => {
  assert.deepEqual(coded("وتجاهلت واشنطن مطالبات أنقرة بتسليم المعارض المقيم على أراضيها."), [
    "REJECT USA>TUR asserted",
    "REQUEST TUR>USA asserted",
  ]);
  assert.deepEqual(coded("ورفضت الدوحة المطالب السعودية بإغلاق القناة الفضائية."), [
    "REJECT QAT>SAU asserted",
    "REQUEST SAU>QAT asserted",
  ]);
  assert.deepEqual(coded("ووافقت واشنطن على تلبية مطالب إيران."), [
    "AGREE USA>IRN asserted",
    "REQUEST IRN>USA asserted",
  ]);
  // Guard: demands of no state (protesters) answered by a state are no act between states.
  assert.deepEqual(coded("ورفضت الحكومة العراقية مطالب المحتجين بإقالة الوزير."), []);
});
