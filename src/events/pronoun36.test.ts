// The thirty-sixth pass's rules for sides told as a pronoun (docs/EVENTS.md, "Thirty-sixth pass: sides
// told as a pronoun, a relative or a group named elsewhere"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a coordinated imperfect with an object pronoun is a second act of the clause before", () => {
  assert.deepEqual(
    coded("أعلنت كندا أنها رفعت دعوى ضد الصين في جنيف وتتهمها بإغراق الأسواق بالصلب الرخيص."),
    ["ACCUSE CAN>CHN asserted"],
  );
  // Its own subject after it: the pronoun stands for the state the clause before is about.
  assert.deepEqual(
    coded("تملك اليابان صناعة سيارات ضخمة، وتتهمها الإدارة الأمريكية بإغلاق أسواقها أمام المنتجات الأجنبية."),
    ["ACCUSE USA>JPN asserted"],
  );
});

test("guards: a quoted clause, a place or a body as the pronoun's antecedent give no act", () => {
  // Inside a quotation the clause's subject is not read: no side is taken from the speaker. The
  // envoy's charge itself (a hostile deed of the quoted clause's subject, accuse41) is the one event.
  assert.deepEqual(
    coded(
      'وقال مندوب الإمارات في الأمم المتحدة: "إيران تمول جماعات مسلحة في المنطقة وتزودها بالطائرات المسيرة".',
    ),
    ["ACCUSE ARE>IRN asserted"],
  );
  // The pronoun stands for a town, besieged by a state's army: no state is its object.
  assert.deepEqual(
    coded(
      "ذكرت منظمة الصحة العالمية أن المستشفيات في مدينة درعا، التي يحاصرها الجيش السوري، ويقصفها الطيران الروسي، تعمل بصعوبة.",
    ),
    [],
  );
});

test("a coordinated verb with its object pronoun and its subject after it: the subject acts on the antecedent", () => {
  assert.deepEqual(
    coded("وصل وزير الخارجية التركي إلى طهران، ودعاه الرئيس الإيراني إلى تعزيز التبادل التجاري."),
    ["CONSULT TUR>IRN asserted", "REQUEST IRN>TUR asserted"],
  );
});
