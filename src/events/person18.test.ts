// Persons the entity stage reads, and the event parties that depend on them (docs/EVENTS.md,
// "Seventeenth pass: persons"). Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventLines } from "../../test/helpers.ts";

/** The PERSON mentions of a text as `text country sector`. */
function persons(text: string): string[] {
  return analyzeText(text)
    .entities.filter((e) => e.type === "PERSON")
    .flatMap((e) => e.mentions.map((m) => `${m.text} ${e.country ?? "-"} ${e.sector ?? "-"}`));
}

test("a syllable joined by a hyphen belongs to the name read after a title", () => {
  const names = persons("والتقى وزير الدفاع الكوري الجنوبي بارك سون-إن نظيره الياباني في طوكيو أمس.");
  assert.ok(
    names.some((p) => p.startsWith("بارك سون-إن KOR")),
    names.join(" | "),
  );
});

test("a hyphen between Arabic letters joins a known name's syllables as a space does", () => {
  const text = "وأكد كيم جونغ-أون أنه سيلتقي مون جاي-إن في المنطقة منزوعة السلاح الشهر المقبل.";
  const names = persons(text);
  assert.ok(
    names.some((p) => p.startsWith("كيم جونغ-أون PRK")),
    names.join(" | "),
  );
  assert.ok(
    names.some((p) => p.startsWith("مون جاي-إن KOR")),
    names.join(" | "),
  );
  assert.ok(
    eventLines(text, "states").some((l) => l.startsWith("AGREE PRK>KOR")),
    eventLines(text).join(" | "),
  );
});

test("a form of address stays out of a known person's span", () => {
  const names = persons("ووصف المرشد الأعلى الإيراني آية الله علي خامنئي القرار الأمريكي بأنه خطأ.");
  assert.ok(
    names.some((p) => p.startsWith("علي خامنئي IRN")),
    names.join(" | "),
  );
  assert.ok(!names.some((p) => p.startsWith("آية الله")), names.join(" | "));
});

test("a back-reference ends before a trailing في with no place after it", () => {
  const names = persons(
    "وقال الرئيس الإيراني حسن روحاني إن بلاده لن تتراجع. وتعهد الرئيس الإيراني في اتصال هاتفي برد حازم.",
  );
  assert.ok(names.includes("الرئيس الإيراني IRN GOV"), names.join(" | "));
  assert.ok(!names.some((p) => p.startsWith("الرئيس الإيراني في")), names.join(" | "));
});

test("the state a title governs is its holder's, not an institution after في", () => {
  const names = persons("وقال سفير النرويج في الأمم المتحدة يوهان ليندكفيست إن المجلس سيتحرك قريبا.");
  assert.ok(
    names.some((p) => p.startsWith("يوهان ليندكفيست NOR")),
    names.join(" | "),
  );
});

test("a post word with its state as a pronoun stands between the title and the name", () => {
  const text = "وكشفت روسيا عن جولة يبدأها وزير خارجيتها سيرغي لافروف في آسيا الشهر المقبل.";
  const names = persons(text);
  assert.ok(
    names.some((p) => p.startsWith("سيرغي لافروف RUS")),
    names.join(" | "),
  );
  assert.ok(!names.some((p) => p.startsWith("خارجيتها")), names.join(" | "));
});

test("a journalist set off by commas is read, and is no party", () => {
  const names = persons("وتقول ماري جونسون، مراسلة بي بي سي هناك، إن الرئيس يقدم نفسه وسيطا.");
  assert.ok(names.includes("ماري جونسون - JRN"), names.join(" | "));
  // Guard: a journalist's nisba names no state that is blamed.
  const text =
    'أعرب الأمين العام للأمم المتحدة، أنطونيو غوتيريش، عن "قلقه الشديد" إزاء مقتل الصحفي الأردني، سامر حمدان، في حادث غامض.';
  assert.deepEqual(
    eventLines(text, "states").filter((l) => l.includes("JOR")),
    [],
  );
});

test("guard: a day or a phrase set off after a title is no name, nor is a name after an untitled comma read", () => {
  const names = persons("وقال الرئيس الأمريكي، الثلاثاء، إن بلاده مستعدة للحوار.");
  assert.deepEqual(names, []);
  // The set-off name after a non-journalist title was tried and dropped: still not read.
  assert.deepEqual(persons("وقال وزير الخارجية الكيني، جوزيف موانغي، إن نيروبي ترفض الاتهامات."), []);
});

test("an analyst, expert or activist is read after his title and is no party", () => {
  const names = persons("قال ديفيد هارلو، محلل الشؤون الدفاعية في الصحيفة، إن الخطة طموحة.");
  assert.ok(names.includes("ديفيد هارلو - SOC"), names.join(" | "));
  const text = "وانتقد الخبير الأمريكي جون سميث إيران بشدة في ندوة بالعاصمة.";
  assert.ok(
    persons(text).some((p) => p.startsWith("جون سميث USA SOC")),
    persons(text).join(" | "),
  );
  assert.deepEqual(eventLines(text, "states"), []);
  // Guard: the state's own official after an office title stays a party.
  assert.deepEqual(eventLines("وانتقد وزير الخارجية الأمريكي جون سميث إيران بشدة.", "states"), [
    "ACCUSE USA>IRN",
  ]);
});

test("a title after the preposition ب opens another person, of his own state", () => {
  const text = "والتقى الرئيس الأمريكي بالزعيم الكوري الشمالي تشون يونغ في سنغافورة أمس.";
  assert.ok(
    persons(text).some((p) => p.startsWith("تشون يونغ PRK")),
    persons(text).join(" | "),
  );
  // Guard: ل is a genitive, and the title goes on (`مستشار الأمن القومي للرئيس الأمريكي`).
  const adviser = persons("وقال مستشار الأمن القومي للرئيس الأمريكي مارك ديلون إن واشنطن لن تتراجع.");
  assert.ok(
    adviser.some((p) => p.startsWith("مارك ديلون USA")),
    adviser.join(" | "),
  );
});
