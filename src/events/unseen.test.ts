// Precision rules of issue 6, sixth pass (docs/EVENTS.md, "Sixth pass: precision on unseen text"):
// possible, suspected and within-power acts, `قد` before an imperfect, attacks told in words.
// Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "../../test/helpers.ts";

function eventsOf(text: string) {
  return analyzeText(text, {}).events.map((e) => ({
    type: e.type,
    actor: [...new Set(e.actor.map((p) => p.country))].sort(),
    recipient: [...new Set(e.recipient.map((p) => p.country))].sort(),
    modality: e.modality,
  }));
}

const modalities = (text: string) => eventsOf(text).map((e) => `${e.type} ${e.modality}`);

test("a possible, suspected or within-power act is conditional, not asserted", () => {
  // An attack only possible is no attack (force19: event-types.tsv done_only); a suspected one stays.
  assert.deepEqual(modalities("وحذر محللون من احتمال أن تشن إسرائيل غارات على لبنان."), []);
  // An agreement the sides are able to reach, or any agreement, is none made (agree18: agreementSought).
  assert.deepEqual(
    modalities("وقال دبلوماسي إن الجانبين قادران على التوصل إلى اتفاق بين المغرب وموريتانيا قريبا."),
    [],
  );
  assert.deepEqual(modalities("وقتل جنود في ما يشتبه في أنه قصف تركي على العراق."), ["ASSAULT conditional"]);
  assert.deepEqual(modalities("وتحدثت تقارير عن الهجوم الإسرائيلي المزعوم على سوريا."), [
    "ASSAULT conditional",
  ]);
  assert.deepEqual(modalities("وقال الوزير إن أي اتفاق بين المغرب وموريتانيا يجب أن يحترم الحدود."), []);
  assert.deepEqual(modalities("وعلى إيران الامتثال لأي طلب تفتيش من الوكالة الدولية للطاقة الذرية."), [
    "REQUEST conditional",
  ]);
  assert.deepEqual(modalities("وتساءل صحفيون هل ناقش الرئيس الأمريكي القضية مع نظيره الصيني."), [
    "CONSULT conditional",
  ]);
  assert.deepEqual(modalities("ويتمنى الرئيس الفرنسي التوصل إلى اتفاق مع الجزائر."), ["AGREE proposed"]);
  // The same acts told as done stay asserted.
  assert.deepEqual(modalities("وشنت إسرائيل غارات على لبنان."), ["ASSAULT asserted"]);
  assert.deepEqual(modalities("وتوصل المغرب وموريتانيا إلى اتفاق بشأن الحدود."), ["AGREE asserted"]);
});

test("`قد` before an imperfect makes the act possible; before a perfect it only stresses it", () => {
  assert.deepEqual(modalities("وقالت مصادر إن الجزائر قد تلغي الاتفاق مع فرنسا."), ["REJECT conditional"]);
  assert.deepEqual(modalities("وقالت مصادر إن كندا قد تشن هجوماً إلكترونياً على روسيا."), [
    "COERCE conditional",
  ]);
  assert.deepEqual(modalities("وقد يتفق الطرفان، المغرب وموريتانيا، على فتح الحدود."), ["AGREE conditional"]);
  // Perfect: `وقد تحدث`، `وكان … قد توجه`.
  assert.deepEqual(modalities("وقد تحدث العاهل الأردني هاتفيا مع الرئيس المصري."), ["CONSULT asserted"]);
  assert.deepEqual(modalities("وكان وزير الخارجية الياباني قد توجه إلى سول أمس."), ["CONSULT asserted"]);
  // `قد` governs the verb right after it, not an act later in the clause.
  assert.deepEqual(modalities("وقالت كوريا الجنوبية إن التدريبات قد تعرقل القمة المرتقبة بين الكوريتين."), [
    "AGREE future",
  ]);
});

test("an attack told in words is an accusation, not force", () => {
  assert.deepEqual(eventsOf("وهاجم الرئيس الإيراني نظيره الفرنسي واصفا إياه بأنه منافق."), [
    { type: "ACCUSE", actor: ["IRN"], recipient: ["FRA"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وهاجمت الصين تصريحات رئيس الوزراء الياباني بشأن تايوان."), [
    { type: "ACCUSE", actor: ["CHN"], recipient: ["JPN"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وكان الرئيس التركي قد شن هجوما لاذعا على السويد."), [
    { type: "ACCUSE", actor: ["TUR"], recipient: ["SWE"], modality: "asserted" },
  ]);
  // Force stays force: a state or an army attacks, and a raid is no speech.
  assert.deepEqual(eventsOf("وهاجمت إسرائيل مواقع عسكرية في سوريا."), [
    { type: "ASSAULT", actor: ["ISR"], recipient: ["SYR"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وهاجم الجيش التركي مواقع في العراق."), [
    { type: "ASSAULT", actor: ["TUR"], recipient: ["IRQ"], modality: "asserted" },
  ]);
});

test("in a match's sentence, states named bare are teams; people of a state still act", () => {
  assert.deepEqual(eventsOf("والتقت الجزائر والمغرب ثلاث مرات في المباريات الودية."), []);
  assert.deepEqual(eventsOf("وألغت مصر مباراة ودية مع تونس."), []);
  assert.deepEqual(
    eventsOf(
      "والتقى الرئيس الروسي فلاديمير بوتين ولي العهد السعودي الأمير محمد بن سلمان قبيل مباراة الافتتاح في موسكو.",
    ),
    [{ type: "CONSULT", actor: ["RUS"], recipient: ["SAU"], modality: "asserted" }],
  );
  assert.deepEqual(eventsOf("والتقت الجزائر والمغرب في الرباط لبحث الحدود."), [
    { type: "CONSULT", actor: ["DZA", "MAR"], recipient: [], modality: "asserted" },
  ]);
});

test("an agreement's kind (`اتفاقية تعاون`) is part of its name, not an act of its own", () => {
  assert.deepEqual(eventsOf("ووقعت مصر والأردن اتفاقية تعاون في مجال الطاقة."), [
    { type: "SUPPORT", actor: ["EGY", "JOR"], recipient: [], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("وتتعاون مصر مع الأردن في مجال الطاقة."), [
    { type: "COOPERATE", actor: ["EGY"], recipient: ["JOR"], modality: "asserted" },
  ]);
});

test("a leader welcomed (`رحب بأمير …`) is a visit received; a decision welcomed is support", () => {
  assert.deepEqual(eventsOf("ورحب الرئيس الفرنسي بأمير قطر في قصر الإليزيه."), [
    { type: "CONSULT", actor: ["FRA"], recipient: ["QAT"], modality: "asserted" },
  ]);
  assert.deepEqual(eventsOf("ورحب الرئيس الفرنسي بقرار أمير قطر."), [
    { type: "SUPPORT", actor: ["FRA"], recipient: ["QAT"], modality: "asserted" },
  ]);
});

test("an asylum seeker (`طالب لجوء`) is no demand", () => {
  assert.deepEqual(eventsOf("واعتقلت الشرطة لاجئا عراقيا وطالب لجوء سوريا في ألمانيا."), []);
  assert.deepEqual(eventsOf("وطالب العراق سوريا بضبط الحدود."), [
    { type: "REQUEST", actor: ["IRQ"], recipient: ["SYR"], modality: "asserted" },
  ]);
});

test("a particle before a noun trigger negates it across its light verb, not across a verb of its own", () => {
  const polarities = (text: string) =>
    analyzeText(text, {}).events.map((e) => `${e.type} ${e.negated ? "negated" : "affirmed"}`);
  assert.deepEqual(polarities("وقال إن الضربات الأمريكية لا تؤثر على سوريا."), ["ASSAULT affirmed"]);
  assert.deepEqual(polarities("ولم يستغرق اجتماع الرئيس الفرنسي مع نظيره المصري أكثر من ساعة."), [
    "CONSULT affirmed",
  ]);
  assert.deepEqual(polarities("ولم تجر الصين محادثات مع اليابان منذ عامين."), ["CONSULT negated"]);
  assert.deepEqual(polarities("ولم يوجه الرئيس الأمريكي أي اتهامات لروسيا."), ["ACCUSE negated"]);
  assert.deepEqual(polarities("وأكد عدم توقيع مصر اتفاقا مع إثيوبيا."), ["SUPPORT negated"]);
  // The light verb's object is another noun: the act after it is not what is denied.
  // (force19: `أي إنذار لضربة` reads its ل as purpose, a future strike, which done_only drops; `قبل` keeps
  // the point.)
  assert.deepEqual(polarities("وقال إن إيران لم تقدم أي إنذار قبل ضربة صاروخية على العراق."), [
    "ASSAULT affirmed",
  ]);
});

test("declining to comment (`رفضت التعليق`) is no rejection of a state", () => {
  assert.deepEqual(eventsOf("وكانت الحكومة الإسرائيلية قد رفضت التعليق على الهجوم على سوريا."), []);
  // The charge the refusal answers is Syria's against Israel (branch accuse40, nested-acts.ts chargeTellers).
  assert.deepEqual(eventsOf("ورفضت إسرائيل الاتهامات السورية."), [
    { type: "REJECT", actor: ["ISR"], recipient: ["SYR"], modality: "asserted" },
    { type: "ACCUSE", actor: ["SYR"], recipient: ["ISR"], modality: "asserted" },
  ]);
});

test("`نفته إلى` is an exile, not a denial; `تنفيه` after an accusation is", () => {
  assert.deepEqual(
    eventsOf("وأجبرت بريطانيا الملك على التنازل عن العرش ونفته إلى قبرص.").map((e) => e.type),
    [],
  );
  assert.deepEqual(eventsOf("واتهمت بريطانيا روسيا بتسميم الجاسوس، وهو ما تنفيه موسكو."), [
    { type: "ACCUSE", actor: ["GBR"], recipient: ["RUS"], modality: "asserted" },
    { type: "REJECT", actor: ["RUS"], recipient: ["GBR"], modality: "asserted" },
  ]);
});

test("an entertainer's or a tourist's nisba is no state", () => {
  assert.deepEqual(eventsOf("وتوجهت الممثلة الهندية إلى الإمارات لحضور حفل زفاف."), []);
  assert.deepEqual(eventsOf("وكان السائح الأمريكي قد وصل سائحا إلى اليابان."), []);
  assert.deepEqual(eventsOf("وتوجه الرئيس الهندي إلى الإمارات."), [
    { type: "CONSULT", actor: ["IND"], recipient: ["ARE"], modality: "asserted" },
  ]);
});
