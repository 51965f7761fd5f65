// Twenty-fifth pass, the parties of found events (branch pair25, docs/EVENTS.md "Twenty-fifth pass:
// the parties of found events"). Sentences written for these tests in Arabic news style; none is an
// article's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventLines } from "../../test/helpers.ts";

const lines = (text: string) => eventLines(text, "states");
const VISIT = "زار الرئيس الفرنسي السعودية يوم الأحد.\n";

test("pair25: a state noun right before a named state of another is the verb's subject", () => {
  const text = VISIT + "واتهمت المملكة إيران بتسليح جماعات مسلحة في المنطقة.";
  assert.ok(lines(text).includes("ACCUSE SAU>IRN"), lines(text).join("; "));
  const iran =
    "التقى وزير الخارجية الإيراني نظيره الفرنسي في طهران.\nوتتهم الجمهورية الإسلامية فرنسا بإيواء معارضين.";
  assert.ok(lines(iran).includes("ACCUSE IRN>FRA"), lines(iran).join("; "));
});

test("pair25 guard: a state noun with no named state right after it stays no party", () => {
  const text = VISIT + "وحذرت المملكة من أن إيران تسلح جماعات مسلحة في المنطقة.";
  assert.ok(!lines(text).some((l) => l.includes("SAU>") && !l.startsWith("CONSULT")), lines(text).join("; "));
  // A comma between: an enumeration, not a subject and its object.
  const listed = VISIT + "وتضم القائمة المملكة، قطر والكويت.";
  assert.ok(!lines(listed).some((l) => /SAU.*QAT|QAT.*SAU/u.test(l)), lines(listed).join("; "));
});

test("pair25: a dual is not the pair of an act only weighed or proposed", () => {
  const text =
    "التقى الرئيس الروسي فلاديمير بوتين نظيره التركي رجب طيب أردوغان في سوتشي يوم الاثنين.\n" +
    "وتدرس فرنسا فرض عقوبات جديدة على إيران.\n" +
    "وقال المتحدث إن البلدين اتفقا على إقامة منطقة منزوعة السلاح.";
  const got = lines(text);
  assert.ok(got.includes("AGREE RUS+TUR>"), got.join("; "));
  // Guard: the sanctions weighed keep their own pair.
  assert.ok(got.includes("SANCTION FRA>IRN"), got.join("; "));
});

test("pair25: the state left on the way elsewhere is a place, not a visitor's side", () => {
  const text = "وقالت الشرطة إن المشتبه به غادر النمسا متجها إلى إيطاليا قبل يومين من اعتقاله.";
  const got = lines(text);
  assert.ok(!got.some((l) => l.includes("AUT")), got.join("; "));
  // Guard: the traveller named with his state keeps his visit.
  const visit =
    "غادر وزير الخارجية الفرنسي فرنسا متجها إلى المغرب يوم الاثنين، وسيلتقي نظيره المغربي في الرباط.";
  assert.ok(
    lines(visit).some((l) => l.startsWith("CONSULT FRA>MAR")),
    lines(visit).join("; "),
  );
});

test("pair25: the state a traveller heads for before a meeting with another state's party is the venue", () => {
  const text =
    "ومن المنتظر أن يغادر الرئيس الفرنسي باريس الاثنين متوجها إلى سويسرا قبيل الاجتماع المرتقب مع الرئيس الإيراني حسن روحاني.";
  const got = lines(text);
  assert.ok(!got.some((l) => l.includes("CHE")), got.join("; "));
  // Guard: the meeting's party of the destination's own state keeps it a party.
  const host = "غادر وزير الخارجية الأمريكي واشنطن متوجها إلى الأردن للقاء العاهل الأردني.";
  assert.ok(
    lines(host).some((l) => l.startsWith("CONSULT USA>JOR")),
    lines(host).join("; "),
  );
});

test("pair25: a venue after سافر إلى or وصل إلى before a meeting with another state's party", () => {
  const text =
    "وقال مسؤولون إن الرئيس الصيني شي جين بينغ سافر إلى الأرجنتين من أجل لقاء الرئيس الأمريكي دونالد ترامب.";
  const got = lines(text);
  assert.ok(!got.some((l) => l.includes("ARG")), got.join("; "));
});
