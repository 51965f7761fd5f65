// Agreements, requests and support, seventeenth pass (docs/EVENTS.md, "Seventeenth pass: agreements
// sought, …"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("an agreement sought (needed, tried, hoped for, aimed at) is no agreement reached", () => {
  assert.deepEqual(coded("وسعت مصر للتوصل إلى اتفاق مع إثيوبيا بشأن السد."), []);
  assert.deepEqual(coded("ويحاول البلدان التوصل إلى اتفاق بشأن العمالة بين الكويت والفلبين."), []);
  assert.deepEqual(coded("وجاء ذلك وسط آمال في إمكانية التوصل إلى اتفاق بين مصر وإثيوبيا."), []);
  assert.deepEqual(coded("ووضعت واشنطن عشرة شروط للتوصل لأي اتفاق جديد مع طهران."), []);
  // Any agreement (`أي اتفاق`) is a hypothetical one.
  assert.deepEqual(coded("وقال الوزير إنه لا يعارض أي اتفاق بين المغرب والاتحاد الأوروبي."), []);
  // Guard: a party's will to make one is its intent (AGREE, proposed).
  assert.deepEqual(coded("وقالت مصر إنها تريد عقد اتفاق تجاري مع الأردن."), ["AGREE EGY>JOR proposed"]);
  // Guard: an agreement announced as reached stays.
  assert.deepEqual(coded("وأعلنت مصر التوصل إلى اتفاق مع إثيوبيا بشأن السد."), ["AGREE EGY>ETH asserted"]);
  // Guard: reached by the efforts named (`بجهود … تم التوصل`) is reached, not sought.
  assert.deepEqual(coded("وبجهود دولية تم التوصل إلى اتفاق بين السعودية وقطر."), ["AGREE SAU>QAT asserted"]);
});

test("solidarity stated by a plural verb, or past a time phrase, is SUPPORT", () => {
  assert.deepEqual(coded("وكانت البحرين ومصر والأردن قد أكدوا تضامنهم مع السعودية في وجه الانتقادات."), [
    "SUPPORT BHR+EGY+JOR>SAU asserted",
  ]);
  assert.deepEqual(coded("وعبرت الخارجية الكويتية، مساء الأحد، عن تضامنها مع المملكة المغربية."), [
    "SUPPORT KWT>MAR asserted",
  ]);
  // Guard: solidarity with people, no state, is no event.
  assert.deepEqual(coded("وعبرت الخارجية الكويتية، مساء الأحد، عن تضامنها مع أسر الضحايا."), []);
});

test("a meeting prepared for, or one a party is open to, is planned: AGREE, future", () => {
  assert.deepEqual(coded("وتحدث الوزير عن استعدادات الرئيس الأمريكي للقاء نظيره الروسي الشهر المقبل."), [
    "AGREE USA>RUS future",
  ]);
  assert.deepEqual(coded("وقالت واشنطن إنها منفتحة على عقد لقاء جديد مع كوريا الشمالية."), [
    "AGREE USA>PRK future",
  ]);
  // Guard: a meeting held after its preparations is held.
  assert.deepEqual(coded("والتقى الرئيس الأمريكي نظيره الروسي بعد استعدادات مكثفة."), [
    "CONSULT USA>RUS asserted",
  ]);
});

test("an agreement made or signed, told in a relative clause on the agreement, is retold: no new act", () => {
  assert.deepEqual(
    coded(
      "واستكملت الفصائل إخلاء المنطقة منزوعة السلاح التي حددها اتفاق سوتشي الذي وقعته أنقرة مع موسكو الخريف الماضي.",
    ),
    [],
  );
  assert.deepEqual(coded("وتقع البلدة ضمن مناطق خفض التوتر التي اتفقت عليها روسيا وتركيا وإيران."), []);
  // Guard: the same agreement told as an act is one.
  assert.deepEqual(coded("ووقعت أنقرة مع روسيا اتفاقا بشأن إدلب."), ["SUPPORT TUR>RUS asserted"]);
  // Guard: a relative clause on a party tells that party's act. (Somalia, inside that clause, is no side of
  // the criticism outside it: the ACCUSE EGY>SOM read before is gone, side34.)
  assert.deepEqual(coded("وانتقد الوزير مصر، التي وقعت اتفاقية دفاع مشترك مع الصومال العام الماضي."), [
    "SUPPORT EGY>SOM asserted",
  ]);
});
