// The thirty-first pass's precision rules (docs/EVENTS.md, "Thirty-first pass: the corpus set's false
// events, sorted"): trigger words in another sense, and names that hold a capital but are no state.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a sovereignty beyond dispute refuses nothing; a blow to an effort strikes nothing", () => {
  assert.deepEqual(
    coded('وقال المتحدث إن "اليابان تملك سيادة لا تقبل الجدل على الجزر" في رد على كوريا الجنوبية.'),
    [],
  );
  assert.deepEqual(coded("وشكل قرار ألمانيا ضربة للجهود البريطانية الرامية إلى عزل روسيا."), []);
  // Guard: a refusal with its object stays a refusal, a strike with its target a strike.
  assert.deepEqual(coded("وقالت الهند إنها لا تقبل وساطة باكستان في النزاع."), ["REJECT IND>PAK asserted"]);
  assert.deepEqual(coded("ووجهت إسرائيل ضربة لسوريا فجر الأحد."), ["ASSAULT ISR>SYR asserted"]);
});

test("a club or a stadium whose name holds a capital is no state", () => {
  assert.deepEqual(coded("هاجمت وزارة الخارجية الإيطالية نادي ريال مدريد الإسباني بسبب تكريمه لناشط."), []);
  assert.deepEqual(coded("وانتقدت فرنسا ريال مدريد بسبب تصريحات مدربه."), []);
  assert.deepEqual(coded("واستقبل وزير الرياضة الإسباني السفير في ملعب سانتياغو برنابيو."), []);
  // Guard: the capital alone stands for its state.
  assert.deepEqual(coded("وقال وزير الخارجية الروسي إن موسكو تدعم مدريد في أزمتها."), [
    "SUPPORT RUS>ESP asserted",
  ]);
});

test("سافر with no إلى after it is the adjective 'blatant', no trip", () => {
  assert.deepEqual(coded('وقال الرئيس اللبناني إن القرار الإسرائيلي "اعتداء سافر على سيادة لبنان".'), [
    "ACCUSE LBN>ISR asserted",
  ]);
  assert.deepEqual(coded('واتهم مندوب الصين اليابان وأستراليا بـ"ازدراء سافر للقانون الدولي".'), [
    "ACCUSE CHN>AUS+JPN asserted",
  ]);
  // Guard: the trip, with its destination after إلى, even past the traveller's name.
  assert.deepEqual(coded("وسافر وزير الخارجية الياباني تارو كونو، الأحد، إلى الهند."), [
    "CONSULT JPN>IND asserted",
  ]);
});

test("a danger or an escalation that threatens is no state's threat", () => {
  assert.deepEqual(coded("وقال المستشار إن التصعيد الإيراني يهدد إسرائيل والأردن ومصر."), []);
  assert.deepEqual(coded("وقال الوزير إن الخطر الذي يهدد لبنان والأردن يتزايد."), []);
  // Guard: a state, or a state's body with its nisba, is the threatener.
  assert.deepEqual(coded("وقال إن الحكومة الإيرانية تهدد إسرائيل."), ["THREATEN IRN>ISR asserted"]);
  assert.deepEqual(coded("وقالت الصين إن كوريا الشمالية تهدد اليابان بصواريخها."), [
    "THREATEN PRK>JPN asserted",
  ]);
});
