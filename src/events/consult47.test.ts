// The forty-seventh round's readings of meetings (docs/EVENTS.md, "Forty-seventh pass", branch consult47): a
// joint body's stacked nisbas, a scene set by في before a meeting with its partner, a meeting a report reveals,
// and Venezuela's other spelling. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "states");

test("a joint body told with two states' nisbas stacked (اللجنة المصرية السودانية) holds a meeting of both", () => {
  // Before: the first nisba was the actor and the second was lost, so no event.
  assert.deepEqual(coded("واجتمعت اللجنة الفنية المصرية السودانية في أسوان يوم الأحد."), ["CONSULT EGY>SDN"]);
  assert.deepEqual(coded("واتفقت اللجنة المصرية السودانية على تفاهمات خلال اجتماع عقد في أسوان."), [
    "CONSULT EGY>SDN",
  ]);
  // A subject before its verb, read at its last nisba, takes the first as its partner.
  assert.deepEqual(
    coded("وأعلنت عمان أن الفرق الفنية الأردنية العراقية اجتمعت على الحدود لبحث تشغيل المعبر."),
    ["CONSULT IRQ>JOR"],
  );
  // Nisbas stacked on the meeting noun itself name a process, not a meeting held: no event, as before.
  assert.deepEqual(coded("ويرى خبراء أن المفاوضات الإسرائيلية الفلسطينية متوقفة منذ سنوات."), []);
  assert.deepEqual(coded("وانعقد الاجتماع المصري السوداني في الخرطوم يوم الاثنين."), []);
  // One state's body alone meets no one.
  assert.deepEqual(coded("وأعلنت عمان أن الفرق الفنية الأردنية اجتمعت على الحدود لبحث تشغيل المعبر."), []);
});

test("في before an indefinite meeting noun with its partner after مع sets the scene of the clause's act", () => {
  // Before: `في` was a setting word before a call only, so the talks had no holder.
  assert.deepEqual(coded("وقال مسؤول إن رئيس الوزراء الهندي نقل الرسالة في محادثات مع الرئيس الصيني."), [
    "CONSULT IND>CHN",
  ]);
  assert.deepEqual(coded("وكان رئيس الوزراء الكندي قد تحدث عن الرسوم في مؤتمر صحفي مع الرئيس المكسيكي."), [
    "CONSULT CAN>MEX",
  ]);
  // Held by the reported clause's subject, not by the speaker's state.
  assert.deepEqual(
    coded("وقال دبلوماسي كندي إن الاتحاد الأوروبي أضاع الوقت في محادثات مع الرئيس البرازيلي."),
    ["CONSULT IGO>BRA"],
  );
  // A definite noun after في is a place in a process: the role of a third state is no meeting of its own.
  assert.deepEqual(coded("وأكد الوزير الهندي أهمية الدور الصيني في المحادثات مع باكستان."), [
    "CONSULT CHN>PAK",
  ]);
  // With no party after مع, `في حوار مع` is no meeting.
  assert.deepEqual(coded("وقال الكاتب إن أعمال الفنانين في مصر والعراق في حوار مع تراثهم القديم."), []);
});

test("a meeting a report reveals (كشفت … عن لقاء) takes the time the article gives it further on", () => {
  const revealed = "وكشفت صحيفة بريطانية عن لقاء سري بين مسؤولين سعوديين وإسرائيليين.";
  // Before: the revealed meeting took the page's day, and stood beside its dated retelling as another meeting.
  assert.deepEqual(
    datedLines(
      `${revealed} وبحسب الصحيفة، التقى المسؤولون السعوديون بنظرائهم الإسرائيليين في عمان خلال العام الماضي.`,
      "2018-06-10",
    ),
    ["CONSULT SAU>ISR 2017"],
  );
  // Alone it is undated: the report does not say when.
  assert.deepEqual(datedLines(revealed, "2018-06-10"), ["CONSULT SAU>ISR null"]);
  // A meeting told as held, with no verb of revealing, keeps its own day.
  assert.deepEqual(
    datedLines("والتقى المسؤولون السعوديون بنظرائهم الإسرائيليين في عمان، السبت.", "2018-06-10"),
    ["CONSULT SAU>ISR 2018-06-09"],
  );
});

test("Venezuela's spelling فينزويلا names the state, as فنزويلا does", () => {
  // Before: the nisba of this spelling named no state.
  assert.deepEqual(coded("وأعلنت الحكومة الفينزويلية استدعاء سفيرها لدى كولومبيا للتشاور."), [
    "SANCTION VEN>COL",
  ]);
  assert.deepEqual(coded("وأعلنت الحكومة الفنزويلية استدعاء سفيرها لدى كولومبيا للتشاور."), [
    "SANCTION VEN>COL",
  ]);
});
