// Twenty-sixth pass, events of three or more states and second acts of one pair (branch multi26,
// docs/EVENTS.md "Twenty-sixth pass: events of three or more states, and second acts of one pair").
// Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");

test("multi26: an expulsion answered in kind in one sentence is two expulsions", () => {
  const text = "وطردت موسكو 23 دبلوماسيا بريطانيا بعد أن طردت لندن 23 دبلوماسيا روسيا الأسبوع الماضي.";
  const got = lines(text);
  assert.ok(got.includes("SANCTION RUS>GBR") && got.includes("SANCTION GBR>RUS"), got.join("; "));
});

test("multi26 guard: an expulsion told again by its own side stays one; other measures answered stay one", () => {
  const again =
    "وطردت موسكو 23 دبلوماسيا بريطانيا، وأعلنت أنها طردت الدبلوماسيين البريطانيين بسبب تسميم سكريبال.";
  assert.deepEqual(lines(again), ["SANCTION RUS>GBR"]);
  // Only expulsions are returned: a measure of another mode keeps the fold of its sentence.
  const other = "وفرضت الولايات المتحدة عقوبات على إيران بعد أن فرضت طهران قيودا على الصادرات الأمريكية.";
  assert.equal(lines(other).filter((l) => l.startsWith("SANCTION")).length, 1, lines(other).join("; "));
});

test("multi26: a title in و with its state's nisba continues a list of leaders", () => {
  const two = "واتهم ترامب ورئيسة الوزراء البريطانية روسيا بالوقوف وراء الهجوم على الجاسوس السابق.";
  assert.ok(lines(two).includes("ACCUSE GBR+USA>RUS"), lines(two).join("; "));
  const three =
    "ودعا الرئيس الفرنسي والمستشارة الألمانية ورئيسة الوزراء البريطانية إيران إلى الالتزام بالاتفاق النووي.";
  assert.ok(lines(three).includes("REQUEST DEU+FRA+GBR>IRN"), lines(three).join("; "));
});

test("multi26 guard: a title with no و after a party is its object, not a member of its list", () => {
  const text = "واستقبل الرئيس الأمريكي وزير الخارجية البريطاني في البيت الأبيض يوم الثلاثاء.";
  assert.ok(lines(text).includes("CONSULT USA>GBR"), lines(text).join("; "));
});

test("multi26: the partners after a companion phrase act with the actor; a party right after them is the recipient", () => {
  const support = "وتدعم تركيا، إلى جانب قطر، الحكومة الليبية في طرابلس.";
  assert.ok(lines(support).includes("SUPPORT QAT+TUR>LBY"), lines(support).join("; "));
  const drills =
    "وأجرت كوريا الجنوبية مناورات عسكرية ضخمة إلى جانب الولايات المتحدة قرب الحدود مع كوريا الشمالية.";
  const got = lines(drills);
  assert.ok(got.includes("COOPERATE KOR+USA>"), got.join("; "));
  // Guard: a state named further on (a place, the drills' setting) is not the recipient.
  assert.ok(!got.some((l) => l.includes("PRK")), got.join("; "));
});

test("multi26: an expulsion answered in kind is two expulsions also when the first is told by a noun", () => {
  const text = "وقررت روسيا طرد 35 دبلوماسيا أمريكيا ردا على قرار الولايات المتحدة بطرد دبلوماسيين روس.";
  const got = lines(text);
  assert.ok(got.includes("SANCTION RUS>USA") && got.includes("SANCTION USA>RUS"), got.join("; "));
  // Guard: a charge told by a noun keeps its fold (its genitive may be the accuser or the accused).
  const charge = "واتهمت السعودية قطر بدعم الإرهاب، بعد انتقاد الدوحة لسياسات الرياض في اليمن.";
  assert.deepEqual(lines(charge), ["ACCUSE SAU>QAT"]);
});
