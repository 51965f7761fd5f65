// Recall of demands, warnings and accusations (docs/EVENTS.md, "Twelfth pass: demands, warnings and
// accusations"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const found: Array<[string, string, string, string]> = [
  // Batch A: a persuasion noun (`إقناع`) whose genitive, with what it is urged to do after it (ب), is
  // the one persuaded: a request from the subject before it (PLOVER REQUEST: appeal, urge).
  [
    "وحاولت المستشارة الألمانية إقناع الرئيس الأمريكي دونالد ترامب بالبقاء في الاتفاق.",
    "REQUEST",
    "DEU",
    "USA",
  ],
  ["ولم تنجح الحكومة المصرية في إقناع إثيوبيا بتأجيل ملء السد.", "REQUEST", "EGY", "ETH"],
  [
    "وقال وزير الخارجية الفرنسي جان إيف لودريان إنه فشل في إقناع نظيره الروسي بدعم الهدنة.",
    "REQUEST",
    "FRA",
    "RUS",
  ],
  // Batch B: a sanction or a strike its actor says it will carry out in a sentence that states a
  // condition (إذا، لو، في حال، إن لم، ما لم) is a threat, made now (PLOVER THREATEN).
  [
    "وقال وزير الخارجية الأمريكي مايك بومبيو إن واشنطن ستفرض عقوبات على إيران ما لم تسحب قواتها من سوريا.",
    "THREATEN",
    "USA",
    "IRN",
  ],
  [
    "وقال نائب الرئيس الأمريكي مايك بنس إنه إذا لم تطلق تركيا سراح القس فإن الولايات المتحدة ستفرض عقوبات كبيرة عليها.",
    "THREATEN",
    "USA",
    "TUR",
  ],
  // Batch C: walking out of a summit on a condition is a threat too (REJECT's ruled_in_as).
  [
    "وقال الرئيس الأمريكي دونالد ترامب إنه سينسحب من القمة مع كيم جونغ أون إذا لم تكن مثمرة.",
    "THREATEN",
    "USA",
    "PRK",
  ],
  // Batch D: withdrawing from talks or a summit told as a noun (`انسحابها من المحادثات`) is a refusal to
  // meet, like the verb; readiness in the accusative (`مستعدا`) makes an act intended, so on a condition
  // it is a threat.
  ["وأعلنت كوريا الشمالية انسحابها من المحادثات مع كوريا الجنوبية.", "REJECT", "PRK", "KOR"],
  [
    "وأكد ترامب في مقابلة أنه سيكون مستعدا للانسحاب من المحادثات مع كوريا الشمالية إذا لم يلمس تقدما.",
    "THREATEN",
    "USA",
    "PRK",
  ],
];

for (const [text, type, actor, recipient] of found) {
  test(`req12: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

// Batch A: what the persuaded party is urged to do is no act of its own.
test("req12: the act one is urged to do is not told as done", () => {
  const got = eventSides(
    "وحاول الرئيس الفرنسي إقناع الرئيس الأمريكي بعدم الانسحاب من الاتفاق النووي مع إيران.",
  );
  assert.ok(!got.some((g) => g.type === "SANCTION" || g.type === "RETREAT"), JSON.stringify(got));
});

// Guards: with no party persuaded right after the noun, or no persuader, there is no request.
test("req12: persuasion with no persuaded party is no request", () => {
  for (const text of [
    "وقدم الوفد المصري حجة أكثر إقناعا في المفاوضات مع إثيوبيا.",
    "وليس من السهل إقناع إيران بالبقاء في الاتفاق.",
  ]) {
    const got = eventSides(text);
    assert.ok(!got.some((g) => g.type === "REQUEST"), `${text}: ${JSON.stringify(got)}`);
  }
});

// Batch B guard: a sanction announced for later with no condition stays a future sanction.
test("req12: a future sanction with no condition is no threat", () => {
  const got = eventSides(
    "وقال الرئيس الأمريكي دونالد ترامب إن الولايات المتحدة ستفرض عقوبات جديدة على إيران الشهر المقبل.",
  );
  assert.ok(
    got.some((g) => g.type === "SANCTION" && g.actor === "USA" && g.recipient === "IRN"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "THREATEN"), JSON.stringify(got));
});

// Batch C guard: walking out with no condition stays a refusal.
test("req12: walking out of a summit with no condition is a refusal", () => {
  const got = eventSides("وقال الرئيس الأمريكي دونالد ترامب إنه سينسحب من القمة مع كيم جونغ أون.");
  assert.ok(
    got.some((g) => g.type === "REJECT" && g.actor === "USA" && g.recipient === "PRK"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "THREATEN"), JSON.stringify(got));
});

// Batch D guard: withdrawing from an agreement stays a sanction (its own row), not a refusal to meet.
test("req12: withdrawing from an agreement is no refusal to meet", () => {
  const got = eventSides("وأعلن البيت الأبيض انسحاب واشنطن من الاتفاق النووي المبرم مع إيران.");
  assert.ok(
    got.some((g) => g.type === "SANCTION" && g.actor === "USA" && g.recipient === "IRN"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "REJECT"), JSON.stringify(got));
});
