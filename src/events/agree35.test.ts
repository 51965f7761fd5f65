// The thirty-fifth pass on meetings, agreements and support, false and missed (section "Thirty-fifth pass:
// …", /work/notes/section-agree35.md until the lead merges it). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("a state in a phrase of coincidence after an act a verb of coming opens is no side of that act", () => {
  // X comes at the same time as Y: the American president's speech is Y, no call on the United States
  // (main read REQUEST FRA>USA).
  assert.deepEqual(
    coded(
      "وتأتي دعوة ماكرون لصيغ مختلفة من الحوار، بالتزامن مع كلمة ألقاها الرئيس الأمريكي جو بايدن عن التجارة.",
    ),
    [],
  );
  assert.deepEqual(
    coded(
      "وتأتي دعوة الرئيس الفرنسي إيمانويل ماكرون إلى شراكة أوسع، بالتزامن مع تصريحات المستشار الألماني أولاف شولتز.",
    ),
    [],
  );
  // The two visits coincide; neither president visits the other (main read CONSULT IRN>CHN).
  assert.deepEqual(coded("وتأتي زيارة الرئيس الإيراني تزامناً مع زيارة الرئيس الصيني."), []);
  // The visit's own destination stays its recipient.
  assert.deepEqual(coded("وتأتي زيارة الرئيس الإيراني إلى أنقرة تزامنا مع زيارة المستشار الألماني."), [
    "CONSULT IRN>TUR asserted",
  ]);
  // A partner named before the phrase keeps its act, and no verb of coming opens it.
  assert.deepEqual(coded("وأجرى وزير الخارجية الياباني محادثات مع نظيره الهندي بالتزامن مع المناورات."), [
    "CONSULT JPN>IND asserted",
  ]);
});

test("a meeting noun in a phrase of time names its sides by its بين pair, not by the speaker around it", () => {
  // main read CONSULT FRA>CHN+IND: the French president's statements come after a meeting he was not at.
  // Since the fifty-sixth passes the time word (`في أعقاب`) parts the speaker from the meeting noun
  // (notSubjectsAct), and the pair after بين is read in its order, as below.
  assert.deepEqual(
    coded("تأتي تصريحات ماكرون في أعقاب اجتماع جمع بين رئيس وزراء الهند والرئيس الصيني في بكين."),
    ["CONSULT IND>CHN asserted"],
  );
  // A speaker who is one of the pair keeps the meeting as his own.
  assert.deepEqual(coded("وقال ماكرون ذلك عقب اجتماع بين وزيري خارجية الهند والصين."), [
    "CONSULT IND>CHN asserted",
  ]);
  // A welcome of the meeting is the welcomer's act, with the pair as its recipients.
  assert.deepEqual(coded("ورحب ترامب بالاجتماع بين زعيمي الهند والصين."), ["SUPPORT USA>CHN+IND asserted"]);
});

test("the host or sponsor of a meeting, told in a relative clause on it, is no side of the meeting", () => {
  // main read CONSULT DEU+FRA+ITA>: the three sponsor talks between others.
  assert.deepEqual(coded("وشارك المعارض في محادثات جنيف التي ترعاها فرنسا وألمانيا وإيطاليا."), []);
  // main read CONSULT CHN>VNM: Vietnam hosts the summit, it does not meet the Chinese leader.
  assert.ok(
    !coded("صافح الرئيس الأمريكي الزعيم الصيني في مستهل قمتهما التاريخية التي تستضيفها فيتنام.").some((l) =>
      l.includes("VNM"),
    ),
  );
  // The meeting's own sides stay.
  assert.deepEqual(coded("والتقى وزير الخارجية الفرنسي نظيره الألماني في القمة التي تستضيفها إيطاليا."), [
    "CONSULT FRA>DEU asserted",
  ]);
});
