// Precision rules of issue 6, fifth pass (docs/EVENTS.md, "Fifth pass: precision"): a clause after
// `من أن` names no object, acts addressed to a state's own people, a light verb after a comma, the
// request an act answers (`بناء على طلب من`), scheduled meetings, de-escalation, acts in force
// (`وفق اتفاق`) and the senses of `توجه`, `وصل` and `يهدد`. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

function eventsOf(text: string) {
  return analyzeText(text, {}).events.map((e) => ({
    type: e.type,
    actor: [...new Set(e.actor.map((p) => p.country))].sort(),
    recipient: [...new Set(e.recipient.map((p) => p.country))].sort(),
    modality: e.modality,
  }));
}

test("a warning that something is so (`حذر من أن`) names no recipient; a warning to a state does", () => {
  assert.deepEqual(eventsOf("وحذر وزير الخارجية الألماني من أن روسيا تعيد تسليح جيشها بسرعة."), []);
  assert.deepEqual(eventsOf("وحذرت اليابان الصين من أي خطوة أحادية في بحر الصين الشرقي."), [
    { type: "THREATEN", actor: ["JPN"], recipient: ["CHN"], modality: "asserted" },
  ]);
});

test("an act addressed to the actor's own citizens is no act between states", () => {
  assert.deepEqual(eventsOf("ودعت الكويت مواطنيها إلى مغادرة لبنان في أسرع وقت."), []);
  assert.deepEqual(eventsOf("وحذرت وزارة الخارجية الفرنسية رعاياها من السفر إلى مالي."), []);
  assert.deepEqual(eventsOf("ودعت الكويت لبنان إلى ضبط حدوده."), [
    { type: "REQUEST", actor: ["KWT"], recipient: ["LBN"], modality: "asserted" },
  ]);
});

test("a light verb after a comma and و carries the sentence's opening subject, not a party before the comma", () => {
  assert.deepEqual(
    eventsOf(
      "وهدد الرئيس الفرنسي بفرض عقوبات بعد الهجوم على السفارة الإيرانية في بيروت، ووجه رسالة تحذير لإيران.",
    ),
    [{ type: "THREATEN", actor: ["FRA"], recipient: ["IRN"], modality: "asserted" }],
  );
});

test("the request an act answers was made by the party after it, of the sentence's subject", () => {
  assert.deepEqual(eventsOf("وأفرجت السلطات اليمنية عن صيادين إريتريين بناء على طلب من جيبوتي."), [
    { type: "RETREAT", actor: ["YEM"], recipient: ["ERI"], modality: "asserted" },
    { type: "REQUEST", actor: ["DJI"], recipient: ["YEM"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وعقد مجلس الأمن جلسة طارئة بطلب من النرويج."), [
    { type: "REQUEST", actor: ["NOR"], recipient: ["IGO"], modality: "asserted" },
  ]);
  // تقدمت بطلب إلى: a request made, read as any other.
  assert.deepEqual(eventsOf("وتقدمت النرويج بطلب إلى الأمم المتحدة لإرسال مراقبين."), [
    { type: "REQUEST", actor: ["NOR"], recipient: ["IGO"], modality: "asserted" },
  ]);
});

test("a scheduled meeting is AGREE told as future, beside a meeting held in its sentence", () => {
  assert.deepEqual(
    eventsOf("والتقى وزير الخارجية التركي نظيره اليوناني، ومن المقرر أن يلتقي الرئيسان الشهر المقبل."),
    [
      { type: "CONSULT", actor: ["TUR"], recipient: ["GRC"], modality: "asserted" },
      { type: "AGREE", actor: ["GRC", "TUR"], recipient: [], modality: "future" },
    ],
  );
});

test("stopping a hostile act is a concession; suspending talks stays a sanction", () => {
  assert.deepEqual(eventsOf("وأوقفت صربيا بث الحملات الإعلامية ضد كرواتيا."), [
    { type: "CONCEDE", actor: ["SRB"], recipient: ["HRV"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وقطعت صربيا علاقاتها مع كرواتيا."), [
    { type: "SANCTION", actor: ["SRB"], recipient: ["HRV"], modality: "asserted" },
  ]);
});

test("an act in force under which something is done is no new act", () => {
  // The extradition is the act; the 1999 agreement it follows is no new signing or agreement.
  assert.deepEqual(eventsOf("وسلمت إسبانيا المتهم إلى المغرب وفق اتفاق ثنائي موقع بين البلدين عام 1999."), [
    { type: "COOPERATE", actor: ["ESP"], recipient: ["MAR"], modality: "asserted" },
  ]);
});

test("`توجه` and `وصل` are visits only when they go somewhere", () => {
  // Pointing the finger is the accusation, no visit.
  assert.deepEqual(
    eventsOf("وقال إن واشنطن توجه أصابع الاتهام إلى طهران في كل أزمة.").map((e) => e.type),
    ["ACCUSE"],
  );
  assert.deepEqual(eventsOf("وتوجه وزير الخارجية الهندي إلى موسكو."), [
    { type: "CONSULT", actor: ["IND"], recipient: ["RUS"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("ووصلت الخلافات بين البلدين ذروتها مع قطر."), []);
});

test("`يهدد` before what it endangers (`استقرار`، `سيادة`) is no threat; a threat to a state is", () => {
  assert.deepEqual(eventsOf("وقال الوزير إن التصعيد الإيراني يهدد استقرار الكويت."), []);
  assert.deepEqual(eventsOf("وهددت إيران الكويت بالرد على أي هجوم."), [
    { type: "THREATEN", actor: ["IRN"], recipient: ["KWT"], modality: "asserted" },
  ]);
});

test("an envoy's nisba right after an expulsion or summons is its object; not its agent", () => {
  assert.deepEqual(eventsOf("وردت الحكومة المغربية بطرد السفير الجزائري من الرباط."), [
    { type: "SANCTION", actor: ["MAR"], recipient: ["DZA"], modality: "asserted" },
  ]);
  // 40 states are no party Rasd reads: the expelled diplomats' state is no actor.
  assert.deepEqual(eventsOf("وطردت أربعون دولة 90 دبلوماسيا إيرانيا تضامنا مع ألبانيا."), []);
  assert.deepEqual(eventsOf("وأعلنت إيران استدعاء السفير الألماني في طهران."), [
    { type: "ACCUSE", actor: ["IRN"], recipient: ["DEU"], modality: "asserted" },
  ]);
});

test("a passive act was done to the party after it, by the state after من", () => {
  assert.deepEqual(eventsOf("طُرد دبلوماسيان إيرانيان من هولندا يوم الإثنين."), [
    { type: "SANCTION", actor: ["NLD"], recipient: ["IRN"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وتم طرد ثلاثة دبلوماسيين إيرانيين من قبل الحكومة الهولندية."), [
    { type: "SANCTION", actor: ["NLD"], recipient: ["IRN"], modality: "asserted" },
  ]);
});

test("a state named as a side's ally is no party to its act", () => {
  assert.deepEqual(
    eventsOf("ورفضت الكويت، ومعها دول عربية أخرى حليفة لفرنسا، المشاركة في المؤتمر."),
    eventsOf("ورفضت الكويت، ومعها دول عربية أخرى، المشاركة في المؤتمر."),
  );
  // The states criticised are not named: no event, and none against Saudi Arabia.
  assert.deepEqual(eventsOf("وانتقدت قطر الدول الحليفة للسعودية."), []);
  assert.deepEqual(eventsOf("وانتقدت قطر السعودية."), [
    { type: "ACCUSE", actor: ["QAT"], recipient: ["SAU"], modality: "asserted" },
  ]);
});

test("a country's opposition or rebels are no state", () => {
  assert.deepEqual(eventsOf("واتهمت وزارة الخارجية الروسية المعارضة السورية بعرقلة المفاوضات."), []);
  assert.deepEqual(eventsOf("واتهمت وزارة الخارجية الروسية الحكومة السورية بعرقلة المفاوضات."), [
    { type: "ACCUSE", actor: ["RUS"], recipient: ["SYR"], modality: "asserted" },
  ]);
});

test("states after `مع` are the act's partners, never its unnamed actor", () => {
  // The signer is not named in the clause: no event, rather than Sudan signing with Chad.
  assert.deepEqual(eventsOf("وقال المسؤول إن الحكومة تعمل على توقيع اتفاقيات مع السودان وتشاد."), []);
  assert.deepEqual(eventsOf("ووقعت مصر اتفاقيات مع السودان وتشاد."), [
    { type: "SUPPORT", actor: ["EGY"], recipient: ["SDN", "TCD"], modality: "asserted" },
  ]);
});

test("a recipient looked for further on does not cross a speech participle (`مؤكدا أن`)", () => {
  assert.deepEqual(
    eventsOf(
      'وقال الرئيس الأمريكي إن بلاده "تطالب بكل المعلومات" لتعرف مصير الصحفي، مؤكدا أن بلاده تعمل عن قرب مع تركيا في القضية.',
    ),
    [],
  );
  assert.deepEqual(eventsOf("وقال الرئيس الأمريكي إن بلاده تطالب تركيا بكشف الحقيقة كاملة."), [
    { type: "REQUEST", actor: ["USA"], recipient: ["TUR"], modality: "asserted" },
  ]);
});

test("a named accord (`اتفاق أوسلو`، `اتفاق مينسك`) is no new agreement with the city's state", () => {
  assert.deepEqual(eventsOf("وقال الوزير إن إسرائيل تخلت فعليا عن اتفاقات أوسلو مع الفلسطينيين."), []);
  assert.deepEqual(eventsOf("وأكد الرئيس أن اتفاق مينسك لم يعد قائما."), []);
});
