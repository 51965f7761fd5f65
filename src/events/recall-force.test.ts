// Recall and precision rules of issue 6 for force, sanctions, withdrawals and cooperation (docs/EVENTS.md,
// "Seventh pass: force, sanctions, withdrawals, cooperation"): tariffs, announced tariffs, strikes told
// with ضرب, joint exercises with the article, the agent of an attack noun in its relative clause, and
// the modality of intent and unreal acts, arrests of another state's nationals. Sentences written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventParties, eventSides } from "../../test/helpers.ts";

const cases: Array<[string, string, string[]]> = [
  ["وفرضت المكسيك تعريفات جمركية على واردات اللحوم الأرجنتينية.", "SANCTION", ["ARG", "MEX"]],
  ["وأعلنت الهند رسوما جمركية مضادة على منتجات باكستانية.", "SANCTION", ["IND", "PAK"]],
  ["وضربت المقاتلات الهندية مواقع عسكرية باكستانية قرب خط المراقبة.", "ASSAULT", ["IND", "PAK"]],
  ["وبدأت المناورات البحرية المشتركة بين اليابان وأستراليا في بحر الفلبين.", "COOPERATE", ["AUS", "JPN"]],
  [
    "وكشفت الحكومة الأرمينية تفاصيل عن الضربة التي وجهها الجيش الأذربيجاني ضد مواقع أرمينية.",
    "ASSAULT",
    ["ARM", "AZE"],
  ],
  ["واحتجزت السلطات الإيرانية صحفيا بريطانيا بتهمة التجسس.", "COERCE", ["GBR", "IRN"]],
  ["وتفاقمت الأزمة بعد احتجاز السلطات الصينية مواطنين كنديين.", "COERCE", ["CAN", "CHN"]],
];

for (const [text, type, parties] of cases) {
  test(`force recall: ${text}`, () => {
    const got = eventParties(text);
    assert.ok(
      got.some((g) => g.type === type && g.parties.join() === parties.join()),
      `want ${type} ${parties} in ${JSON.stringify(got)}`,
    );
  });
}

test("force: the agent named in an attack noun's relative clause is the attacker, not the speaker", () => {
  const got = eventSides(
    "وكشفت الحكومة الأرمينية تفاصيل عن الضربة التي وجهها الجيش الأذربيجاني ضد مواقع أرمينية.",
  );
  const strike = got.find((g) => g.type === "ASSAULT");
  assert.ok(strike, JSON.stringify(got));
  assert.equal(strike.actor, "AZE", JSON.stringify(got));
  assert.equal(strike.recipient, "ARM", JSON.stringify(got));
});

test("force: a clause about the act named after the trigger gives the trigger no agent", () => {
  // The relative clause belongs to الضربة; the support is Georgia's, not the strikers'.
  const got = eventSides("وأعلنت جورجيا تأييد الضربة التي نفذتها تركيا ضد مواقع سورية.");
  assert.ok(!got.some((g) => g.type === "SUPPORT" && g.actor === "TUR"), JSON.stringify(got));
});

test("force: ضرب needs a target word (a match is no strike)", () => {
  const got = eventParties("وضرب المنتخب الإسباني موعدا مع المنتخب البرتغالي في النهائي.");
  assert.ok(!got.some((g) => g.type === "ASSAULT"), JSON.stringify(got));
});

test("force: exercises with no joint word stay a mobilisation", () => {
  const got = eventParties("وأجرت روسيا مناورات عسكرية ضخمة قرب حدود أوكرانيا.");
  assert.ok(!got.some((g) => g.type === "COOPERATE"), JSON.stringify(got));
  assert.ok(
    got.some((g) => g.type === "MOBILIZE" && g.parties.join() === "RUS,UKR"),
    JSON.stringify(got),
  );
});

test("force: an announced intent is future, an unthinkable strike is no asserted strike", () => {
  const intent = eventParties("وأعلنت كندا عزمها طرد ثلاثة دبلوماسيين سعوديين.");
  const expel = intent.find((g) => g.type === "SANCTION");
  assert.ok(expel, JSON.stringify(intent));
  assert.equal(expel.modality, "future");
  const unreal = eventParties("وقال الوزير إنه من غير المعقول أن تقصف فرنسا مواقع بلجيكية.");
  assert.ok(!unreal.some((g) => g.type === "ASSAULT" && g.modality === "asserted"), JSON.stringify(unreal));
});

test("force: the national arrested is the act's object, not its agent", () => {
  const got = eventSides("وتفاقمت الأزمة بعد احتجاز السلطات الصينية مواطنين كنديين.");
  const arrest = got.find((g) => g.type === "COERCE");
  assert.ok(arrest, JSON.stringify(got));
  assert.equal(arrest.actor, "CHN", JSON.stringify(got));
  assert.equal(arrest.recipient, "CAN", JSON.stringify(got));
  // An arrest needs a person of a state: a building searched is no arrest.
  const none = eventParties("واعتقلت الشرطة الفرنسية أمس ثلاثة رجال قرب الحدود البلجيكية.");
  assert.ok(!none.some((g) => g.type === "COERCE"), JSON.stringify(none));
});

test("force: an attack a state suffers or repels after ل is told as done, by the nisba's state", () => {
  const repelled = eventParties("وتصدت الدفاعات الجوية الأردنية لهجوم صاروخي سوري على قاعدة جوية.");
  const attack = repelled.find((g) => g.type === "ASSAULT");
  assert.ok(attack, JSON.stringify(repelled));
  assert.equal(attack.modality, "asserted");
  assert.equal(attack.parties.join(), "JOR,SYR");
  const suffered = eventParties("وتعرضت مواقع للجيش العراقي لقصف تركي عنيف قرب الحدود.");
  assert.ok(
    suffered.some((g) => g.type === "ASSAULT" && g.modality === "asserted" && g.parties.join() === "IRQ,TUR"),
    JSON.stringify(suffered),
  );
  // A purpose after ل stays an intended act (a future meeting is coded AGREE).
  const purpose = eventParties("وأرسلت الحكومة الأردنية وفدا لمحادثات مع سوريا.");
  assert.ok(!purpose.some((g) => g.modality === "asserted"), JSON.stringify(purpose));
});

test("force: sanctions told as in force, with their imposer in a nisba or after من قبل", () => {
  const nisba = eventSides("وتضررت الشركات من العقوبات الكندية المفروضة على بيلاروسيا.");
  assert.ok(
    nisba.some((g) => g.type === "SANCTION" && g.actor === "CAN" && g.recipient === "BLR"),
    JSON.stringify(nisba),
  );
  // The subject before the noun is the one who evades the sanctions, not who imposed them.
  const passive = eventSides("وتسعى كوبا إلى تفادي العقوبات المفروضة على شركاتها من قبل الولايات المتحدة.");
  assert.ok(!passive.some((g) => g.type === "SANCTION" && g.actor === "CUB"), JSON.stringify(passive));
});
