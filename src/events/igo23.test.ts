// The twenty-third pass: international organisations as parties (docs/EVENTS.md, "Twenty-third pass:
// international organisations as parties"). The seat of an envoy's post is no party, leaving an
// international body is a SANCTION on it, and a body named as a venue is no party. Sentences written
// for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("the state after إلى in an envoy's title, before the envoy's name, is the post's seat", () => {
  assert.deepEqual(coded("وحث المبعوث الأممي إلى اليمن مارتن غريفيث الرياض على ضبط النفس."), [
    "REQUEST IGO>SAU asserted",
  ]);
  assert.deepEqual(coded("واتهم المبعوث الأممي إلى سوريا ستافان دي ميستورا طهران بعرقلة المحادثات."), [
    "ACCUSE IGO>IRN asserted",
  ]);
  // Guard: with no name after it, إلى names where the envoy goes (a visit), not a seat.
  assert.deepEqual(coded("ووصل المبعوث الأممي ستافان دي ميستورا إلى دمشق."), ["CONSULT IGO>SYR asserted"]);
});

test("leaving an international body is SANCTION withdraw on it", () => {
  assert.deepEqual(coded("وأعلنت الولايات المتحدة في بيان مقتضب انسحابها من مجلس حقوق الإنسان."), [
    "SANCTION USA>IGO asserted",
  ]);
  assert.deepEqual(coded("وانسحبت بوروندي من المحكمة الجنائية الدولية."), ["SANCTION BDI>IGO asserted"]);
  // Guard: troops withdrawing from a state stay a RETREAT, even with such a word a few words on.
  assert.deepEqual(coded("وبدأت القوات الأمريكية الانسحاب من سوريا بعد انتهاك حقوق الإنسان."), [
    "RETREAT USA>SYR asserted",
  ]);
});

test("an international body named as a venue is no party", () => {
  assert.deepEqual(coded("وجاءت اتهامات ترامب لإيران خلال جلسة لمجلس الأمن الدولي."), [
    "ACCUSE USA>IRN asserted",
  ]);
  assert.deepEqual(
    coded("ورفض الرئيس الأمريكي عرضا لمقابلة الرئيس الإيراني على هامش الجمعية العامة للأمم المتحدة."),
    ["REJECT USA>IRN asserted"],
  );
  assert.deepEqual(
    coded("ودعا الرئيس الكيني، في كلمة ألقاها أمام مجلس الأمن الدولي، إلى مؤتمر إقليمي للمصالحة."),
    [],
  );
  // Guard: a meeting of the body that a state asks for keeps the body as the one asked.
  assert.deepEqual(coded("وطلبت فرنسا عقد اجتماع طارئ لمجلس الأمن الدولي."), ["REQUEST FRA>IGO asserted"]);
  // Guard: a meeting with the body's people keeps them as its partner.
  assert.deepEqual(
    coded("وقال وزير الخارجية الأردني عقب اجتماع مع مسؤولي الأمم المتحدة إن المساعدات وصلت."),
    ["CONSULT JOR>IGO asserted"],
  );
});
