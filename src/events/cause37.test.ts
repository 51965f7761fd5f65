// The thirty-seventh round's modality pass (docs/EVENTS.md, "Thirty-seventh pass: ... (branch cause37)"): an
// act told as done is not read as one meant. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, datedLines, eventLines } from "../../test/helpers.ts";

const coded = (text: string) => eventLines(text, "negation");

test("an agreement after a noun that takes its object with ل exists: no ل of purpose", () => {
  // Before: AGREE TUR>RUS future.
  const carried = "ويأتي القرار تنفيذاً لاتفاق وقعته تركيا مع روسيا في سوتشي الشهر الماضي.";
  // The deal told as signed is the signing, SUPPORT (docs/gold-format.md "Signings"; branch deal48).
  assert.ok(coded(carried).includes("SUPPORT TUR>RUS asserted"));
  // The past act keeps the date it is told with.
  assert.ok(datedLines(carried, "2018-06-10").includes("SUPPORT TUR>RUS 2018-05"));
  // Before: AGREE UGA>KEN future.
  assert.deepEqual(coded("وأعلنت أوغندا توصلها لاتفاق مع كينيا على ترسيم الحدود."), [
    "AGREE UGA>KEN asserted",
  ]);
  // The ل of purpose after a verb of seeking stays.
  assert.deepEqual(coded("وتسعى تركيا لاتفاق مع روسيا حول مستقبل المنطقة."), ["AGREE TUR>RUS future"]);
});

test("a possessed verbal noun after a verb of blame gives the cause: the act is done", () => {
  // Before: AGREE AUS>ISR future.
  const blamed = coded("وانتقد زعيم المعارضة حكومة أستراليا لاعترافها بالقدس عاصمة لإسرائيل.");
  assert.ok(blamed.includes("SUPPORT AUS>ISR asserted"));
  assert.ok(!blamed.some((l) => l.endsWith("future")));
  // A noun with no pronoun keeps its own reading (here the possibility its adjective tells).
  assert.ok(
    coded("وانتقد زعيم المعارضة حكومة أستراليا لاعتراف محتمل بالقدس عاصمة لإسرائيل.").includes(
      "SUPPORT AUS>ISR conditional",
    ),
  );
});

test("an act right after a preposition of after is the earlier act: the modal words before it are not its own", () => {
  // Before: AGREE EGY>SDN future (the topic word before عقب made the meeting planned).
  assert.deepEqual(
    coded("ووقعت مذكرة تفاهم بشأن التعاون الزراعي عقب لقاء الرئيس المصري بنظيره السوداني في الخرطوم."),
    ["CONSULT EGY>SDN asserted"],
  );
  // Before: SANCTION USA>IRN proposed (the studying was read onto the withdrawal).
  assert.deepEqual(
    coded("وتدرس فرنسا خياراتها مع شركائها بعد انسحاب الولايات المتحدة من الاتفاق مع إيران."),
    ["SANCTION USA>IRN asserted"],
  );
  // The noun's own adjective still makes it planned.
  assert.deepEqual(coded("وتدرس فرنسا خياراتها مع شركائها بعد القمة المرتقبة بين الولايات المتحدة وإيران."), [
    "AGREE USA>IRN future",
  ]);
  // A preposition of during keeps the future of its clause.
  assert.deepEqual(coded("ومن المقرر أن يوقع البلدان اتفاقية تعاون خلال زيارة الرئيس المصري إلى السودان."), [
    "AGREE EGY>SDN future",
  ]);
});

test("a meeting dated next week is planned though the week falls in the month of publication", () => {
  const told = (text: string) =>
    analyzeText(text, { published: "2018-06-12" }).events.map(
      (e) =>
        `${e.type} ${e.actor.map((p) => p.country).join("+")}>${e.recipient.map((p) => p.country).join("+")} ${e.modality}`,
    );
  // Before: CONSULT USA>RUS asserted (الأسبوع المقبل is June, the month of publication).
  assert.deepEqual(told("وتشهد العاصمة النمساوية لقاء الرئيس الأمريكي مع الرئيس الروسي الأسبوع المقبل."), [
    "AGREE USA>RUS future",
  ]);
  // Last week's meeting was held.
  assert.deepEqual(told("وشهدت العاصمة النمساوية لقاء الرئيس الأمريكي مع الرئيس الروسي الأسبوع الماضي."), [
    "CONSULT USA>RUS asserted",
  ]);
});

test("an indefinite adjective of expectation after غير tells a surprise done, no act to come", () => {
  // Before: AGREE USA>CHN future (متوقعة read as "expected").
  assert.deepEqual(coded("ووعد الرئيس الأمريكي بخفض الرسوم في خطوة غير متوقعة خلال قمته مع الرئيس الصيني."), [
    "CONSULT USA>CHN asserted",
  ]);
  // Before: AGREE USA>IRQ future (مقررة read as "scheduled").
  assert.deepEqual(coded("وأجرى وزير الخارجية الأمريكي زيارة غير مقررة إلى العراق أمس."), [
    "CONSULT USA>IRQ asserted",
  ]);
  // A denied expectation (definite, after من) keeps the act to come.
  assert.deepEqual(coded("ومن غير المتوقع أن يلتقي الرئيس الأمريكي بنظيره الصيني قبل نهاية العام."), [
    "AGREE USA>CHN future",
  ]);
});
