// Eighteenth pass, REQUEST, REJECT and SANCTION recall (branch req19, docs/EVENTS.md "Eighteenth pass:
// demands told as duties, vetoes, withdrawals"). Sentences written for these tests in Arabic news style;
// none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const states = (text: string) => eventLines(text, "states");

test("req19: a duty laid by a complementizer is the speaker's demand of the state after على", () => {
  assert.deepEqual(
    states("وقال وزير الخارجية الفرنسي جان إيف لودريان إن على إيران أن توقف تجاربها الصاروخية."),
    ["REQUEST FRA>IRN"],
  );
  assert.deepEqual(states("وأكد الرئيس التركي رجب طيب أردوغان الأحد أن على واشنطن تسليم المطلوبين."), [
    "REQUEST TUR>USA",
  ]);
});

test("req19: a duty's actor is the speaker, not a state named before the complementizer", () => {
  // مع رئيس وزراء المجر stands between the speaker and إن: Hungary is no party of the demand. The press
  // conference held with him is a meeting of the two (thirty-third pass, coop33).
  assert.deepEqual(
    states(
      "وقال الرئيس التركي رجب طيب أردوغان في مؤتمر صحفي عقده مع رئيس وزراء المجر فيكتور أوربان في أنقرة إن على السعودية أن تسلم المشتبه بهم.",
    ),
    ["CONSULT TUR>HUN", "REQUEST TUR>SAU"],
  );
});

test("req19 guard: a duty the speaker lays on his own state is no event", () => {
  assert.deepEqual(
    states("وقال وزير الخارجية البريطاني في كلمة أمام البرلمان إن على بريطانيا أن تزيد إنفاقها الدفاعي."),
    [],
  );
});

test("req19: a duty to brace for what comes is a warning, not a request", () => {
  assert.deepEqual(
    states("وقال وزير التجارة التركي إن على الولايات المتحدة توقع المزيد من الإجراءات المماثلة."),
    ["THREATEN TUR>USA"],
  );
});

test("req19: a veto with its subject and a day between the verb and حق النقض", () => {
  assert.deepEqual(states("واستخدمت روسيا، الثلاثاء، حق النقض ضد مشروع القرار الفرنسي بشأن الهدنة."), [
    "REJECT RUS>FRA",
  ]);
});

test("req19 guard: vetoes counted 'about' a state name no sponsor", () => {
  assert.deepEqual(states("واستخدمت الصين حق النقض خمس مرات بشأن ميانمار منذ عام 2017."), []);
});

test("req19: leaving an agreement told with خروج is a withdrawal", () => {
  assert.deepEqual(states("وتراجعت صادرات الشركة منذ خروج واشنطن من الاتفاق النووي مع إيران العام الماضي."), [
    "SANCTION USA>IRN",
  ]);
});

test("req19 guard: leaving a union with no deal is no withdrawal from an agreement", () => {
  assert.deepEqual(states("ويخشى المستثمرون خروج بريطانيا من الاتحاد الأوروبي في مارس دون اتفاق تجاري."), []);
});

test("req19: wanting something of a state (تريد من X أن) is a request of it", () => {
  assert.deepEqual(states("وقال وزير الخارجية الكندي إن بلاده تريد من الهند أن تتعاون في التحقيق."), [
    "REQUEST CAN>IND",
  ]);
});

test("req19 guard: wanting to do something oneself is no request", () => {
  assert.deepEqual(states("وقال وزير الخارجية الكندي إن بلاده تريد أن تتعاون مع الهند في التحقيق."), []);
});

test("req19: a measure of another mode retold in the pluperfect is another sanction", () => {
  assert.deepEqual(
    states("وطردت روسيا عشرين دبلوماسيا بريطانيا. وكانت موسكو قد أغلقت القنصلية البريطانية في سان بطرسبرغ."),
    ["SANCTION RUS>GBR", "SANCTION RUS>GBR"],
  );
});

test("req19 guard: the same expulsion retold in the pluperfect stays one sanction", () => {
  assert.deepEqual(
    states("وطردت روسيا عشرين دبلوماسيا بريطانيا. وكانت موسكو قد طردت الدبلوماسيين البريطانيين."),
    ["SANCTION RUS>GBR"],
  );
});

test("req19: a veto answers the draft's sponsor, not the state the draft would condemn", () => {
  assert.deepEqual(states("واستخدمت روسيا، الثلاثاء، حق النقض ضد مشروع قرار يدين سوريا."), []);
  // The sponsor named keeps the draft's charge as its own act (prec17).
  const got = states("واستخدمت روسيا، الثلاثاء، حق النقض ضد مشروع قرار قدمته الكويت يدين سوريا.");
  assert.ok(
    got.includes("REJECT RUS>KWT") && !got.some((l) => l.startsWith("REJECT RUS>SYR")),
    JSON.stringify(got),
  );
});
