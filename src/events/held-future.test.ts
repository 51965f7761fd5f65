// Round 64 (plan64): talks a future cue governs through the verb that holds them are to come (held-future.ts).
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

test("ويفترض أن يجري: the talks after the subject and its apposition are to come", () => {
  assert.deepEqual(
    eventLines(
      "ويفترض أن يجري المبعوث الأمريكي وهو السفير السابق لدى اليابان محادثات مع نائب وزير الخارجية الصيني تمهيدا للقمة.",
    ),
    ["AGREE USA>CHN future"],
  );
});

test("من المقرر أن تعقد: a scheduled holding far before its noun", () => {
  assert.deepEqual(
    eventLines(
      "ومن المقرر أن تعقد وزيرة الخارجية الكندية كريستيا فريلاند في العاصمة المكسيكية اجتماعا مع نظيرها المكسيكي.",
    ),
    ["AGREE CAN>MEX future"],
  );
});

test("أن يذهب … لإجراء محادثاته: the talks on a trip still to come are planned", () => {
  assert.deepEqual(
    eventLines(
      "وقال وزير الخارجية البريطاني إنه من المهم أن يذهب الرئيس الفرنسي لإجراء محادثاته مع الرئيس الروسي وهو موحد الصف.",
    ).filter((l) => /FRA>RUS/u.test(l)),
    ["AGREE FRA>RUS future"],
  );
});

test("a perfect of holding keeps the talks held", () => {
  assert.deepEqual(
    eventLines(
      "وأجرى المبعوث الأمريكي وهو السفير السابق لدى اليابان محادثات مع نائب وزير الخارجية الصيني في بكين.",
    ),
    ["CONSULT USA>CHN asserted"],
  );
});
