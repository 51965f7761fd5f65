// The forty-seventh round's lead readings (docs/EVENTS.md, "Forty-seventh pass", branch lead47). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a meeting whose partner after مع is no party does not take a state from a later مع", () => {
  // Before: Qatar, after the second مع of a comparison, became the party met.
  assert.deepEqual(
    coded("وقال المتحدث إن ولي العهد السعودي شرح في لقائه مع الطلاب في لندن سياسة بلاده مع قطر."),
    [],
  );
  // A state right after the partner preposition is still the one met.
  assert.deepEqual(
    coded("وقال المتحدث إن ولي العهد السعودي شرح في لقائه مع رئيس الوزراء البريطاني سياسة بلاده."),
    ["CONSULT SAU>GBR asserted"],
  );
});

test("the state after a call taken by a noun is the call's, not the agent of the act done to it", () => {
  // Before: Pyongyang became the one that accepted its own invitation.
  assert.deepEqual(coded("وفاجأ الرئيس الأمريكي المراقبين بقبول دعوة كوريا الشمالية إلى قمة بين البلدين."), [
    "AGREE USA>PRK asserted",
    "REQUEST PRK>USA asserted",
  ]);
});

test("the party after an invitation is its guest when what he is invited to follows", () => {
  // Before: the Russian minister cancelled his own invitation to Britain, and it was a refusal of Britain.
  assert.deepEqual(
    coded("ومن بين خطوات لندن إلغاء دعوة وزير الخارجية الروسي، سيرغي لافروف، لزيارة بريطانيا."),
    ["REJECT GBR>RUS asserted"],
  );
  // An invitation with nothing the guest is invited to after it keeps its maker.
  assert.deepEqual(coded("ورحبت تركيا بدعوة روسيا إلى الحوار."), ["SUPPORT TUR>RUS asserted"]);
});

test("ending military drills is an easing, not a mobilization", () => {
  // Before: MOBILIZE, the drills told as to come.
  assert.deepEqual(
    coded(
      "وأعلن الرئيس أنه سينهي التدريبات العسكرية بين الولايات المتحدة وكوريا الجنوبية حتى لا تغضب كوريا الشمالية.",
    ),
    ["RETREAT KOR+USA>PRK future"],
  );
  assert.deepEqual(
    coded(
      "وأعلن الرئيس أنه سيجري التدريبات العسكرية بين الولايات المتحدة وكوريا الجنوبية رغم غضب كوريا الشمالية.",
    ),
    ["COOPERATE KOR+USA> future"],
  );
});
