// The twenty-ninth pass on ACCUSE told in wordings Rasd did not read (docs/EVENTS.md, "Twenty-ninth
// pass: ACCUSE told in wordings Rasd does not read"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an objection (اعترض على، اعتراض على) to another state's conduct is a charge of disapproval", () => {
  assert.deepEqual(coded("وتعترض اليونان على الدعم التركي للجماعات المسلحة في شمال قبرص."), [
    "ACCUSE GRC>TUR asserted",
  ]);
  assert.deepEqual(coded("واعترضت الهند بشدة على تصريحات المسؤولين الباكستانيين بشأن كشمير."), [
    "ACCUSE IND>PAK asserted",
  ]);
  assert.deepEqual(coded("وجدد الرئيس المكسيكي اعتراضه على الرسوم الأمريكية الجديدة."), [
    "ACCUSE MEX>USA asserted",
  ]);
  // Guard: an objection to a plan or a deal is a refusal, not a charge: this row leaves it to the
  // REJECT row for an objection to a proposal (req29), which reads it first.
  assert.deepEqual(coded("وتعترض مصر على خطة إثيوبيا لملء السد."), ["REJECT EGY>ETH asserted"]);
  // Guard: the interception sense keeps its own row.
  assert.deepEqual(coded("واعترضت الدفاعات الجوية الإماراتية صاروخا أطلق من اليمن."), [
    "MOBILIZE ARE>YEM asserted",
  ]);
});
