// The fifty-fifth round's readings of the cooperative side (branch deal55). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("a meeting scheduled in a clause after a comma has the subject of the clause before", () => {
  // Before: `ومن المقرر أن يجتمع مع` had no actor (no subject of its own), and the planned meeting was lost.
  assert.deepEqual(
    eventLines(
      "وكان رئيس الوزراء الياباني قد زار الهند الشهر الماضي، ومن المقرر أن يجتمع مع الرئيس الصيني في بكين الأسبوع المقبل.",
      "modality",
    ),
    ["CONSULT JPN>IND asserted", "AGREE JPN>CHN future"],
  );
  assert.deepEqual(
    eventLines(
      "وقالت الخارجية إن الوزير التركي أنهى جولته في الخليج، ومن المتوقع أن يلتقي مع نظيره الإيراني في طهران يوم الأحد.",
      "modality",
    ),
    ["AGREE TUR>IRN future"],
  );
});

test("a scheduled verb with a subject of its own keeps it", () => {
  assert.deepEqual(
    eventLines(
      "وانتهت الجولة، ومن المقرر أن يجتمع الرئيسان الروسي والأمريكي في فيينا الشهر المقبل.",
      "modality",
    ),
    ["AGREE RUS+USA> future"],
  );
  // No state before the schedule: no actor to carry over.
  assert.deepEqual(
    eventLines("وانتهت المحادثات دون نتيجة، ومن المقرر أن يجتمع مع الوفد الأمريكي مرة أخرى."),
    [],
  );
});

test("a meeting whose verb of bringing together carries a pronoun has the party named before it as one side", () => {
  // Before: `القمة التي ستجمعه مع` had only the party after مع; the pronoun's side was not read and the
  // planned summit was lost.
  assert.deepEqual(
    eventLines(
      "يقام للرئيس الفرنسي، إيمانويل ماكرون، عشاء رسمي قبيل القمة التي ستجمعه مع المستشارة الألمانية، أنغيلا ميركل، في برلين.",
      "modality",
    ),
    ["AGREE FRA>DEU future"],
  );
  // Before: the party after مع was read as the actor, with no recipient.
  assert.deepEqual(
    eventLines("وقال الرئيس الأمريكي إن اللقاء الذي جمعه مع نظيره الروسي كان مثمرا.", "modality"),
    ["CONSULT USA>RUS asserted"],
  );
});

test("a meeting's verb with no pronoun, or a pronoun on another verb, keeps its sides", () => {
  assert.deepEqual(
    eventLines(
      "وتحدث الوزير عن القمة التي ستجمع الرئيس الكوري الجنوبي مع الزعيم الكوري الشمالي.",
      "modality",
    ),
    ["AGREE KOR>PRK future"],
  );
  // جمعتها: data gathered by a firm, no meeting noun before it.
  assert.deepEqual(eventLines("وقالت الشركة الأمريكية إن البيانات التي جمعتها من الصين محمية."), []);
});

test("a state after a schedule that opens a clause is that clause's, not the side of a praise before it", () => {
  // Before: the praise took the state met in the scheduled clause as its recipient (SUPPORT FRA>DEU).
  assert.deepEqual(
    eventLines(
      "ورحب الرئيس الفرنسي بالاتفاق، ومن المقرر أن يلتقي مع المستشارة الألمانية الأسبوع المقبل.",
      "modality",
    ),
    ["AGREE FRA>DEU future"],
  );
  // A state the praise itself names stays its recipient.
  assert.deepEqual(eventLines("وأشاد الرئيس الفرنسي بالاتفاق مع ألمانيا.", "modality"), [
    "SUPPORT FRA>DEU asserted",
  ]);
});
