// The twenty-seventh pass's party rules (docs/EVENTS.md, "Twenty-seventh pass: the wrong party"): the
// state of the dead is no addressee of a told act. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the dead of a death noun are no addressee of a demand, a charge or a refusal", () => {
  assert.deepEqual(
    coded("وطالب الأمين العام للأمم المتحدة بتحقيق شفاف في مقتل متظاهرين فلسطينيين قرب الحدود."),
    [],
  );
  assert.deepEqual(coded("ورفض وزير الدفاع الإسرائيلي التحقيق في مقتل الفلسطينيين خلال المظاهرات."), []);
  assert.deepEqual(coded("وأدانت فرنسا مقتل عشرات الفلسطينيين برصاص الجيش الإسرائيلي."), []);
  // Guard: the accused named before the death noun stays the recipient.
  assert.deepEqual(coded("واتهمت روسيا تركيا بقتل جنود سوريين."), ["ACCUSE RUS>TUR asserted"]);
  // Guard: a denial answers the charge, which the dead's state made.
  assert.deepEqual(coded("ونفت موسكو أي صلة بوفاة البريطانية في المدينة."), ["REJECT RUS>GBR asserted"]);
  // Guard: a state named as the addressee before the death noun stays it.
  assert.deepEqual(coded("وطالبت الحكومة الإيطالية مصر بالكشف عن ملابسات مقتل مواطنها."), [
    "REQUEST ITA>EGY asserted",
  ]);
});

test("the state of a downed aircraft is the target, not the agent", () => {
  assert.deepEqual(coded("وأسقطت مروحية عسكرية تركية في شمال سوريا حيث تقاتل القوات التركية مسلحين."), []);
  assert.deepEqual(
    coded("وأرسلت موسكو منظومات دفاعية بعد أيام من إسقاط طائرة استطلاع روسية قرب الساحل السوري."),
    [],
  );
  assert.deepEqual(
    coded("وقال نائب إيراني إن إسقاط الطائرة الحربية الإسرائيلية من قبل الدفاعات السورية رسالة واضحة."),
    ["ASSAULT SYR>ISR asserted"],
  );
  // Guard: a subject before the aircraft keeps the act; a verb after its subject takes the speaker.
  assert.deepEqual(coded("وأعلن الجيش الباكستاني أن دفاعاته الجوية أسقطت خمس طائرات هندية."), [
    "ASSAULT PAK>IND asserted",
  ]);
  assert.deepEqual(coded("وأسقطت الدفاعات الجوية السورية طائرة إسرائيلية فوق الجولان."), [
    "ASSAULT SYR>ISR asserted",
  ]);
  assert.deepEqual(coded("وقالت إسرائيل إنها أسقطت مقاتلة سورية حلقت فوق الجولان."), [
    "ASSAULT ISR>SYR asserted",
  ]);
});

test("a relative aside between a subject and its verb: the antecedent acts, the party after the verb is its object", () => {
  assert.deepEqual(coded("الرئيس الفرنسي، الذي يزور ألمانيا، طالب إيران بوقف التجارب."), [
    "CONSULT FRA>DEU asserted",
    "REQUEST FRA>IRN asserted",
  ]);
  assert.deepEqual(
    coded("ولي العهد السعودي، الذي يزور واشنطن هذا الأسبوع، دعا الأمريكيين إلى إبقاء قواتهم في سوريا."),
    ["CONSULT SAU>USA asserted", "REQUEST SAU>USA asserted"],
  );
  assert.deepEqual(coded("وكانت الحكومة البريطانية طالبت واشنطن بعدم الانسحاب من سوريا."), [
    "REQUEST GBR>USA asserted",
  ]);
  // Guard: a fronted phrase closed by a comma is no subject: the party after the verb is not made its object.
  assert.deepEqual(
    coded(
      "وردا على القرارات الأمريكية، فرضت تركيا زيادات حادة في الجمارك على السيارات والمشروبات الأمريكية.",
    ),
    [],
  );
});

test("a party right before a summing ما is in the clause it sums up, not the subject of the verb after it", () => {
  assert.deepEqual(
    coded("ودعت الأمم المتحدة والاتحاد الأوروبي إلى تحقيق دولي في أحداث الحدود، وهو ما رفضته إسرائيل."),
    ["REJECT ISR>IGO asserted"],
  );
  // Guard: a denial after وهو ما keeps its accuser.
  assert.deepEqual(coded("واتهمت السعودية قطر بدعم الإرهاب، وهو ما تنفيه الدوحة."), [
    "ACCUSE SAU>QAT asserted",
    "REJECT QAT>SAU asserted",
  ]);
});
