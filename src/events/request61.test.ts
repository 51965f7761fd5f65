// The sixty-first round's readings of calls and demands (branch request61). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a state inside a relative clause on what a call asks for is not the one asked", () => {
  // Before: the state in the relative clause on the asked-for deal was read as the one asked.
  assert.deepEqual(
    eventLines(
      "وطالب الرئيس الأمريكي بإدخال تعديلات على الاتفاق، الذي وقع قبل ثلاثة أعوام وألزم إيران بقيود على برنامجها النووي.",
    ),
    [],
  );
  assert.deepEqual(
    eventLines("ودعا وزير الخارجية الفرنسي إلى احترام الهدنة التي أعلنتها روسيا في المدينة المحاصرة."),
    [],
  );
  // A call that names the one asked keeps it, whatever the relative clause after it names.
  assert.deepEqual(eventLines("ودعت فرنسا ألمانيا إلى دعم الخطة التي قدمتها إيطاليا للاتحاد."), [
    "REQUEST FRA>DEU asserted",
  ]);
});

test("a summing head or a meeting noun keeps its relative clause as the call's", () => {
  // الأمر الذي: the clause tells who answers the call.
  assert.deepEqual(
    eventLines("وتطالب أنقرة بتسليم الداعية المقيم في بنسلفانيا، الأمر الذي ترفضه واشنطن حتى الآن."),
    ["REQUEST TUR>USA asserted", "REJECT USA>TUR asserted"],
  );
});

test("a state past a stateless subject of a call, with what it is asked right after it, is the one asked", () => {
  // Before: REQUEST USA>ISR: the state asked was read as the caller, the state inside the call as the one asked.
  assert.deepEqual(eventLines("ودعا رئيس الوزراء واشنطن إلى الضغط على إسرائيل لوقف الاستيطان."), []);
  assert.deepEqual(
    eventLines("وطالبت منظمة العفو الدولية مجلس الأمن بفرض حظر على بيع الأسلحة إلى ميانمار."),
    [],
  );
  // A title with its state's nisba, an adverb or a list after كل من keeps the caller before the state.
  assert.deepEqual(eventLines("ودعا الرئيس الأمريكي إيران إلى العودة إلى طاولة المفاوضات."), [
    "REQUEST USA>IRN asserted",
  ]);
  assert.deepEqual(eventLines("وحث الرئيس الفرنسي أيضا ألمانيا على زيادة إنفاقها الدفاعي."), [
    "REQUEST FRA>DEU asserted",
  ]);
});
