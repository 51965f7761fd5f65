// The forty-second round's readings of help, of a speaker who tells reporters, and of praise that goes on
// from the sentence before (branch support42). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state's help to another's forces or government (ساعد، يساعد) is AID", () => {
  // Before: ساعد was no trigger form.
  assert.deepEqual(coded("وساعدت تركيا قوات الحكومة الليبية على صد الهجوم في الربيع الماضي."), [
    "AID TUR>LBY asserted",
  ]);
  // Help towards a deed (ساعد في، ساعد على) names no one helped: no AID.
  assert.deepEqual(coded("وقالت فرنسا إن التعاون الأمني مع المغرب ساعد في إحباط هجمات عدة."), []);
});

test("أخبر X الصحفيين أنه …: the one who tells is the speaker of the clause", () => {
  // Before: no actor, the teller's verb was no speech verb.
  assert.deepEqual(
    coded("وأخبر رئيس الوزراء الياباني شينزو آبي الصحفيين أنه يرحب بالبيان الصادر عن الصين."),
    ["SUPPORT JPN>CHN asserted"],
  );
  // أبلغ stays out of the speech verbs (it hands over and informs): no actor is read for it.
  assert.deepEqual(
    coded("وأبلغ رئيس الوزراء الياباني شينزو آبي الصحفيين أنه يرحب بالبيان الصادر عن الصين."),
    [],
  );
});

test("a subjectless praise after a sentence continues its subject and its day", () => {
  // Before: no actor for وأعرب عن شكره.
  assert.deepEqual(
    datedLines(
      "أشاد وزير الخارجية الإيطالي، الخميس، بجهود الوساطة، وقال إنها أثمرت. وأعرب عن شكره للجزائر وتونس.",
      "2018-06-01",
    ),
    ["SUPPORT ITA>DZA+TUN 2018-05-31"],
  );
  // A praise verb with its own subject after it (كل من …) is not continued from the sentence before;
  // since anaphor44 the list is read as its subjects (each-subject.ts).
  assert.deepEqual(
    coded("قال وزير الخارجية الإيطالي إن الاجتماع كان مثمرا. وعبرت كل من الجزائر وتونس عن تقديرهما لروما."),
    ["SUPPORT DZA+TUN>ITA asserted"],
  );
});
