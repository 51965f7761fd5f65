// توصل إلى: an agreement only when a deal is reached (reached-finding.ts, branch reject58).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("reaching a finding or a state of things is no agreement, and with لن no refusal", () => {
  // Before: REJECT USA>RUS (لن before the verb of reaching read as a refusal, the nearest state as its side).
  assert.deepEqual(
    eventLines(
      'قال وزير الخارجية الأمريكي: "لن نتوصل إلى سوريا مستقرة طالما بقي الأسد، وعلينا العمل مع روسيا."',
    ),
    [],
  );
  // Before: AGREE (a committee's finding read as a deal).
  assert.deepEqual(
    eventLines("وتوصلت لجنة تحقيق أممية إلى أن القنبلة التي أصابت الحافلة في اليمن أمريكية الصنع."),
    [],
  );
});

test("a deal reached stays an agreement, and a deal refused a refusal", () => {
  assert.deepEqual(eventLines("وتوصلت مصر وإثيوبيا إلى اتفاق بشأن السد."), ["AGREE EGY+ETH> asserted"]);
  assert.deepEqual(eventLines("وقال الوزير إن مصر لن تتوصل إلى اتفاق مع إثيوبيا ما دامت ترفض."), [
    "REJECT EGY>ETH asserted",
  ]);
});

test("a decision a government reaches on its own is no agreement with the body it concerns", () => {
  // Before: AGREE ITA>IGO (the cabinet's own decision on its ties with the EU read as a deal with the EU).
  assert.deepEqual(
    eventLines("وتوصلت الحكومة الإيطالية إلى قرار بشأن علاقتها المستقبلية مع الاتحاد الأوروبي."),
    [],
  );
});
