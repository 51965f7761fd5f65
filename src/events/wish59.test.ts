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
