// A conjunction of time with an imperfect verb after it tells an act to come (cue when_ahead):
// `عندما يلتقي ترامب الرئيس الصيني` is a meeting planned, coded as PLOVER codes a promised one.
import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText, eventParties } from "../../test/helpers.ts";

const text = (sentence: string) => `خبر\nبكين - 3 مارس 2024\n${sentence}`;

test("events: a meeting after عندما or حين in the imperfect is to come, not told as held", () => {
  for (const s of [
    "وقال مستشار البيت الأبيض إن فرصة الاتفاق قائمة عندما يلتقي ترامب الرئيس الصيني الشهر المقبل.",
    "وحين يزور الرئيس الفرنسي الجزائر سيبحث ملف الذاكرة مع المسؤولين هناك.",
  ]) {
    const got = eventParties(text(s));
    assert.equal(got.length, 1, `${s}: ${JSON.stringify(got)}`);
    assert.equal(got[0]?.modality, "future", `${s}: ${JSON.stringify(got)}`);
    assert.equal(got[0]?.type, "AGREE", `${s}: a planned meeting is AGREE (future_as)`);
  }
});

test("events: after a perfect, or after في حين (whereas), the meeting was held", () => {
  for (const s of [
    "وعندما التقى ترامب الرئيس الصيني في بكين العام الماضي، طرح ملف التجارة.",
    "وفي حين يلتقي الرئيس الفرنسي نظيره الجزائري في باريس، تتواصل الاحتجاجات في الشوارع.",
  ]) {
    const got = eventParties(text(s));
    assert.ok(
      got.some((e) => e.type === "CONSULT" && e.modality === "asserted"),
      `${s}: ${JSON.stringify(got)}`,
    );
  }
});

/** The events of one sentence told in an article published on 1 July 2018. */
const onFirstJuly = (sentence: string) =>
  analyzeText(`خبر\n${sentence}`, { published: "2018-07-01" }).events.map((e) => ({
    type: e.type,
    modality: e.modality,
    date: e.date,
  }));

test("events: a date after publication in a clause told in the perfect dates what was agreed, not the agreement", () => {
  const got = onFirstJuly("اتفقت الكوريتان على عقد قمة ثالثة يوم 20 يوليو في سول.");
  assert.deepEqual(got, [{ type: "AGREE", modality: "asserted", date: "2018-07-01" }]);
});

test("events: an imperfect dated after publication is to come; a perfect dated before it was done", () => {
  assert.deepEqual(onFirstJuly("أعلن البيت الأبيض أن ترامب يلتقي الرئيس الروسي في هلسنكي يوم 16 يوليو."), [
    { type: "AGREE", modality: "future", date: "2018-07-16" },
  ]);
  assert.deepEqual(onFirstJuly("والتقى ترامب الرئيس الروسي في هلسنكي يوم 20 يونيو."), [
    { type: "CONSULT", modality: "asserted", date: "2018-06-20" },
  ]);
});
