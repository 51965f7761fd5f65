// A nisba in the chain of a noun on ل that completes a verb's object (`ألغت دعوة لوزير الخارجية الروسي`) is the
// adjective of the one invited, never the verb's subject (speech-object.ts objectLamNisba; branch precision65).
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "modality");

test("the invited minister's state does not cancel the invitation", () => {
  const lines = coded(
    "وأعلنت رئيسة الوزراء طرد عشرين دبلوماسيا. وفي خطوة أخرى، ألغت أيضا دعوة لوزير الدفاع الصيني لزيارة طوكيو.",
  );
  assert.deepEqual(
    lines.filter((l) => l.startsWith("REJECT CHN")),
    [],
  );
  assert.deepEqual(coded("كما ألغت دعوة لوزير الدفاع الصيني لزيارة طوكيو."), []);
});

test("a subject named before the verb keeps the act", () => {
  assert.deepEqual(coded("وألغت الحكومة البريطانية دعوة لوزير الخارجية الروسي لزيارة لندن."), [
    "REJECT GBR>RUS asserted",
  ]);
});
