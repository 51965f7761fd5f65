// Recall on the corpus development set (docs/EVENTS.md, "Tenth pass: recall on the corpus set"): a
// meeting or call noun told as the occasion of another act (`خلال مكالمة هاتفية مع`، `في اتصال هاتفي
// مع`، `بعد الاجتماع مع …،`), a second side opened by a title whose state is its genitive (`ورئيس وزراء
// اليابان`), and a speech addressed to a counterpart (`قال لنظيره`). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventSides } from "../../test/helpers.ts";

const found: Array<[string, string, string, string]> = [
  // Batch 1: the call is the occasion of the sentence's act; its holder is the sentence's subject.
  [
    "شدد الرئيس الفرنسي، إيمانويل ماكرون، في اتصال هاتفي مع الرئيس الإيراني حسن روحاني، على ضرورة الحفاظ على الاتفاق.",
    "CONSULT",
    "FRA",
    "IRN",
  ],
  // Batch 2: a call after في is no object of the verb before it.
  ["ووصف أردوغان في اتصال هاتفي مع نظيره الروسي بوتين، الهجوم بأنه عمل إرهابي.", "CONSULT", "TUR", "RUS"],
  // Batch 5: a speech addressed to a counterpart is a conversation.
  [
    "وقال الرئيس المصري عبد الفتاح السيسي لنظيره الفرنسي إيمانويل ماكرون إن القاهرة تدعم الحل السياسي.",
    "CONSULT",
    "EGY",
    "FRA",
  ],
  // Batch 6: a setting opening the sentence is held by the subject after the comma that ends it.
  [
    "وبعد الاجتماع مع الرئيس الصيني شي جين بينغ، أعرب الرئيس الروسي فلاديمير بوتين عن ارتياحه للنتائج.",
    "CONSULT",
    "RUS",
    "CHN",
  ],
];

for (const [text, type, actor, recipient] of found) {
  test(`recall 10: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      got.some((g) => g.type === type && g.actor === actor && g.recipient === recipient),
      `want ${type} ${actor} → ${recipient} in ${JSON.stringify(got)}`,
    );
  });
}

// Batch 4: `ورئيس وزراء اليابان شينزو آبي` is the second side of the compound subject.
test("recall 10: a title with its state as genitive opens a second side", () => {
  const got = eventSides(
    "اتفق الرئيس الروسي فلاديمير بوتين ورئيس وزراء اليابان شينزو آبي على توسيع التعاون الاقتصادي.",
  );
  assert.ok(
    got.some(
      (g) =>
        g.type === "AGREE" &&
        new Set(`${g.actor},${g.recipient}`.split(",").filter(Boolean)).size === 2 &&
        g.actor.includes("RUS") &&
        `${g.actor},${g.recipient}`.includes("JPN"),
    ),
    JSON.stringify(got),
  );
});

// Batch 4b: the title's genitive may be the state's institution (`ورئيسة الحكومة البريطانية`).
test("recall 10: a title with a state's institution as genitive opens a second side", () => {
  const got = eventSides("وجاء الإعلان عقب اتصال هاتفي جرى مساء الأحد بين ترامب ورئيسة الحكومة البريطانية.");
  assert.ok(
    got.some((g) => g.type === "CONSULT" && g.actor === "USA" && g.recipient === "GBR"),
    JSON.stringify(got),
  );
});

// Guards: near misses that must give no such event.
const none: Array<[string, string, string]> = [
  // The visit is the antecedent's, past a relative pronoun, not the speaker's.
  [
    "وقال الرئيس الأمريكي دونالد ترامب إن الصحفي، الذي اختفى بعد زيارة للقنصلية السعودية، لم يظهر بعد.",
    "CONSULT",
    "SAU",
  ],
  // The counterpart is the subject of the reported clause, not the one spoken to.
  ["وقال ترامب للصحفيين إن نظيره الروسي فلاديمير بوتين يتحمل جزءا من اللوم.", "CONSULT", "RUS"],
];

for (const [text, type, state] of none) {
  test(`recall 10, no event: ${text}`, () => {
    const got = eventSides(text);
    assert.ok(
      !got.some((g) => g.type === type && `${g.actor},${g.recipient}`.includes(state)),
      `want no ${type} with ${state} in ${JSON.stringify(got)}`,
    );
  });
}
