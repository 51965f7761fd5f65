// The chemical weapons watchdog under its other spellings (lexicons/organizations.tsv), and the readings that
// must not take it as a side once it is read: a relative clause set off by commas keeps its trigger's sides
// inside it, a demonstrative's teller is not an international body named after a state, and a phrase of
// coincidence tells another happening (branch opcw57). Sentences written for the test in the style of Arabic news.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventLines } from "../../test/helpers.ts";

test("the OPCW spelt الكيماوية, الكيمياوية or الكيمائية is the organisation", () => {
  for (const spelling of ["الكيماوية", "الكيمياوية", "الكيمائية"])
    assert.deepEqual(
      eventLines(`دعت الحكومة العراقية منظمة حظر الأسلحة ${spelling} إلى إرسال خبراء للتحقيق في الحادث.`),
      ["REQUEST IRQ>IGO asserted"],
    );
});

test("a denial in a relative clause set off by commas takes no side past its closing comma", () => {
  const text =
    "وقالت الحكومة البريطانية إن أدلة جديدة تشير إلى مسؤولية روسيا عن تسميم العميل السابق.\n" +
    "وقد طلبت موسكو، التي تنفي تورطها في القضية، اجتماعا لمنظمة حظر الأسلحة الكيماوية في لاهاي.\n" +
    "وطرد عدد من الدول دبلوماسيين روسا ردا على الهجوم الذي حملت بريطانيا روسيا المسؤولية عنه.";
  assert.ok(eventLines(text).includes("REJECT RUS>GBR asserted"));
  assert.ok(!eventLines(text).some((l) => l.startsWith("REJECT RUS>IGO")));
});

test("a reaction to 'these claims' answers the state before, not a body it named as a target", () => {
  const text =
    "وقالت وزارة الخارجية الأمريكية إن قائمة الأهداف ضمت منظمة حظر الأسلحة الكيماوية ومعاهد أبحاث.\n" +
    "ورفضت روسيا هذه المزاعم ووصفتها بأنها حملة دعائية.";
  assert.ok(eventLines(text).includes("REJECT RUS>USA asserted"));
});

test("a state in a phrase of coincidence after a noun of another happening is no target", () => {
  assert.deepEqual(
    eventLines("شنت إسرائيل غارات جوية بالتزامن مع زيارة وزير الخارجية الأمريكي إلى المنطقة."),
    [],
  );
  assert.deepEqual(eventLines("شنت إسرائيل غارات جوية تزامنا مع وصول الوفد المصري إلى المنطقة."), []);
});

test("the West standing alone (الغرب) holds the subject's place as a party of no state", () => {
  const text =
    "عقدت منظمة حظر الأسلحة الكيمياوية اجتماعا طارئا في لاهاي حول هجوم مزعوم على البلدة، وحمّل الغرب الحكومة السورية المسؤولية عنه.";
  assert.ok(!eventLines(text).some((l) => l.startsWith("ACCUSE IGO>")));
});
