// Agreements, support and cooperation (docs/EVENTS.md, "Nineteenth pass: agreements, support and
// cooperation"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

/** Each event as `TYPE actor>recipient modality` (with `neg` when negated), states sorted. */
const coded = (text: string) => eventLines(text, "negation");

test("praise returned in its sentence by the side praised is a second act of support", () => {
  assert.deepEqual(
    coded(
      "وأشاد وزير الخارجية اليوناني بالدور المصري في جهود التهدئة، فيما أعرب وزير الخارجية المصري سامح شكري عن تقدير بلاده لموقف أثينا.",
    ),
    ["SUPPORT GRC>EGY asserted", "SUPPORT EGY>GRC asserted"],
  );
  // Guard: the same side praising twice is one act.
  assert.deepEqual(
    coded("وأشاد وزير الخارجية اليوناني بالدور المصري في جهود التهدئة، وأعرب عن تقدير بلاده لموقف القاهرة."),
    ["SUPPORT GRC>EGY asserted"],
  );
});

test("a signing finds its document past two signatories named in full", () => {
  assert.deepEqual(
    coded(
      "وفي مارس وقع الرئيس الإريتري إسياس أفورقي ورئيس الوزراء الإثيوبي آبي أحمد في أديس أبابا إعلانا يطوي صفحة القطيعة بين الجارتين.",
    ),
    ["SUPPORT ERI+ETH> asserted"],
  );
  // Guard: وقع "happened", an agreement named far after it, is no signing.
  assert.deepEqual(
    coded(
      "ووقع انفجار قرب مقر وزارة الخارجية في العاصمة بعد ساعات من وصول الوفد الذي يحمل مسودة مشروع الاتفاق.",
    ),
    [],
  );
});

test("what one state agrees or pledges to do names the state it is done for", () => {
  assert.deepEqual(coded("وافق صندوق النقد الدولي على إقراض مصر ثلاثة مليارات دولار."), [
    "AGREE IGO>EGY asserted",
  ]);
  assert.deepEqual(coded("وتعهدت الكويت بدعم اقتصاد الأردن بوديعة قدرها مليار دولار."), [
    "AGREE KWT>JOR asserted",
  ]);
  // Guards: a state after في is a place; a nisba qualifies the thing done, not a party.
  assert.deepEqual(coded("ووافق ترامب على بقاء الجنود الأمريكيين في العراق عاما آخر."), []);
  assert.deepEqual(coded("وقال إن روسيا تعهدت بإزالة الأسلحة الكيماوية السورية."), []);
});

test("praise of a deed is for the state that did it", () => {
  assert.deepEqual(coded("وأشاد وزير الخارجية البريطاني بالجهود التي تقوم بها الكويت في دعم اللاجئين."), [
    "SUPPORT GBR>KWT asserted",
  ]);
  assert.deepEqual(coded("ورحبت اليابان بالتقدم الذي أحرزته الهند وباكستان في المحادثات."), [
    "SUPPORT JPN>IND+PAK asserted",
  ]);
  // Guard: a deed of no state (aid groups) gives no party; the place after في is none.
  assert.deepEqual(coded("وأشاد الوزير بالجهود التي تبذلها المنظمات الإنسانية في سوريا."), []);
});

test("praise of the decision or position just told is for the state that took it", () => {
  assert.deepEqual(coded("وأعلنت فرنسا استعدادها لاستئناف الحوار مع إيران. وأيدت ألمانيا هذا الموقف."), [
    "AGREE FRA>IRN asserted",
    "SUPPORT DEU>FRA asserted",
  ]);
  // Guard: no state welcomes a charge against itself as "the decision".
  assert.deepEqual(coded("واتهمت تايوان الصين بشراء حلفائها بالمال. ورحبت الصين بالقرار."), [
    "ACCUSE TWN>CHN asserted",
  ]);
});
