// Twenty-eighth pass, trigger rows that fire on a sense that is no act between states (branch word28,
// docs/EVENTS.md "Twenty-eighth pass: trigger rows on the wrong sense, then the actor after لكنه").
// Sentences written for these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");

test("word28: declining to confirm, disclose or name is no refusal of a state", () => {
  for (const text of [
    "ورفض المتحدث باسم الخارجية الإيرانية تأكيد التقارير عن محادثات سرية مع السعودية.",
    "وقال وزير الدفاع الإسرائيلي إن لبلاده اتصالات مع دول عربية، رافضا تسميتها.",
    "ورفضت وزارة الخارجية الروسية الكشف عن تفاصيل المحادثات مع الجانب الأمريكي.",
  ])
    assert.ok(!lines(text).some((l) => l.startsWith("REJECT")), `${text}: ${lines(text).join("; ")}`);
});

test("word28 guard: a refusal of a state's claims or demand stays; a demand to disclose is asked", () => {
  const claims = "ورفضت روسيا تأكيدات بريطانيا بشأن الهجوم.";
  assert.ok(lines(claims).includes("REJECT RUS>GBR"), lines(claims).join("; "));
  const demand = "ورفضت إيران الطلب الأمريكي بوقف برنامجها الصاروخي.";
  assert.ok(lines(demand).includes("REJECT IRN>USA"), lines(demand).join("; "));
  const disclose = "وطالبت بريطانيا روسيا بالكشف عن برنامج الأسلحة الكيماوية.";
  assert.ok(lines(disclose).includes("REQUEST GBR>RUS"), lines(disclose).join("; "));
});

test("word28: a warning of attempts or of a partition threatens no state named in them", () => {
  const text = "وحذر وزير الخارجية الروسي من محاولات تقسيم سوريا.";
  assert.ok(!lines(text).some((l) => l.startsWith("THREATEN")), lines(text).join("; "));
});

test("word28 guard: a warning against any attempt, or to an addressee, still threatens", () => {
  const any = "وحذرت إيران من أي محاولة أمريكية للاعتداء على أراضيها.";
  assert.ok(lines(any).includes("THREATEN IRN>USA"), lines(any).join("; "));
  const addressee =
    "وحذر الرئيس الإيراني الولايات المتحدة من أنه ستكون هناك عواقب وخيمة إذا انسحبت من الاتفاق.";
  assert.ok(lines(addressee).includes("THREATEN IRN>USA"), lines(addressee).join("; "));
});

test("word28: the sides after a go-between's بين are no parties of another act", () => {
  const meeting =
    "وأدلى رجل الأعمال، وهو الوسيط بين الكرملين وفريق ترامب الذي رتب للاجتماع مع الدبلوماسي الروسي، بإفادته أمام الكونغرس.";
  assert.ok(!lines(meeting).some((l) => l.startsWith("CONSULT")), lines(meeting).join("; "));
});

test("word28 guard: a meeting between two states, and the mediator's own act, stay", () => {
  const summit = "وعقدت قمة بين الرئيس الأمريكي والزعيم الكوري الشمالي في سنغافورة.";
  assert.ok(
    lines(summit).some((l) => l.startsWith("CONSULT") && l.includes("PRK") && l.includes("USA")),
    lines(summit).join("; "),
  );
  const call = "وقال الوسيط الكويتي إن أمير الكويت دعا قطر إلى الحوار.";
  assert.ok(lines(call).includes("REQUEST KWT>QAT"), lines(call).join("; "));
  const offer = "وعرضت النرويج التوسط بين السودان وجنوب السودان.";
  assert.ok(
    lines(offer).some((l) => l.startsWith("REQUEST NOR>") && l.includes("SDN") && l.includes("SSD")),
    lines(offer).join("; "),
  );
});

test("word28: a row's other sense right after a subject that follows the verb (pointing a finger, no trip)", () => {
  const text = "وتوجه الحكومة الفرنسية أصابع الاتهام إلى طهران في الهجوم.";
  assert.ok(!lines(text).some((l) => l.startsWith("CONSULT")), lines(text).join("; "));
});

test("word28 guard: a trip whose traveller follows the verb stays a visit", () => {
  const text = "وتوجه وزير الخارجية الفرنسي إلى طهران في زيارة رسمية.";
  assert.ok(lines(text).includes("CONSULT FRA>IRN"), lines(text).join("; "));
});

test("word28: a verb after لكنه، لكنها، إلا أنه has the subject told before the particle", () => {
  const thanks =
    "وكان الرئيس الأمريكي قد قال إنه لم يبرم أي صفقة مع أنقرة، ولكنه شكر الرئيس التركي على مساعدته.";
  assert.ok(lines(thanks).includes("SUPPORT USA>TUR"), lines(thanks).join("; "));
  const agreed =
    "وتتمسك أنقرة بروايتها للحادث، لكنها وافقت على العمل المشترك مع الجانب السعودي لكشف الملابسات.";
  assert.ok(lines(agreed).includes("AGREE TUR>SAU"), lines(agreed).join("; "));
});

test("word28 guard: after لكنه, declining to confirm, warning that a danger exists or admitting a fact is no act", () => {
  const confirm =
    "وقال ترامب إنه يأمل في لقاء كيم جونغ أون، لكنه رفض التأكيد على أن القمة مع كوريا الشمالية سوف تعقد.";
  assert.ok(!lines(confirm).some((l) => l.startsWith("REJECT")), lines(confirm).join("; "));
  const danger =
    "ووصف بوتين لقاءه بترامب بأنه مثمر لكنه حذر من أن هناك أطرافا في الولايات المتحدة تريد إفساد العلاقات.";
  assert.ok(!lines(danger).some((l) => l.startsWith("THREATEN")), lines(danger).join("; "));
  const admitted =
    "ووصف الرئيس الروسي القمة بأنها ناجحة، إلا أنه اعترف بأن الخلافات مع واشنطن ما زالت قائمة.";
  assert.ok(!lines(admitted).some((l) => l.startsWith("SUPPORT")), lines(admitted).join("; "));
  const recognized = "ورفضت السويد الضغوط الإسرائيلية، إلا أنها اعترفت بدولة فلسطين في العام نفسه.";
  assert.ok(lines(recognized).includes("SUPPORT SWE>PSE"), lines(recognized).join("; "));
});
