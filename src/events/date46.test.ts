// The forty-sixth round's readings of dates (docs/EVENTS.md, "Forty-sixth pass", branch date46).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines } from "../../test/helpers.ts";

const day = "2019-03-14";

test("a year told in a relative clause that a comma closes does not date the call told past it", () => {
  // Before: the call took 2016, the year of the projects in the relative clause.
  assert.deepEqual(
    datedLines(
      "أشاد الرئيس المصري بالتعاون مع موسكو، في حين شدد الرئيس الروسي على أهمية المشاريع التي أطلقت عام 2016، وذلك في اتصال هاتفي جمع الرئيسين، الثلاثاء.",
      day,
    ),
    ["SUPPORT EGY+RUS> 2019-03-14", "CONSULT EGY+RUS> 2019-03-12"],
  );
  // With no day of its own, the call is of the page's day.
  assert.deepEqual(
    datedLines(
      "أشاد الرئيس المصري بالتعاون مع موسكو، في حين شدد الرئيس الروسي على أهمية المشاريع التي أطلقت عام 2016، وذلك في اتصال هاتفي جمع الرئيسين.",
      day,
    ),
    ["SUPPORT EGY+RUS> 2019-03-14", "CONSULT EGY+RUS> 2019-03-14"],
  );
});

test("a relative clause's date still dates the act when it frames it or goes on past the comma", () => {
  // A phrase that opens the sentence (`وعقب`) frames the act after it: the election day stays.
  assert.deepEqual(
    datedLines("وعقب فوز الرئيس في الانتخابات التي جرت يوم 2 مارس، هنأت الصين الرئيس الكيني.", day),
    ["SUPPORT CHN>KEN 2019-03-02"],
  );
  // A preposition after the comma (`، بعد قطعها`) is an adjunct of the relative clause, whose date stays.
  assert.deepEqual(
    datedLines(
      "وقد دفعت القيود التي فرضتها واشنطن على كوبا في يناير، بعد قطعها العلاقات مع هافانا، شركات كثيرة إلى الرحيل.",
      day,
    ),
    ["SANCTION USA>CUB 2019-01"],
  );
});

test("a statement named again (`وأضاف البيان`) takes the day of the sentence that brought the statement in", () => {
  // Before: the page's day, as the sentence before names no report day after a speech verb.
  assert.deepEqual(
    datedLines(
      "أصدرت وزارة الخارجية الكندية، الأحد، بيانا حول الأزمة. وأضاف البيان أن كندا تدين الهجوم الروسي على أوكرانيا.",
      day,
    ),
    ["ACCUSE CAN>RUS 2019-03-10"],
  );
  // A statement brought in with no day of its own: the page's day stays.
  assert.deepEqual(
    datedLines(
      "أصدرت وزارة الخارجية الكندية بيانا حول الأزمة. وأضاف البيان أن كندا تدين الهجوم الروسي على أوكرانيا.",
      day,
    ),
    ["ACCUSE CAN>RUS 2019-03-14"],
  );
});

test("`في بيانها` names again the statement a call was told by, and takes the call's day", () => {
  assert.deepEqual(
    datedLines(
      "تلقى الرئيس الأرجنتيني اتصالا من نظيره التشيلي، الجمعة، بحسب بيان للرئاسة. وأوضحت الرئاسة في بيانها أن الأرجنتين تدعم مطالب تشيلي في المحادثات.",
      day,
    ),
    ["SUPPORT ARG>CHL 2019-03-08"],
  );
  // No statement named again: a new speech verb with no day of its own keeps the page's day.
  assert.deepEqual(
    datedLines(
      "تلقى الرئيس الأرجنتيني اتصالا من نظيره التشيلي، الجمعة. وأوضحت الرئاسة أن الأرجنتين تدعم مطالب تشيلي في المحادثات.",
      day,
    ),
    ["SUPPORT ARG>CHL 2019-03-14"],
  );
});

test("an act told in a relative clause hung on a day (`اليوم نفسه الذي`) takes that day", () => {
  // Before: the visit took the page's day.
  assert.deepEqual(
    datedLines(
      "حولت اليابان 50 مليون دولار إلى الفلبين، الاثنين، وهو اليوم نفسه الذي شهد زيارة وزير الخارجية الياباني إلى مانيلا.",
      day,
    ),
    ["CONSULT JPN>PHL 2019-03-11"],
  );
});

test("a date right after an occasion named after the act (an election, a poisoning) is the occasion's", () => {
  // Before: the charge took 2016, the year of the elections it is about.
  assert.deepEqual(datedLines("اتهمت أستراليا روسيا بالتدخل في الانتخابات الأسترالية عام 2016.", day), [
    "ACCUSE AUS>RUS 2019-03-14",
  ]);
  assert.deepEqual(datedLines("وتتهم ألمانيا روسيا بالمسؤولية عن تسميم المعارض الروسي في أغسطس 2020.", day), [
    "ACCUSE DEU>RUS 2019-03-14",
  ]);
  // Past a comma, or after a preposition of time, the occasion places the act, and its date stays.
  assert.deepEqual(
    datedLines("اتهمت أستراليا روسيا، خلال الانتخابات الأسترالية عام 2016، بنشر معلومات مضللة.", day),
    ["ACCUSE AUS>RUS 2016"],
  );
  assert.deepEqual(datedLines("وأرسلت ليبيا أسلحة إلى أوغندا قبل الانتخابات عام 1979.", day), [
    "AID LBY>UGA 1979",
  ]);
});
