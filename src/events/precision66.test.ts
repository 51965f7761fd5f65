// Sixty-sixth pass, precision (branch precision66): a pledge to keep a deal already made is no new
// agreement, also with the pledging states between the verb and its complement (vetoes.ts
// senseAfterSubject, the AGREE pledge row's unless words in lexicons/triggers.tsv). Sentences written for
// these tests in Arabic news style; none is an article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");

test("precision66: a pledge to go on keeping or to stay in a deal is no agreement", () => {
  for (const text of [
    "وتعهدت بريطانيا وفرنسا وألمانيا بالاستمرار بالالتزام بالاتفاق النووي مع إيران.",
    "وتعهدت فرنسا بالبقاء في الاتفاق النووي رغم الانسحاب الأمريكي.",
    "وتعهدت الصين وروسيا بالتمسك بالاتفاق المبرم مع طهران.",
  ])
    assert.ok(!lines(text).some((l) => l.startsWith("AGREE")), `${text}: ${lines(text).join("; ")}`);
});

test("precision66 guard: a pledge of an act to another state, and an agreement after its subject, stay", () => {
  const aid = "وتعهدت قطر بدعم اقتصاد تركيا بضخ استثمارات مباشرة.";
  assert.ok(lines(aid).includes("AGREE QAT>TUR"), lines(aid).join("; "));
  const talks = "وتعهد رئيس الوزراء الباكستاني بإجراء محادثات مع الهند.";
  assert.ok(lines(talks).includes("AGREE PAK>IND"), lines(talks).join("; "));
  const agreed = "واتفقت فرنسا مع الولايات المتحدة على تعزيز التعاون العسكري.";
  assert.ok(lines(agreed).includes("AGREE FRA>USA"), lines(agreed).join("; "));
});

test("precision66: an expulsion retold as the announcement that came after a refusal is one measure", () => {
  const text =
    "وأعلن رئيس الوزراء الأسترالي طرد دبلوماسيين اثنين من السفارة الروسية، ممهلا إياهما أسبوعا للمغادرة. " +
    "وأبدت نيوزيلندا تضامنها مع أستراليا. " +
    "وجاء إعلان أستراليا طرد الدبلوماسيين الروسيين بعد رفض موسكو الرد على أسئلة كانبيرا.";
  const got = lines(text).filter((l) => l === "SANCTION AUS>RUS");
  assert.equal(got.length, 1, lines(text).join("; "));
});

test("precision66 guard: an announcement told first after من is the news, and a coming verb alone retells nothing", () => {
  const text = "جاء ذلك بعد ساعات من إعلان أستراليا طرد دبلوماسيين روسيين من أراضيها.";
  assert.ok(lines(text).includes("SANCTION AUS>RUS"), lines(text).join("; "));
});

test("precision66: an imperfect meeting or visit with soon or within hours is to come", () => {
  for (const text of [
    "ويلتقي الرئيس الصيني شي جينبينغ رئيس الوزراء الياباني خلال ساعات في بكين.",
    "ويزور وزير الخارجية الألماني موسكو قريبا لبحث الأزمة الأوكرانية.",
    "ويجتمع وزير الخارجية التركي بنظيره الإيراني في غضون أيام لبحث الوضع في سوريا.",
  ]) {
    const got = eventLines(text, "modality");
    assert.ok(got.length > 0 && got.every((l) => l.endsWith("future")), `${text}: ${got.join("; ")}`);
  }
});

test("precision66 guard: an imperfect with no word of soon, and soon in another clause, stay as told", () => {
  const held = "ويلتقي الرئيس الصيني شي جينبينغ رئيس الوزراء الياباني في بكين.";
  assert.ok(eventLines(held, "modality").includes("CONSULT CHN>JPN asserted"), eventLines(held).join("; "));
  const other = "ويتهم الوزير الإيراني الولايات المتحدة بالكذب، ويقول إن الحقيقة ستظهر قريبا.";
  assert.ok(eventLines(other, "modality").includes("ACCUSE IRN>USA asserted"), eventLines(other).join("; "));
});

test("precision66 guard: soon in a clause after a comma or after إن tells that clause's time", () => {
  for (const text of [
    "وتقول إثيوبيا، التي يتضامن معها السودان في ملف السد، إن المفاوضات ستستأنف قريبا.",
    "وتقول إثيوبيا التي يتضامن معها السودان إن المفاوضات ستستأنف قريبا.",
  ])
    assert.ok(eventLines(text, "modality").includes("SUPPORT SDN>ETH asserted"), eventLines(text).join("; "));
});
