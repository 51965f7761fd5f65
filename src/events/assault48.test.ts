// The forty-eighth round's readings of force and help (docs/EVENTS.md, "Forty-eighth pass", branch assault48).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the genitive of a release noun is the one freed, never the freer", () => {
  // Before: no freer was read (the freed soldiers' nisba stood in the agent's place).
  assert.deepEqual(coded("وقررت اليونان إطلاق سراح الجنديين التركيين بعد شهرين من احتجازهما."), [
    "RETREAT GRC>TUR asserted",
  ]);
  // Before: the freed sailors' state was read as the freer, and the EU of the next clause as the one freed to.
  assert.deepEqual(
    coded("وتوحي خطوات مثل إطلاق سراح بحارين يونانيين بأن أنقرة لا تريد القطيعة مع الاتحاد الأوروبي."),
    [],
  );
  // A release refused stays a refusal, with no release beside it.
  assert.deepEqual(coded("ورفضت اليونان إطلاق سراح الجنديين التركيين."), ["REJECT GRC>TUR asserted"]);
  assert.deepEqual(coded("وجاء ذلك بعد رفض الرئيس اليوناني إطلاق سراح الجنديين التركيين."), [
    "REJECT GRC>TUR asserted",
  ]);
});

test("a backing participle with a state's army after ب is military aid from that state", () => {
  assert.deepEqual(coded("وتقدمت القوات الحكومية العراقية، مدعومة بالجيش الأمريكي، نحو أطراف المدينة."), [
    "AID USA>IRQ asserted",
  ]);
  // Backing by fighters of no state gives no event.
  assert.deepEqual(
    coded("وتقدمت القوات الحكومية العراقية، مدعومة بمقاتلين من العشائر، نحو أطراف المدينة."),
    [],
  );
});

test("warships sent with the sender between are a mobilization toward the state they are sent to", () => {
  assert.deepEqual(coded("وأرسلت فرنسا فرقاطة إلى ليبيا بعد الهجوم على ناقلة النفط."), [
    "MOBILIZE FRA>LBY asserted",
  ]);
  // Forces sent to help a government are the help, not a mobilization against it.
  assert.deepEqual(coded("وأرسلت روسيا طائرات حربية إلى سوريا لدعم الحكومة السورية."), []);
});

test("a verb after إذا with its own subject after it is that subject's act", () => {
  // Before: the speaker's state, named before إذا, imposed the sanctions on Britain.
  assert.deepEqual(coded("وقال الوزير الكويتي إن بلاده مستعدة إذا فرضت بريطانيا عقوبات هناك."), []);
  // With no condition, the state before the verb is still its subject.
  assert.deepEqual(coded("وقال الوزير الكويتي إن بلاده فرضت عقوبات على إيران."), [
    "SANCTION KWT>IRN asserted",
  ]);
});
