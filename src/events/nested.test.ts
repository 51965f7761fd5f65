// Acts told inside another act or through a light verb (docs/EVENTS.md, "Tenth pass: acts told inside
// another"): a stance told through a possessed noun (`عبّر عن تضامنه مع`، `أعلن دعمه ل`، `أكد دعمه
// الكامل ل`); a call, request, proposal or warning taken as another state's complement, which stays its
// own agent's act with its own modality; and support received (`حظي بدعم`). Sentences written for
// these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventReadings, eventSides } from "../../test/helpers.ts";

const found: Array<[string, string, string, string]> = [
  // Batch 1: a stance verb carrying a possessed noun of support, solidarity or appreciation.
  ["وأعلنت اليابان دعمها الكامل لأستراليا في خلافها التجاري.", "SUPPORT", "JPN", "AUS"],
  ["وعبر الرئيس المصري عن دعمه للسودان في مواجهة الأزمة.", "SUPPORT", "EGY", "SDN"],
  ["وعبرت السعودية عن تقديرها لموقف الكويت من الأزمة.", "SUPPORT", "SAU", "KWT"],
  // Batch 2: the nested act keeps its own agent; the state that accepted or refused it was asked.
  ["ووافقت كوريا الجنوبية على طلب اليابان إجراء محادثات جديدة حول الصيد.", "REQUEST", "JPN", "KOR"],
  ["ووافق العراق على اقتراح الكويت تشكيل لجنة مشتركة لترسيم الحدود.", "REQUEST", "KWT", "IRQ"],
  ["وأدانت كوبا تهديدات الولايات المتحدة بفرض حصار جديد.", "THREATEN", "USA", "CUB"],
  // Batch 4: أكد، جدد، أبدى، أعرب with a possessed noun of support.
  ["وأكد وزير الخارجية الإيطالي دعمه الكامل لليونان في أزمة اللاجئين.", "SUPPORT", "ITA", "GRC"],
  ["وجددت الجزائر دعمها لتونس في مواجهة الإرهاب.", "SUPPORT", "DZA", "TUN"],
  // Batch 3: the subject of حظي received the support the states after its noun gave.
  ["ويحظى العراق بتأييد الولايات المتحدة في حربه على الإرهاب.", "SUPPORT", "USA", "IRQ"],
];

for (const [text, type, actor, recipient] of found) {
  test(`nested: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

test("nested: a request refused keeps its own modality (asserted, not negated)", () => {
  const got = eventReadings("ولم توافق تركيا على طلب ألمانيا تسليم المتهمين.").filter(
    (g) => g.type === "REQUEST" && g.actor === "DEU" && g.recipient === "TUR",
  );
  assert.equal(
    got.length,
    1,
    JSON.stringify(eventReadings("ولم توافق تركيا على طلب ألمانيا تسليم المتهمين.")),
  );
  assert.equal(got[0]?.modality, "asserted");
  assert.equal(got[0]?.negated, false);
});

// Guards: a stance several states share with no party it is for; a call only welcomed was not
// addressed to the state that welcomed it; a proposal answered in its own state.
const none: Array<[string, string]> = [
  ["وعبرت ألمانيا وفرنسا عن تضامنهما مع ضحايا الزلزال.", "SUPPORT"],
  ["ورحبت فرنسا بدعوة روسيا إلى الحوار.", "REQUEST"],
  ["ورفض وزير الدفاع الأمريكي اقتراح الرئيس الأمريكي إرسال قوات إضافية.", "REQUEST"],
  // A decision's or a team's support by a public, not a state.
  ["وحظي القرار بدعم سياسي واسع في فرنسا.", "SUPPORT"],
];

// Batch 5: a rejection expressed (`أعرب عن رفضه`) is the REJECT its noun codes, no accusation beside it.
test("nested: an expressed rejection is one REJECT, not also an ACCUSE", () => {
  const got = eventSides("وأعربت الصين عن رفضها للعقوبات الأمريكية الجديدة.");
  assert.ok(
    got.some((g) => g.type === "REJECT" && g.actor === "CHN" && g.recipient === "USA"),
    JSON.stringify(got),
  );
  assert.deepEqual(
    got.filter((g) => g.type === "ACCUSE"),
    [],
    JSON.stringify(got),
  );
});

// Batch 6: support now expressed is no act the supported state, or the supporter in the same
// sentence, answers with a charge (the implicit recipient of a reaction).
test("nested: a charge does not answer the support just told", () => {
  const text =
    'وأعربت وزارة الخارجية البريطانية عن دعمها لأوكرانيا، معتبرة أن الإجراءات الروسية تمثل "انتهاكا للقانون الدولي".\n\nوعلى صعيد آخر، وصف الرئيس الأوكراني الفساد في الموانئ بأنه "جريمة بحق الشعب".';
  const got = eventSides(text);
  assert.ok(
    got.some((g) => g.type === "ACCUSE" && g.actor === "GBR" && g.recipient === "RUS"),
    JSON.stringify(got),
  );
  assert.deepEqual(
    got.filter((g) => g.type === "ACCUSE" && g.recipient !== "RUS"),
    [],
    JSON.stringify(got),
  );
});

// A joint statement's bulleted items: the label is the item's topic, the dual its unnamed sides.
none.push([
  "وأصدرت مصر والأردن بيانا مشتركا.\n\n- ليبيا: أكد البلدان دعمهما لجهود الأمم المتحدة.\n\n- اليمن: جدد البلدان دعمهما للحل السياسي.",
  "SUPPORT",
]);

for (const [text, type] of none) {
  test(`nested, no event: ${text}`, () => {
    const got = eventSides(text).filter((g) => g.type === type);
    assert.deepEqual(got, [], JSON.stringify(eventSides(text)));
  });
}
