// The twenty-eighth pass's party rules (docs/EVENTS.md, "Twenty-eighth pass: the actor and the addressee in
// asides, relative clauses, titles and nouns"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state whose unity or sovereignty is at stake is no addressee of a warning or a concern", () => {
  assert.deepEqual(coded("وحذر وزير الخارجية الإيراني من محاولات تقسيم العراق، مشيرا إلى خطورة الوضع."), []);
  assert.deepEqual(coded("وأعربت الصين عن قلقها إزاء محاولات تقسيم ليبيا في الأسابيع الأخيرة."), []);
  // Guard: the state warned, named as the object, stays the addressee. (Not with محاولات تقسيم: word28
  // reads a warning of partition attempts as a plot feared, no threat, whoever is warned.)
  assert.deepEqual(coded("وحذرت تركيا الولايات المتحدة من المساس بسيادة سوريا."), [
    "THREATEN TUR>USA asserted",
  ]);
  // Guard: a state the warning is about, not as the genitive of such a noun, stays.
  assert.deepEqual(coded("وحذرت روسيا من هجوم أمريكي على سوريا."), ["THREATEN RUS>USA asserted"]);
});

test("the body after ل of a title right after the verb is its subject, the state after it the addressee", () => {
  assert.deepEqual(coded("وناشد الأمين العام للأمم المتحدة السلطات الليبية وقف القتال في طرابلس."), [
    "REQUEST IGO>LBY asserted",
  ]);
  assert.deepEqual(coded("وانتقد الأمين العام لحلف شمال الأطلسي روسيا بشدة."), ["ACCUSE IGO>RUS asserted"]);
  // Guard: a state after a preposition is the envoy's posting, not an addressee.
  assert.deepEqual(coded("ودعا المبعوث الخاص للأمم المتحدة إلى اليمن إلى وقف فوري للقتال."), []);
  // Guard: with no object right after the body, a state named later in the content is no addressee.
  assert.deepEqual(
    coded("وحذر الأمين العام للأمم المتحدة من أن حربا بين حزب الله وإسرائيل ستكون مدمرة."),
    [],
  );
});

test("a state after the object on ل of a noun of speech is that object's, not the noun's agent", () => {
  assert.deepEqual(coded("وقال المحلل إن الرئيس الأمريكي وجه تحذيرات للنظام السوري قبل أيام."), [
    "THREATEN USA>SYR asserted",
  ]);
  assert.deepEqual(
    coded("وانضم البنك الدولي إلى موجة الانتقادات الموجهة لخطة الرئيس الأمريكي بفرض رسوم جديدة."),
    ["ACCUSE IGO>USA asserted"],
  );
  // Guard: a compound preposition with ل (لصالح) opens no object; the charge keeps its reading.
  assert.deepEqual(
    coded("وطردت بولندا دبلوماسيا روسيا بعد اتهامه بالتجسس لصالح الاستخبارات العسكرية الروسية."),
    ["SANCTION POL>RUS asserted", "ACCUSE RUS>POL asserted"],
  );
});
