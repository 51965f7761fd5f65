// The fifty-fifth round's readings of requests (branch request55; section "Fifty-fifth pass: …").
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a duty quoted through a report verb is the cited speaker's demand, not the outlet's (report_verb)", () => {
  // Before: no event: the duty's speaker was looked for right after the report verb, where the outlet stands.
  assert.deepEqual(
    coded("ونقلت وكالة الأنباء الرسمية عن وزير الخارجية الصيني قوله إن على اليابان وقف استفزازاتها."),
    ["REQUEST CHN>JPN asserted"],
  );
  assert.deepEqual(
    coded(
      "ونقل التلفزيون الرسمي عن رئيس الوزراء الهندي قوله إن على باكستان أن تتخذ إجراءات ضد الجماعات المسلحة.",
    ),
    ["REQUEST IND>PAK asserted"],
  );
  // A speech verb's عن is about, not whom it cites: the speaker stays the one after the verb.
  assert.deepEqual(coded("وقال وزير الخارجية التركي عن الاتفاق إن على الولايات المتحدة احترام التزاماتها."), [
    "REQUEST TUR>USA asserted",
  ]);
});

test("any request from a body names the body as the one who would ask, never the state that would answer it", () => {
  // Before: REQUEST IRN>IGO: the noun طلب read as the verb, the state before it the asker and من the one asked.
  // Any request is a possible one: conditional; the state before it would answer it.
  assert.deepEqual(
    coded(
      "وبموجب الاتفاق ستكون أمام كوريا الشمالية مهلة للامتثال لأي طلب تفتيش من الوكالة الدولية للطاقة الذرية.",
    ),
    ["REQUEST IGO>PRK conditional"],
  );
  assert.deepEqual(coded("وتعهدت سوريا بالتعاون مع أي طلب تفتيش من منظمة حظر الأسلحة الكيميائية."), [
    "REQUEST IGO>SYR conditional",
  ]);
  // The verb keeps its reading: the state after من is the one asked.
  assert.deepEqual(coded("وطلبت الوكالة الدولية للطاقة الذرية من كوريا الشمالية السماح لمفتشيها بالعودة."), [
    "REQUEST IGO>PRK asserted",
  ]);
});

test("a meeting's caller told after a pronoun on إلى is the caller, not the one asked (called_to)", () => {
  // Before: REQUEST IGO>KWT+SWE: the body that met read as the caller and the callers as the ones asked.
  assert.deepEqual(coded("وعقد مجلس الأمن الدولي جلسة مغلقة دعت إليها فرنسا وبريطانيا لبحث الوضع في إدلب."), [
    "REQUEST FRA+GBR>IGO asserted",
  ]);
  assert.deepEqual(
    coded("واجتمعت الجمعية العامة للأمم المتحدة في جلسة طارئة، دعت إليها تركيا، لبحث قرار نقل السفارة."),
    ["REQUEST TUR>IGO asserted"],
  );
  // A truce a body called for asks no state named: the speaker who tells of it is not asked.
  assert.deepEqual(
    coded("وقال وزير الخارجية الإيراني إن الهدنة، التي دعا إليها مجلس الأمن الدولي، لم تطبق بعد.").filter(
      (l) => l.startsWith("REQUEST"),
    ),
    [],
  );
});

test("the agent of a comma-set relative clause inside what is asked for is not the one asked", () => {
  // Before: REQUEST ARM>FRA: the state named in the aside about the church was read as the one asked.
  assert.deepEqual(coded("وتطالب أرمينيا بأن تصبح الكنيسة، التي رممتها فرنسا قبل عقد، متحفا وطنيا."), []);
  // With no comma the clause names the act asked to end, and its agent is asked.
  assert.deepEqual(coded("وطالبت ألمانيا بوقف الهجوم الذي تشنه تركيا على عفرين."), [
    "REQUEST DEU>TUR asserted",
  ]);
});

test("a state of feminine name right after a masculine verb of calling is the one asked (masculine_call)", () => {
  // Before: REQUEST USA>CHN: Washington read as the caller, the state in what is asked as the one asked.
  assert.deepEqual(
    coded(
      "وقال المتحدث باسم الخارجية اليابانية إن الحوار ضروري، وحث الصين على احترام حرية الملاحة قرب سواحل اليابان.",
    ),
    ["REQUEST JPN>CHN asserted"],
  );
  // Before: REQUEST USA>IRN.
  assert.deepEqual(
    coded(
      "وكان الرئيس الإماراتي في زيارته لفرنسا قد دعا باريس إلى التوسط لمنع تمدد النفوذ الإيراني في اليمن.",
    ).filter((l) => l.startsWith("REQUEST")),
    ["REQUEST ARE>FRA asserted"],
  );
  // A state of masculine name may be the verb's own subject.
  assert.deepEqual(coded("ودعا العراق تركيا إلى سحب قواتها من أراضيه."), ["REQUEST IRQ>TUR asserted"]);
});
