// Trigger vocabulary of the eighth pass (docs/EVENTS.md, "Eighth pass: the vocabulary the corpus
// needs"): sieges and blockades, occupation and seizure of territory, reinforcing a military presence,
// each checked on the whole corpus before it was kept; and the senses the rows must not take (a
// ranking "occupied first place", sanctions imposed, a presence that is not military). Sentences
// written for these tests.
import assert from "node:assert/strict";
import { test } from "node:test";
import { eventParties, eventSides } from "../../test/helpers.ts";

const cases: Array<[string, string, string[]]> = [
  ["وفرضت السعودية والإمارات حصارا بريا وبحريا على قطر منذ الصيف الماضي.", "COERCE", ["ARE", "QAT", "SAU"]],
  ["وتحاصر إسرائيل غزة برا وبحرا منذ سنوات.", "COERCE", ["ISR", "PSE"]],
  ["واحتلت إسرائيل أراضي سورية عام 1967.", "COERCE", ["ISR", "SYR"]],
  ["واحتلت إثيوبيا مدينة بادمي الإريترية عام 1998.", "COERCE", ["ERI", "ETH"]],
  ["وعززت تركيا قواتها على الحدود مع سوريا خلال الأسبوع الماضي.", "MOBILIZE", ["SYR", "TUR"]],
];

for (const [text, type, parties] of cases) {
  test(`vocabulary 8: ${text}`, () => {
    const got = eventParties(text);
    assert.ok(
      got.some((g) => g.type === type && g.parties.join() === parties.join()),
      `want ${type} ${parties} in ${JSON.stringify(got)}`,
    );
  });
}

test("vocabulary 8: the occupier is the actor, the occupied state the recipient", () => {
  const got = eventSides("واحتلت إسرائيل أراضي سورية عام 1967.");
  const seize = got.find((g) => g.type === "COERCE");
  assert.ok(seize, JSON.stringify(got));
  assert.equal(seize.actor, "ISR", JSON.stringify(got));
  assert.equal(seize.recipient, "SYR", JSON.stringify(got));
});

test("vocabulary 8: occupying a rank or a seat is no seizure", () => {
  const got = eventParties("واحتلت فنلندا المركز الأول في مؤشر السعادة متقدمة على الدنمارك.");
  assert.ok(!got.some((g) => g.type === "COERCE"), JSON.stringify(got));
});

test("vocabulary 8: imposing sanctions stays a sanction, not a siege", () => {
  const got = eventParties("وفرضت الولايات المتحدة عقوبات جديدة على إيران.");
  assert.ok(
    got.some((g) => g.type === "SANCTION"),
    JSON.stringify(got),
  );
  assert.ok(!got.some((g) => g.type === "COERCE"), JSON.stringify(got));
});

test("vocabulary 8: reinforcing ties is no mobilisation", () => {
  const got = eventParties("وعززت روسيا علاقاتها الاقتصادية مع تركيا خلال العام الماضي.");
  assert.ok(!got.some((g) => g.type === "MOBILIZE"), JSON.stringify(got));
});
