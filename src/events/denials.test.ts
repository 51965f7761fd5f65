// Denials (issue 6; docs/gold-format.md "Denials", docs/EVENTS.md "Lead's batch of the sixteenth
// pass: denials"): a denial of a charge a named state made is REJECT, the denier against the accuser.
// The denial verb reads its object as the charge (`اتهامات`، `مزاعم`) or as what the denier is said to
// have had a part in (`تورط`، `ضلوع`، `مسؤولية`، `صلة`، `علاقة`), and `كما تزعم X` after it names the
// accuser. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("denials: a denial of a part in the act answers the state that charged it", () => {
  const got = eventLines(
    "واتهمت الحكومة البريطانية روسيا بالوقوف وراء الهجوم على الضابط المتقاعد. غير أن موسكو تنفي أي تورط في العملية.",
    "states",
  );
  assert.ok(got.includes("REJECT RUS>GBR"), JSON.stringify(got));
});

test("denials: a denial of any link, in the sentence of the charge, answers the accuser", () => {
  const got = eventLines(
    "وحملت تايلاند كمبوديا المسؤولية عن زرع الألغام قرب الحدود، فيما نفت بنوم بنه أي صلة لها بها.",
    "states",
  );
  assert.ok(got.includes("REJECT KHM>THA"), JSON.stringify(got));
});

test("denials: `كما تزعم` after the denial names the accuser, not the event told before", () => {
  const got = eventLines(
    "ودعا الأمين العام للأمم المتحدة روسيا إلى التعاون مع التحقيق. وتنفي موسكو مسؤوليتها عن الهجوم، كما تزعم بريطانيا.",
    "states",
  );
  assert.ok(got.includes("REJECT RUS>GBR"), JSON.stringify(got));
  assert.ok(!got.includes("REJECT RUS>IGO"), JSON.stringify(got));
});

test("denials: a denial with no state that charged anything is no event", () => {
  const got = eventLines(
    "ونفت وزارة الصحة الروسية أي صلة بين اللقاح الجديد وحالات الوفاة التي سجلت الشهر الماضي.",
  );
  assert.deepEqual(got, []);
});

test("a nisba never carries the future prefix: `سقطرى` is no Qatari, `سكوبيا` no Cuban", () => {
  const got = eventLines("وزار وفد عسكري سعودي سقطرى والتقى رئيس الوزراء اليمني في المدينة.", "states");
  assert.ok(!got.some((l) => l.includes("QAT")), JSON.stringify(got));
  assert.ok(got.includes("CONSULT SAU>YEM"), JSON.stringify(got));
});
