// The sixty-sixth round's readings of meetings (branch consult66). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("two persons of one state who each call or meet the same host are two acts", () => {
  assert.deepEqual(
    eventLines(
      "اتصل المستشار الألماني فريدريش ميرتس بالرئيس الغاني جون ماهاما. " +
        "كما التقى وزير الخارجية الألماني يوهان فادفول الرئيس الغاني جون ماهاما في أكرا.",
    ),
    ["CONSULT DEU>GHA asserted", "CONSULT DEU>GHA asserted"],
  );
});

test("one visitor who meets two hosts of the state on his visit stays one event", () => {
  assert.deepEqual(
    eventLines(
      "واستقبل الرئيس الغاني جون ماهاما في أكرا وزير الخارجية الألماني يوهان فادفول. " +
        "كما التقى فادفول نائب الرئيس الغاني جيمس أوبوكو.",
    ),
    ["CONSULT DEU>GHA asserted"],
  );
});

test("the same two persons told again are one meeting", () => {
  assert.deepEqual(
    eventLines(
      "والتقى رئيس الوزراء الهندي ناريندرا مودي في طوكيو نظيره الياباني شينزو آبي. " +
        "وبحث مودي مع آبي خلال اللقاء التعاون البحري.",
    ),
    ["CONSULT IND>JPN asserted"],
  );
});

test("a retelling that names one person on each side and no one new stays one meeting", () => {
  assert.deepEqual(
    eventLines(
      "التقى الرئيس الفرنسي إيمانويل ماكرون المستشارة الألمانية أنغيلا ميركل في برلين. " +
        "وقالت ميركل إن اللقاء مع ماكرون كان مثمرا.",
    ),
    ["CONSULT FRA>DEU asserted"],
  );
});
