// Persons, fourteenth pass (docs/ENTITIES.md, "Fourteenth pass: people"): office holders of
// lexicons/persons.tsv added for states that had none or had gaps. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

/** The persons of a text as `surface:country`, in reading order. */
function persons(text: string, published = "2018-06-01"): string[] {
  const a = analyzeText(text, { published });
  const out: Array<[number, string]> = [];
  for (const e of a.entities)
    if (e.type === "PERSON") for (const m of e.mentions) out.push([m.start, `${m.text}:${e.country}`]);
  return out.sort((x, y) => x[0] - y[0]).map(([, s]) => s);
}

/** Each event as `TYPE actor>recipient`, with the text of the actor's first party. */
function events(text: string, published = "2018-06-01"): string[] {
  return analyzeText(text, { published }).events.map((e) => {
    const states = (ps: typeof e.actor) => [...new Set(ps.map((p) => p.country))].sort().join("+");
    return `${e.type} ${states(e.actor)}>${states(e.recipient)} (${e.actor[0]?.text ?? "-"})`;
  });
}

test("a bare surname of an added office holder names the person and their state, one per region", () => {
  // Americas
  assert.deepEqual(persons("وقال ترودو إن كندا لن تقبل الرسوم الجمركية الأمريكية."), ["ترودو:CAN"]);
  assert.deepEqual(persons("وانتقد بولسونارو سياسات الحكومة السابقة.", "2019-03-01"), ["بولسونارو:BRA"]);
  // Europe
  assert.deepEqual(persons("وقال ماتاريلا إن الحكومة الجديدة ستؤدي اليمين غدا.", "2019-05-01"), [
    "ماتاريلا:ITA",
  ]);
  // Asia and the Pacific
  assert.deepEqual(persons("ودعا أرديرن إلى ضبط النفس بعد الهجوم.", "2019-03-20"), ["أرديرن:NZL"]);
  // Middle East and North Africa
  assert.deepEqual(persons("وأعلن حفتر أن قواته سيطرت على مدينة درنة.", "2018-06-28"), ["حفتر:LBY"]);
  assert.deepEqual(persons("وقال يعالون إن الجيش مستعد لكل الاحتمالات.", "2015-12-01"), ["يعالون:ISR"]);
});

test("an added office holder named by surname alone is an event's party", () => {
  assert.deepEqual(events("واتهم ترودو الولايات المتحدة بتهديد الأمن القومي الكندي."), [
    "ACCUSE CAN>USA (ترودو)",
  ]);
  assert.deepEqual(events("وفرض دوتيرتي حظرا شاملا على سفر العمال إلى الكويت.", "2018-02-20"), [
    "SANCTION PHL>KWT (دوتيرتي)",
  ]);
  assert.deepEqual(events("وأجرى ويدودو اتصالا هاتفيا مع أردوغان.", "2019-03-20"), [
    "CONSULT IDN>TUR (ويدودو)",
  ]);
  assert.deepEqual(events("والتقى هاموند نظيره الإيراني محمد جواد ظريف.", "2015-08-23"), [
    "CONSULT GBR>IRN (هاموند)",
  ]);
});

test("guard: a person whose offices changed is read by the publication date", () => {
  // Mark Carney governed the Bank of England before he led Canada's government.
  assert.deepEqual(persons("وحذر مارك كارني من مخاطر خروج بريطانيا من الاتحاد الأوروبي.", "2018-09-14"), [
    "مارك كارني:GBR",
  ]);
  assert.deepEqual(persons("وقال مارك كارني إن كندا سترد على الرسوم الأمريكية.", "2025-06-01"), [
    "مارك كارني:CAN",
  ]);
});

test("guard: surnames kept out of the short forms do not name the office holder on their own", () => {
  // كونتي is as often the football coach as Italy's former prime minister; دودا hides in ودودا.
  assert.ok(!persons("وقال كونتي إن الفريق لعب جيدا.").some((p) => p.endsWith(":ITA")));
  assert.deepEqual(persons("وكان اللقاء ودودا وصريحا."), []);
  // Once the full name is read, the surname comes back as the same person.
  assert.deepEqual(persons("وقال جوزيبي كونتي إن روما لن تغلق موانئها. وأضاف كونتي أن الحوار مستمر."), [
    "جوزيبي كونتي:ITA",
    "كونتي:ITA",
  ]);
});
